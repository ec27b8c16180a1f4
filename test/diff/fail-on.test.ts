import {describe, expect, it} from 'vitest'
import {diffSides} from '../../src/diff/compare.js'
import {type ParsedThreshold, parseFailOn} from '../../src/diff/fail-on.js'
import {evaluate, resolveThreshold, type Threshold, type ThresholdResult} from '../../src/diff/thresholds.js'
import type {Diff, DiffUnit} from '../../src/diff/types.js'
import type {UnitConventions} from '../../src/quantity/units.js'
import type {Diagnostic} from '../../src/spec/diagnostic.js'
import {finding, side} from './helpers.js'

const DECIMAL: UnitConventions = {secondsPerDay: 86_400, secondsPerMonth: 30 * 86_400, secondsPerYear: 365 * 86_400, binaryBytes: false}
const BINARY: UnitConventions = {...DECIMAL, binaryBytes: true}

type Metrics = Readonly<Record<string, readonly [number, DiffUnit]>>

function parsed(expression: string): ParsedThreshold {
  const result = parseFailOn(expression, 1)
  if ('file' in result) throw new Error(`${expression}: ${result.message}`)
  return result
}

function syntaxError(expression: string, index = 1): Diagnostic {
  const result = parseFailOn(expression, index)
  if (!('file' in result)) throw new Error(`${expression} parsed`)
  return result
}

/** The metrics every resolution test can name, one per unit. */
const METRICS: Metrics = {
  'storage.total': [55.188e15, 'B'],
  'qps.write.peak': [6944, 'req/s'],
  'bandwidth.ingress.peak': [700e6, 'B/s'],
  'availability.slo.downtime.year': [3153.6, 's'],
  'workload.posts.storage.retentionDays': [1825, 'days'],
  'cost.monthly': [1.5e6, 'USD'],
  'input.users.mau': [300e6, 'users'],
  'availability.composite': [0.999, 'ratio'],
}
const DIFF = diffSides(side(METRICS), side(METRICS))

function resolved(expression: string, conv = DECIMAL, diff: Diff = DIFF): Threshold {
  const result = resolveThreshold(parsed(expression), diff, conv)
  if ('file' in result) throw new Error(`${expression}: ${result.message}`)
  return result
}

function resolveError(expression: string, diff: Diff = DIFF): Diagnostic {
  const result = resolveThreshold(parsed(expression), diff, DECIMAL)
  if (!('file' in result)) throw new Error(`${expression} resolved`)
  return result
}

describe('--fail-on syntax', () => {
  // Loops rather than it.each: its titles would read `$500` as a placeholder.
  const valid: ReadonlyArray<readonly [string, Partial<ParsedThreshold>]> = [
    ['storage.total > +20%', {metric: 'storage.total', operator: '>', relative: true, negative: false, valueText: '+20%'}],
    ['qps.write.peak > +1000', {metric: 'qps.write.peak', operator: '>', relative: false, valueText: '+1000'}],
    ['cost.monthly > +10%', {metric: 'cost.monthly', relative: true}],
    ['availability.slo.downtime.year < -50%', {operator: '<', relative: true, negative: true, valueText: '-50%'}],
    ['findings.added > 0', {metric: 'findings.added', operator: '>', relative: false, valueText: '0'}],
    ['decisions.changed >= 2', {metric: 'decisions.changed', operator: '>=', valueText: '2'}],
    ['storage.total>=+2 PB', {operator: '>=', valueText: '+2 PB'}],
    ['  storage.total  <=  -1.5TB  ', {operator: '<=', negative: true, valueText: '-1.5TB', expression: 'storage.total  <=  -1.5TB'}],
    ['cost.monthly > +$500', {usd: true, valueText: '+$500'}],
    ['cost.monthly > +500 USD', {usd: true, valueText: '+500 USD'}],
    ['qps.write.peak > +1K/s', {valueText: '+1K/s'}],
    ['workload.like-counts.qps.write.peak > +1.5K', {metric: 'workload.like-counts.qps.write.peak'}],
    ['storage.total > 0', {valueText: '0', negative: false}],
    ['storage.total > −20%', {negative: true, relative: true}],
  ]
  for (const [expression, expected] of valid) {
    it(`reads \`${expression}\``, () => expect(parsed(expression)).toMatchObject(expected))
  }

  const invalid: ReadonlyArray<readonly [string, number, string]> = [
    ['', 1, 'empty --fail-on expression'],
    ['> +20%', 1, 'expected a metric id such as `storage.total`, found `>`'],
    ['storage.total +20%', 15, 'expected an operator after `storage.total`, found `+20%`'],
    ['storage.total', 14, 'expected an operator after `storage.total`'],
    ['storage.total == +20%', 15, 'unknown operator `==`'],
    ['storage.total => +20%', 15, 'unknown operator `=>`'],
    ['storage.total >', 16, 'expected a threshold after `>`'],
    ['storage.total > abc', 17, 'expected a number, found `abc`'],
    ['storage.total > +', 18, 'expected a number after `+`'],
    ['storage.total > +2 PBs', 20, 'unknown unit `PBs`'],
    ['storage.total > 20%', 17, 'the threshold `20%` has no sign'],
    ['storage.total > 2 PB', 17, 'the threshold `2 PB` has no sign'],
    ['storage.total > +20% or more', 22, 'unexpected `or` after the threshold'],
    ['storage.total > +5:1', 18, '`5:1` is a ratio; a relative threshold is a percentage'],
    ['cost.monthly > +$5 GB', 16, '`+$5 GB` mixes dollars with another unit'],
  ]
  for (const [expression, column, message] of invalid) {
    it(`locates the problem in \`${expression}\` at column ${column}`, () => {
      const d = syntaxError(expression, 3)
      expect([d.file, d.line, d.column]).toEqual(['--fail-on', 3, column])
      expect(d.message.startsWith(message)).toBe(true)
      expect(d.hint).not.toBeNull()
    })
  }

  it('suggests the unit meant', () => {
    expect(syntaxError('storage.total > +2 PBs').hint).toBe('did you mean `PB`?')
    expect(syntaxError('storage.total > 20%').hint).toContain('write `+20%` for a rise or `-20%` for a fall')
    expect(syntaxError('storage.total == +20%').hint).toBe('use `>`, `>=`, `<` or `<=`')
  })
})

describe('--fail-on metrics and units', () => {
  const values: ReadonlyArray<readonly [string, UnitConventions, number, DiffUnit | null]> = [
    ['storage.total > +2 PB', DECIMAL, 2e15, 'B'],
    ['storage.total > +2 PB', BINARY, 2 * 1024 ** 5, 'B'],
    ['storage.total > +2 PiB', DECIMAL, 2 * 1024 ** 5, 'B'],
    ['storage.total > -500000', DECIMAL, -500_000, 'B'],
    ['qps.write.peak > +1000', DECIMAL, 1000, 'req/s'],
    ['qps.write.peak > +1K/s', DECIMAL, 1000, 'req/s'],
    ['qps.write.peak > +1.5K', DECIMAL, 1500, 'req/s'],
    ['bandwidth.ingress.peak > +1 Gbps', DECIMAL, 125e6, 'B/s'],
    ['availability.slo.downtime.year < -5 min', DECIMAL, -300, 's'],
    ['availability.slo.downtime.year > +1 day', {...DECIMAL, secondsPerDay: 100_000}, 100_000, 's'],
    ['workload.posts.storage.retentionDays > +2 years', DECIMAL, 730, 'days'],
    ['workload.posts.storage.retentionDays > +30', DECIMAL, 30, 'days'],
    ['cost.monthly > +$500', DECIMAL, 500, 'USD'],
    ['cost.monthly > +1K USD', DECIMAL, 1000, 'USD'],
    ['cost.monthly > +500', DECIMAL, 500, 'USD'],
    ['input.users.mau > +10M', DECIMAL, 10e6, 'users'],
    ['availability.composite < -0.0005', DECIMAL, -0.0005, 'ratio'],
    ['storage.total > +20%', DECIMAL, 0.2, 'B'],
    ['findings.added > 0', DECIMAL, 0, null],
  ]
  for (const [expression, conv, value, unit] of values) {
    it(`reads \`${expression}\`${conv.binaryBytes ? ' (binary units)' : ''} as ${value} in base units`, () => {
      const t = resolved(expression, conv)
      expect(t.value).toBeCloseTo(value, 9)
      expect(t.unit).toBe(unit)
    })
  }

  it('names the metric meant when it does not exist in either version', () => {
    const d = resolveError('storage.totl > +20%')
    expect([d.file, d.line, d.column]).toEqual(['--fail-on', 1, 1])
    expect(d.message).toBe('unknown metric `storage.totl` in `storage.totl > +20%`')
    expect(d.hint).toBe('did you mean `storage.total`?')
    expect(resolveError('findings.addded > 0').hint).toBe('did you mean `findings.added`?')
    expect(resolveError('zzz > +1').hint).toContain('sizeup estimate --json')
  })

  const wrong: ReadonlyArray<readonly [string, number, string]> = [
    ['qps.write.peak > +2 PB', 18, '`+2 PB` is a size in bytes, but `qps.write.peak` is a rate per second'],
    ['storage.total > +$5', 17, '`+$5` is an amount in US dollars, but `storage.total` is a size in bytes'],
    ['cost.monthly > +5 GB', 16, '`+5 GB` is a size in bytes, but `cost.monthly` is an amount in US dollars'],
    ['input.users.mau > +5 GB', 19, '`+5 GB` is a size in bytes, but `input.users.mau` is a count of users'],
    ['availability.slo.downtime.year > +1 MB/s', 34, '`+1 MB/s` is a bandwidth in bytes per second, but `availability.slo.downtime.year` is a duration'],
    ['findings.added > +10%', 18, '`findings.added` is a count; a relative threshold (`+10%`) has no base to be relative to'],
    ['decisions.changed > 1 GB', 21, '`decisions.changed` is a count, but `1 GB` is a size in bytes'],
  ]
  for (const [expression, column, message] of wrong) {
    it(`refuses \`${expression}\` (wrong unit), located at column ${column}`, () => {
      const d = resolveError(expression)
      expect(d.column).toBe(column)
      expect(d.message).toBe(`${message} in \`${expression}\``)
      expect(d.hint).toMatch(/^write /)
    })
  }
})

/** Evaluates `expression` on a diff of two versions. */
function check(expression: string, base: Metrics, head: Metrics, parts: {findings?: number} = {}): ThresholdResult {
  const findings = Array.from({length: parts.findings ?? 0}, (_, i) => finding('rule', `p${i}`, i + 1))
  const diff = diffSides(side(base), side(head, {findings}))
  return evaluate(resolved(expression, DECIMAL, diff), diff)
}

describe('--fail-on thresholds at, just under and just over the limit', () => {
  const qps = (value: number): Metrics => ({'qps.write.peak': [value, 'req/s']})
  const storage = (value: number): Metrics => ({'storage.total': [value, 'B']})

  it('absolute, `>`: holds only past the limit', () => {
    // 5,000/s → 6,000/s is a change of exactly +1,000/s.
    expect(check('qps.write.peak > +1000', qps(5000), qps(6000)).holds).toBe(false)
    expect(check('qps.write.peak > +1000', qps(5000), qps(5999.9)).holds).toBe(false)
    expect(check('qps.write.peak > +1000', qps(5000), qps(6000.1)).holds).toBe(true)
  })

  it('absolute, `>=`: holds at the limit', () => {
    expect(check('qps.write.peak >= +1000', qps(5000), qps(6000)).holds).toBe(true)
    expect(check('qps.write.peak >= +1000', qps(5000), qps(5999.9)).holds).toBe(false)
    expect(check('qps.write.peak >= +1000', qps(5000), qps(6000.1)).holds).toBe(true)
  })

  it('relative, `>`: (head − base) ÷ base past the limit', () => {
    // 100 B → 120 B: (120 − 100) ÷ 100 = +20 %.
    expect(check('storage.total > +20%', storage(100), storage(120)).holds).toBe(false)
    expect(check('storage.total > +20%', storage(100), storage(119.99)).holds).toBe(false)
    expect(check('storage.total > +20%', storage(100), storage(120.01)).holds).toBe(true)
  })

  it('relative, `>=`: holds at the limit', () => {
    expect(check('storage.total >= +20%', storage(100), storage(120)).holds).toBe(true)
    expect(check('storage.total >= +20%', storage(100), storage(119.99)).holds).toBe(false)
    expect(check('storage.total >= +20%', storage(100), storage(120.01)).holds).toBe(true)
  })

  it('treats a change equal to the limit but for floating point as at the limit', () => {
    // (3.6 − 3) ÷ 3 is 0.20000000000000004 in floating point.
    expect((3.6 - 3) / 3).not.toBe(0.2)
    expect(check('storage.total > +20%', storage(3), storage(3.6)).holds).toBe(false)
    expect(check('storage.total >= +20%', storage(3), storage(3.6)).holds).toBe(true)
  })

  it('falls: `<` and `<=` with a negative threshold', () => {
    const downtime = (s: number): Metrics => ({'availability.slo.downtime.year': [s, 's']})
    // 1,000 s → 500 s: (500 − 1,000) ÷ 1,000 = −50 %.
    expect(check('availability.slo.downtime.year < -50%', downtime(1000), downtime(500)).holds).toBe(false)
    expect(check('availability.slo.downtime.year < -50%', downtime(1000), downtime(499)).holds).toBe(true)
    expect(check('availability.slo.downtime.year < -50%', downtime(1000), downtime(501)).holds).toBe(false)
    expect(check('availability.slo.downtime.year <= -50%', downtime(1000), downtime(500)).holds).toBe(true)
    expect(check('availability.slo.downtime.year <= -500', downtime(1000), downtime(500)).holds).toBe(true)
    expect(check('availability.slo.downtime.year < -500', downtime(1000), downtime(500)).holds).toBe(false)
  })

  it('compares an unchanged metric as a change of 0', () => {
    expect(check('storage.total > 0', storage(100), storage(100))).toMatchObject({holds: false, actual: 0})
    expect(check('storage.total >= 0', storage(100), storage(100)).holds).toBe(true)
  })

  it('counts: findings added', () => {
    expect(check('findings.added > 0', {}, {}, {findings: 0})).toMatchObject({holds: false, actual: 0})
    expect(check('findings.added > 0', {}, {}, {findings: 1})).toMatchObject({holds: true, actual: 1})
    expect(check('findings.added >= 2', {}, {}, {findings: 1}).holds).toBe(false)
    expect(check('findings.added >= 2', {}, {}, {findings: 2}).holds).toBe(true)
  })

  it('a metric in one version only counts as changed: every threshold on it holds', () => {
    const base: Metrics = {'workload.old.qps.write.peak': [5, 'req/s']}
    const head: Metrics = {'workload.likes.qps.write.peak': [17_361, 'req/s']}
    expect(check('workload.likes.qps.write.peak > +1000%', base, head)).toMatchObject({holds: true, actual: null})
    expect(check('workload.likes.qps.write.peak < -1', base, head)).toMatchObject({holds: true, actual: null})
    expect(check('workload.old.qps.write.peak > +5', base, head)).toMatchObject({holds: true, actual: null})
  })

  it('a relative change from 0 is infinite in its direction', () => {
    const cost = (usd: number): Metrics => ({'cost.monthly': [usd, 'USD']})
    expect(check('cost.monthly > +1000%', cost(0), cost(100))).toMatchObject({holds: true, actual: null})
    expect(check('cost.monthly < -10%', cost(0), cost(100)).holds).toBe(false)
  })
})

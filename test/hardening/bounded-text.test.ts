import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/config/load.js'
import {readQuantity} from '../../src/config/quantity.js'
import {parseFailOn} from '../../src/diff/fail-on.js'
import {parseValue} from '../../src/overlay/values.js'
import {readAnswer} from '../../src/practice/answer.js'
import {FIXED_CALENDAR} from '../../src/quantity/calendar.js'
import {parseRange} from '../../src/quantity/range-literal.js'
import {MAX_QUANTITY_TEXT} from '../../src/quantity/text-limit.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {longestRegexInput} from '../helpers/regex-inputs.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'

/*
 * Issue 12: a quantity of `1`, 120,000 spaces and `x` took 40 s in a spec
 * field, 12 s as a budget's limit and 13 s as a practice answer, because
 * patterns such as `(.+?)\s*\.\.` and `\s*USD$` retry a run of spaces from each
 * of its characters. Every reader of a quantity text now refuses one longer
 * than MAX_QUANTITY_TEXT before any pattern runs, and the patterns that remain
 * are linear. The measure is the longest text a pattern of sizeup's own is
 * given (helpers/regex-inputs.ts), not a clock.
 */

const SPACES = ' '.repeat(120_000)
const HOSTILE = `1${SPACES}x`

describe('a hostile quantity text is refused by its length before any pattern reads it', () => {
  it('in a spec field: located at the field, saying the limit', async () => {
    const yaml = MINIMAL.replace('recordSize: 1 KB', `recordSize: "${HOSTILE}"`)
    let found: Awaited<ReturnType<typeof diagnosticsOf>> = []
    const {longest, pattern} = await longestRegexInput(async () => {
      found = await diagnosticsOf(yaml)
    })
    expect(found.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([`9:17: \`workloads.items.recordSize\`: expression is ${HOSTILE.length} characters long; the limit is ${MAX_QUANTITY_TEXT}`])
    expect(longest, `the pattern /${pattern}/`).toBeLessThanOrEqual(MAX_QUANTITY_TEXT)
  })

  it('in a range, an expression or a literal, whichever it looks like', async () => {
    for (const text of [`1${SPACES}..2`, `normal(1,${SPACES}2)`, `mau *${SPACES}2`, `1${SPACES}KB`]) {
      const yaml = MINIMAL.replace('recordSize: 1 KB', `recordSize: "${text}"`)
      let found: Awaited<ReturnType<typeof diagnosticsOf>> = []
      const {longest} = await longestRegexInput(async () => {
        found = await diagnosticsOf(yaml)
      })
      expect(found.map((d) => d.message)).toEqual([`\`workloads.items.recordSize\`: expression is ${text.length} characters long; the limit is ${MAX_QUANTITY_TEXT}`])
      expect(longest).toBeLessThanOrEqual(MAX_QUANTITY_TEXT)
    }
  })

  it("in a budget: located at the budget's text, saying the limit", async () => {
    let message = ''
    const {longest} = await longestRegexInput(async () => {
      try {
        await loadConfig(`budgets:\n  - "storage.total <= ${HOSTILE}"\n`, 'sizeup.config.yaml')
      } catch (e) {
        if (!(e instanceof SpecError)) throw e
        message = e.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n')
      }
    })
    expect(message).toBe(`2:6: the budget is ${`storage.total <= ${HOSTILE}`.length} characters long; the limit is ${MAX_QUANTITY_TEXT}`)
    expect(longest).toBeLessThanOrEqual(MAX_QUANTITY_TEXT)
  })

  it("in a rule's threshold, an overlay's figure, a --fail-on and a practice answer", async () => {
    const {longest} = await longestRegexInput(() => {
      expect(readQuantity(HOSTILE)).toEqual({problem: `the quantity is ${HOSTILE.length} characters long; the limit is ${MAX_QUANTITY_TEXT}`, hint: expect.any(String) as string})
      expect(readQuantity(`${HOSTILE.slice(0, -1)}USD`)).toMatchObject({problem: expect.stringContaining('the limit is 500') as string})
      expect(parseValue(HOSTILE, 'B', '`capacities.x.storage`')).toMatchObject({problem: `\`capacities.x.storage\` is ${HOSTILE.length} characters long; the limit is ${MAX_QUANTITY_TEXT}`})
      expect(parseFailOn(`storage.total > +${HOSTILE}`, 1)).toMatchObject({file: '--fail-on', line: 1, column: 1, message: expect.stringContaining(`the limit is ${MAX_QUANTITY_TEXT}`) as string})
      for (const unit of ['req/s', 'x', 'B'] as const) expect(readAnswer(HOSTILE, unit, 'storage.perDay', FIXED_CALENDAR)).toEqual({kind: 'too-long', length: HOSTILE.length})
    })
    expect(longest).toBeLessThanOrEqual(MAX_QUANTITY_TEXT)
  })
})

describe('within the limit, the patterns that remain read a text once', () => {
  // Each of these was quadratic in its run of spaces; at the limit that was still 250,000 steps a pattern.
  const spaces = ' '.repeat(MAX_QUANTITY_TEXT - 20)

  it('practice answers still read as before, with runs of spaces anywhere', () => {
    const value = (text: string, unit: Parameters<typeof readAnswer>[1], id = 'metric'): unknown => {
      const r = readAnswer(text, unit, id, FIXED_CALENDAR)
      return r.kind === 'value' ? r.value : r.kind
    }
    expect(value(`3.5K${spaces}per second`, 'req/s')).toBe(3500)
    expect(value(`240 GB${spaces}per day`, 'B', 'storage.perDay')).toBe(240e9)
    expect(value(`240 GB${spaces}/ day`, 'B', 'storage.perDay')).toBe(240e9)
    expect(value(`5${spaces}x`, 'x')).toBe(5)
    expect(value(`5${spaces}zz`, 'x')).toBe('unreadable')
    expect(value(`1${spaces}`, 'B')).toBe(1)
  })

  it('ranges: the first `..` with text on both sides; `...` and a missing side are no range', () => {
    const kind = (text: string): unknown => {
      const r = parseRange(text, FIXED_CALENDAR)
      return r === null || typeof r === 'string' ? r : {...r.dist}
    }
    expect(kind('100M..300M')).toEqual({kind: 'lognormal90', low: 100e6, high: 300e6})
    expect(kind(`1${spaces}..${spaces}2`)).toEqual({kind: 'lognormal90', low: 1, high: 2})
    expect(kind('normal (800 B, 100 B)')).toEqual({kind: 'normal', mean: 800, sd: 100})
    expect(kind(`uniform${spaces}(1,${spaces}2)`)).toEqual({kind: 'uniform', low: 1, high: 2})
    expect(kind('normal(1)')).toBe('normal(…) takes 2 values, not 1')
    expect(kind('1...2')).toBeNull()
    expect(kind('1..')).toBeNull()
    expect(kind('..2')).toBeNull()
    expect(kind('mau..x')).toBeNull()
    expect(kind('..1..2')).toBe('the bounds of `..1..2` must be plain quantities such as `100M` or `800 B`')
    expect(kind(`1${spaces}x`)).toBeNull()
  })
})

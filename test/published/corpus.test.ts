import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'
import {CASES} from './cases/index.js'
import {type PublishedValue, UNITS} from './corpus.js'

/**
 * The published-examples corpus: for every worked estimate in ./cases/, the
 * spec examples/published/<id>.yaml states the author's inputs and
 * conventions, `sizeup estimate <spec> --json` runs in-process, and every
 * figure the source prints is compared with the metric it names, within
 * ±0.5 % where the source states it exactly and ±5 % where it rounds. Where
 * the source's arithmetic is wrong, the correct value is asserted, and the
 * published one must miss.
 */

interface MetricJson {
  readonly value: number
  readonly unit: string
}

async function metricsOf(id: string, scenario: string | undefined): Promise<Readonly<Record<string, MetricJson>>> {
  const r = await sizeup(['estimate', `examples/published/${id}.yaml`, '--json', ...(scenario === undefined ? [] : ['--scenario', scenario])])
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return (JSON.parse(r.stdout) as {metrics: Record<string, MetricJson>}).metrics
}

const off = (actual: number, expected: number): number => Math.abs(actual / expected - 1)
const percent = (x: number): string => `${(100 * x).toFixed(2)} %`

function compare(metrics: Readonly<Record<string, MetricJson>>, v: PublishedValue): void {
  const metric = Object.hasOwn(metrics, v.metric) ? metrics[v.metric] : undefined
  // Soft: a case lists every figure it misses, not only the first.
  if (metric === undefined) return void expect.soft(metric, `no metric ${v.metric} in estimate --json`).toBeDefined()
  const unit = UNITS[v.unit]
  expect.soft(unit.base as readonly string[], `${v.metric} is in ${metric.unit}, not a unit of ${v.unit}`).toContain(metric.unit)
  const actual = metric.value / unit.factor
  const expected = v.wrong?.correct ?? v.published
  const context = `${v.scenario === undefined ? '' : `scenario ${v.scenario}: `}${v.metric} = ${actual} ${v.unit}, expected ${expected} ±${percent(v.tolerance)} ("${v.quote}")`
  expect.soft(off(actual, expected), context).toBeLessThanOrEqual(v.tolerance)
  // A corrected figure is one sizeup does not reproduce: it lies outside the tolerance.
  if (v.wrong) expect.soft(off(actual, v.published), `${context}: the published ${v.published} is not wrong at this tolerance`).toBeGreaterThan(v.tolerance)
}

describe.each(CASES.map((c) => [c.id, c] as const))('published example %s', (id, c) => {
  it(`reproduces ${c.values.length} published figures`, async () => {
    for (const scenario of new Set(c.values.map((v) => v.scenario))) {
      const metrics = await metricsOf(id, scenario)
      for (const v of c.values.filter((x) => x.scenario === scenario)) compare(metrics, v)
    }
  })

  it('cites its sources in the spec, and says which published figures are wrong', () => {
    const text = readFileSync(`${ROOT}/examples/published/${id}.yaml`, 'utf8')
    const header = text.split('\n').filter((line) => line.startsWith('#')).join('\n')
    for (const source of c.sources) expect(header).toContain(source)
    if (c.values.some((v) => v.wrong)) expect(header).toMatch(/wrong/i)
  })
})

describe('the published corpus', () => {
  const specs = readdirSync(`${ROOT}/examples/published`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort()

  it('has one case per spec in examples/published/, with unique ids, at least 20', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(specs)
    expect(specs.length).toBeGreaterThanOrEqual(20)
  })

  it('is listed in the README, case by case', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8')
    for (const id of specs) expect(readme).toContain(`(examples/published/${id}.yaml)`)
  })

  it('quotes every figure, with a tolerance of ±0.5 % or ±5 %', () => {
    for (const c of CASES) {
      expect(c.sources.length, c.id).toBeGreaterThan(0)
      expect(c.values.length, c.id).toBeGreaterThan(0)
      for (const v of c.values) {
        expect(v.quote.length, `${c.id} ${v.metric}`).toBeGreaterThan(0)
        expect([0.005, 0.05], `${c.id} ${v.metric}`).toContain(v.tolerance)
      }
    }
  })
})

import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {tornado} from '../../src/engine/sensitivity.js'
import {Ledger} from '../../src/engine/ledger.js'
import {MAX_MONTE_CARLO_STEPS, MonteCarloBudgetError} from '../../src/engine/monte-carlo-budget.js'
import {MAX_SAMPLED_VALUES} from '../../src/quantity/sample-budget.js'
import {MAX_SAMPLES_OUT_VALUES} from '../../src/node/samples-out.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

/*
 * Issue 12: 100 ranged workloads took 7 s and 450 MB, 1,000 took over 150 s
 * and 3.4 GB (an array per uncertain metric per sample, and a sensitivity
 * analysis that re-evaluated the whole graph for every range), and
 * `--samples 10000000` took 1.3 GB. The Monte Carlo now has a budget of
 * sampled numbers and of formula steps, checked before anything is sampled;
 * past it the run is refused at the spec's first range, saying how many
 * samples would fit. The measure is the budget's own count, not a clock.
 */

const ranged = (workloads: number): string => {
  const lines = ['name: Ranged', 'users:', '  mau: 1M..2M', '  dau: 10%..20%', 'workloads:']
  for (let i = 0; i < workloads; i++) lines.push(`  w${i}: {writes: {perUserPerDay: 1..2}, reads: {perUserPerDay: 5..10}, recordSize: 1 KB..2 KB, retention: 1 year..2 years}`)
  return `${lines.join('\n')}\n`
}
const firstLines = (text: string): string => text.split('\n').slice(0, 2).join('\n')

describe('the Monte Carlo has a budget, checked before it samples', () => {
  it('200 ranged workloads (the most a spec may have) are refused at the range that passes it, before their samples are drawn', async () => {
    // 2 user ranges + 199 × 4 workload ranges + 3 of w199's = 801 fields; 801 × 20,000 > 16,000,000.
    const out = await sizeup(['estimate', '-', '--samples', '20000'], ranged(200))
    expect(out.status).toBe(2)
    expect(firstLines(out.stderr)).toBe(
      `<stdin>:205:84: \`workloads.w199.recordSize\`: 801 uncertain fields × 20000 samples are more than the ${MAX_SAMPLED_VALUES} sampled numbers an estimate may hold\n  hint: use fewer samples (fewer than 19975: the metrics computed from these fields are sampled too), or give fewer fields a range`,
    )    // Following the hint, the engine counts the computed metrics too and names the samples that fit.
    const next = await sizeup(['estimate', '-', '--samples', '5000'], ranged(200))
    expect(next.status).toBe(2)
    expect(firstLines(next.stderr)).toMatch(/^<stdin>:3:8: 5000 samples of \d+ uncertain values are \d+ numbers; the limit is 16000000\n  hint: use fewer samples: at most \d+ fit \(--samples \d+\)$/)
  })

  it('100 ranged workloads: refused at the first range, with the samples that fit; run with those', async () => {
    const spec = ranged(100)
    const refused = await sizeup(['estimate', '-'], spec)
    expect(refused.status).toBe(2)
    // 16,000,000 ÷ 5,045 = 3,171.5: 3,171 samples fit (the formula steps, most of them kernels, allow more).
    expect(firstLines(refused.stderr)).toBe(`<stdin>:3:8: 10000 samples of 5045 uncertain values are 50450000 numbers; the limit is ${MAX_SAMPLED_VALUES}\n  hint: use fewer samples: at most 3171 fit (--samples 3171)`)
    const fits = await sizeup(['estimate', '-', '--samples', '100', '--json'], spec)
    expect(fits.stderr).toBe('')
    expect((JSON.parse(fits.stdout) as {uncertainty: {samples: number}}).uncertainty.samples).toBe(100)
    // Its decisions under uncertainty are bounded too (matrices/under-uncertainty.ts): 2,500 ÷ 100 workloads = 25 worlds,
    // and least-regret re-plans up to 60,000 workloads planned; the decisions past it are listed as unpicked.
    const outcomes = (JSON.parse(fits.stdout) as {outcomes: {worlds: number; regretWorlds: number; unpicked?: string[]}}).outcomes
    expect(outcomes.worlds).toBe(25)
    expect(outcomes.regretWorlds).toBe(25)
    expect(outcomes.unpicked?.length).toBeGreaterThan(0)
  })

  it('a k-of-n component counts its k terms per sample', async () => {
    const components = Array.from({length: 3}, (_, i) => `    - {name: db${i}, availability: 99%..99.9%, instances: 1000, required: 900}`).join('\n')
    const spec = `${MINIMAL}components:\n  name: path\n  series:\n${components}\n`
    const out = await sizeup(['estimate', '-', '--samples', '100000'], spec)
    expect(out.status).toBe(2)
    // 3 × 2 (1,000 + 1) terms, run by closure, × 100,000 samples = 600.6 million: past the budget although only a dozen metrics are uncertain.
    expect(out.stderr).toMatch(new RegExp(`^<stdin>:13:33: 100000 samples of \\d+ uncertain values take \\d+ formula steps; the limit is ${MAX_MONTE_CARLO_STEPS}\n`))
  })

  it('the sensitivity analysis charges what it evaluates, and stops when the budget is spent', () => {
    const ledger = new Ledger()
    const samples = Float64Array.from({length: 100}, (_, i) => 1 + i)
    const a = ledger.input('input.users.mau', 'a', 'users', {value: 50, samples, path: 'users.mau'})
    ledger.derive('workload.x.qps.write.avg', 'b', 'users', 'a × 2', {a}, (v) => v.a * 2)
    const band = {mean: 50, p5: 5, p50: 50, p95: 95}
    // Two nodes (the input and its reader) looked at, each evaluated twice at a cost of 1: 2 + 2 × 2 steps.
    const budget = {steps: 6}
    expect(tornado(ledger.graph(), new Map([[a, band]]), ['workload.x.qps.write.avg'], budget)['workload.x.qps.write.avg']).toHaveLength(1)
    expect(budget.steps).toBe(0)
    expect(() => tornado(ledger.graph(), new Map([[a, band]]), ['workload.x.qps.write.avg'], {steps: 5})).toThrow(MonteCarloBudgetError)
  })

  it('--samples-out writes at most its limit of numbers', async () => {
    // 86 uncertain values (71, the 7 counts and growth rates of the workload and of the system, and the cache's bound, the data held): 30,000 samples fit the Monte Carlo's budget, not the file's.
    const spec = MINIMAL.replace('dau: 100K', 'dau: 100K..200K')
    const out = await sizeup(['estimate', '-', '--samples', '30000', '--samples-out', join(tmpdir(), 'sizeup-never-written.csv')], spec)
    expect(out.status).toBe(2)
    expect(firstLines(out.stderr)).toBe(`<command line>:1:1: --samples-out would write 2580000 numbers (30000 samples of 86 values); the limit is ${MAX_SAMPLES_OUT_VALUES}\n  hint: use fewer samples: at most 23255 fit (--samples 23255)`)
  })
})

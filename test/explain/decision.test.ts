import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'

/*
 * `explain <decision id>` (render/explain-decision.ts): the decision and its
 * outcomes across the sampled worlds, read from the Report's own `decisions`
 * and `outcomes` (analysis/decision-outcomes.ts), nothing computed again.
 */

// The datastore flips from relational to wide-column above 2,500 writes/s on average (test/uncertainty/decision-outcomes.test.ts).
const spec = (writes: string, extra = ''): string => `name: Flip
${extra}workloads:
  events:
    writes: {perSecond: '${writes}'}
    reads: {perSecond: 2K}
    recordSize: 1 KB
    retention: 7 days
`

describe('explain a decision', () => {
  it('shows the shares, the bands, each contender\'s regret in its two sides, and why the pick wins (seed 1)', async () => {
    const r = await sizeup(['explain', '-', 'datastore.events'], spec('uniform(1K, 5K)'))
    expect(r.status).toBe(0)
    // At the medians (3,000 writes/s, 6,000 at peak) the wide-column store wins. Across seed 1's 250 worlds it wins in
    // 59.2 % (P(writes > 2,500) = 0.625, σ 0.031). In the first 100 the wide-column store is cheaper than the world's own
    // relational choice in 45 (it runs short: 1.25 × miss^1.2, mean 1,259) and the relational database dearer than the
    // world's wide-column choice in 55 (it overpays: 1 × miss^1.2, mean 3,361); 1,259 < 3,361 → wide-column.
    expect(r.stdout).toBe(`datastore.events — Which data store fits this workload? = Wide-column store
    chosen:   Wide-column store (score 3), runner-up Key-value store (2)
    because:  peak writes of 6,000/s need a store that spreads writes over partitions: wide-column and key-value stores add nodes for writes
    outcomes: in 250 sampled worlds, Wide-column store in 59.2%, Relational database in 40.8%
    nodes:    3 (1–5) (p50, p5–p95)
    monthly:  $1,226 ($772–$1,349) (its component's lines of the bill)
    regret:   each contender re-planned and priced in the first 100 worlds; over-provisioning × 1, under-provisioning × 1.25, exponent 1.2 (the spend regret of Netflix's service-capacity-modeling)
      Wide-column store    expected 1,259   running short 1,259 (45% of worlds), overpaying 0 (0%)
      Relational database  expected 3,361   running short 0 (0% of worlds), overpaying 3,361 (55%)
    pick:     Wide-column store: the lowest expected regret, 1,259 against Relational database's 3,361: where it is not the world's own choice it runs short in 45% of the worlds (× 1.25); Relational database overpays in 55% (× 1)
`)
  })

  it('--json gives the same figures as the report\'s outcomes', async () => {
    const explained = JSON.parse((await sizeup(['explain', '-', 'datastore.events', '--json'], spec('uniform(1K, 5K)'))).stdout)
    const reported = JSON.parse((await sizeup(['report', '-', '--json'], spec('uniform(1K, 5K)'))).stdout).outcomes
    const d = reported.decisions.find((x: {id: string}) => x.id === 'datastore.events')
    expect(explained.file).toBe('<stdin>')
    expect(explained.decision.choice).toEqual({option: 'wide-column', label: 'Wide-column store', score: 3})
    expect(explained.decision.outcomes.shares).toEqual(d.shares)
    expect(explained.decision.outcomes.nodes).toEqual(d.nodes)
    expect(explained.decision.outcomes.monthlyUsd).toEqual(d.monthlyUsd)
    expect(explained.decision.outcomes.weights).toEqual(reported.weights)
    expect(explained.decision.outcomes.leastRegret.contenders.map((c: {option: string; regretUsd: number}) => [c.option, c.regretUsd])).toEqual(d.leastRegret.expected.map((e: {option: string; regretUsd: number}) => [e.option, e.regretUsd]))
    expect(explained.decision.outcomes.leastRegret.why).toMatch(/^the lowest expected regret, 1,259 against Relational database's 3,361: /)
  })

  it('weights stated in the spec can turn the pick, and the explanation says so', async () => {
    // Running short weighed 4 instead of 1.25: the wide-column store's regret × 3.2, 1,259 × 3.2 = 4,030 > 3,361 (test/uncertainty/regret-weights.test.ts).
    const r = await sizeup(['explain', '-', 'datastore.events'], spec('uniform(1K, 5K)', 'uncertainty:\n  regret: {underProvisioning: 4}\n'))
    expect(r.stdout).toContain("over-provisioning × 1, under-provisioning × 4, exponent 1.2 (stated in the spec's uncertainty.regret, the rest Netflix's spend regret)")
    expect(r.stdout).toContain('      Wide-column store    expected 4,030   running short 4,030 (45% of worlds), overpaying 0 (0%)')
    expect(r.stdout).toContain("    pick:     Relational database: the lowest expected regret, 3,361 against Wide-column store's 4,030, although Wide-column store wins in more worlds (59.2%): ")
  })

  it('weights of zero: equal regrets are said to come from the weights, not from bills that agree', async () => {
    // Both weights 0: every regret is 0 × miss^1.2 = 0, while the options still run short (45 %) or overpay (55 %) (found in review:
    // the pick said "no contender's bill differs").
    const r = await sizeup(['explain', '-', 'datastore.events'], spec('uniform(1K, 5K)', 'uncertainty:\n  regret: {overProvisioning: 0, underProvisioning: 0}\n'))
    expect(r.stdout).toContain("every contender's regret is the same because a weight that counts its mistakes is zero (running short × 0, overpaying × 0)")
    expect(r.stdout).not.toContain("no contender's bill differs")
  })

  it('a decision the same in every world, and one of a spec without ranges', async () => {
    const certain = (await sizeup(['explain', '-', 'datastore.events'], spec('uniform(500, 1K)'))).stdout
    expect(certain).toContain('    outcomes: in 250 sampled worlds, Relational database in 100%\n')
    expect(certain).toContain('    regret:   the same option wins in every world: no pick to make\n')
    const exact = (await sizeup(['explain', '-', 'datastore.events'], spec('2K'))).stdout
    expect(exact).toContain('    outcomes: the spec has no ranges: one world, decided once\n')
  })

  it('the feed forecast: the wide-column store in every world, its nodes and cost as bands', async () => {
    const r = await sizeup(['explain', 'examples/feed-forecast.yaml', 'datastore.posts'])
    expect(r.stdout).toContain('    outcomes: in 250 sampled worlds, Wide-column store in 100%\n')
    expect(r.stdout).toMatch(/ {4}nodes: {4}\d[\d,]* \(\d[\d,]*–[\d.]+ K\) \(p50, p5–p95\)\n/)
    expect(r.stdout).toMatch(/ {4}monthly: {2}\$[\d,]+ \(\$[\d,]+–\$[\d,]+\)/)
  })

  it('an unknown decision of a known matrix is a located error with the spec\'s decisions', async () => {
    const r = await sizeup(['explain', '-', 'datastore.event'], spec('2K'))
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('<command line>:1:1: no decision `datastore.event` in <stdin>')
    expect(r.stderr).toContain('datastore.events')
  })
})

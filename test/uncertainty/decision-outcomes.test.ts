import {describe, expect, it} from 'vitest'
import {reportOfYaml, sizeup} from '../helpers/analysis.js'

/*
 * Decisions under uncertainty: the decisions, plan and bill made again in the
 * sampled worlds of a spec with ranges (src/analysis/decision-outcomes.ts).
 */

// The datastore flips from relational to wide-column above 5,000 writes/s at peak (data/matrices/datastore.yaml,
// its relational primary's write ceiling), i.e. above 2,500 writes/s on average at the default peak factor of 2.
const spec = (writes: string): string => `name: Flip
workloads:
  events:
    writes: {perSecond: '${writes}'}
    reads: {perSecond: 2K}
    recordSize: 1 KB
    retention: 7 days
`

describe('decisions under uncertainty', () => {
  it('the share of worlds choosing wide-column is the chance of writes beyond the flip point', async () => {
    const r = await reportOfYaml(spec('uniform(1K, 5K)'))
    const o = r.outcomes!
    expect(o.worlds).toBe(250)
    const shares = o.decisions.find((d) => d.id === 'datastore.events')!.shares
    // P(writes > 2,500/s) for uniform(1,000, 5,000) = (5,000 − 2,500) ÷ 4,000 = 0.625; 250 worlds: σ = √(0.625 × 0.375 ÷ 250) = 0.031.
    const wide = shares.find((s) => s.option === 'wide-column')!.share
    expect(Math.abs(wide - 0.625)).toBeLessThan(0.07)
    expect(shares.find((s) => s.option === 'relational')!.share).toBeCloseTo(1 - wide, 12)
    // Two options win somewhere: a least-regret pick between them, each re-planned and priced in 100 worlds.
    const pick = o.decisions.find((d) => d.id === 'datastore.events')!.leastRegret!
    expect(pick.expected.map((e) => e.option).sort()).toEqual(['relational', 'wide-column'])
    expect(pick.option).toBe(pick.expected.reduce((a, b) => (b.regretUsd < a.regretUsd ? b : a)).option)
    expect(o.regretWorlds).toBe(100)
    expect(o.weights).toEqual({overProvision: 1, underProvision: 1.25, exponent: 1.2, source: expect.stringContaining('Netflix-Skunkworks/service-capacity-modeling')})
    expect(o.monthlyUsd.p5).toBeLessThanOrEqual(o.monthlyUsd.p50)
    expect(o.monthlyUsd.p50).toBeLessThanOrEqual(o.monthlyUsd.p95)
  })

  it('a range that never reaches the flip point leaves the decision certain', async () => {
    const o = (await reportOfYaml(spec('uniform(500, 1K)'))).outcomes!
    expect(o.decisions.find((d) => d.id === 'datastore.events')!.shares).toEqual([{option: 'relational', label: expect.any(String), share: 1}])
    expect(o.decisions.find((d) => d.id === 'datastore.events')!.leastRegret).toBeNull()
  })

  it('is absent for a spec without ranges, and deterministic for a seed', async () => {
    expect((await reportOfYaml(spec('1K'))).outcomes).toBeUndefined()
    const a = await sizeup(['report', '-', '--json'], spec('uniform(1K, 5K)'))
    const b = await sizeup(['report', '-', '--json'], spec('uniform(1K, 5K)'))
    expect(a.stdout).toBe(b.stdout)
  })

  it('the design document shows the shares, the bands and the pick', async () => {
    const md = (await sizeup(['report', '-'], spec('uniform(1K, 5K)'))).stdout
    expect(md).toContain('## Decisions under uncertainty')
    expect(md).toMatch(/\| datastore\.events \| (Wide-column store|Relational database[^|]*) in \d+(\.\d+)?%, /)
    expect(md).toContain('over-provisioning × 1, under-provisioning × 1.25, exponent 1.2')
  })
})

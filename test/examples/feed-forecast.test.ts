import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// The forecast's ranges are centred (geometrically) on the case study's
// figures, so its point estimate, at the medians, is the case study's.
describe('examples/feed-forecast.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('feed-forecast.yaml')
  })

  it('medians reproduce the case study', () => {
    // MAU √(1.5e8 × 6e8) = 3e8; DAU √(0.4 × 0.625) = 0.5 of it = 1.5e8
    expect(value(e, 'input.users.mau')).toBeCloseTo(3e8, 0)
    expect(value(e, 'input.users.dau')).toBeCloseTo(1.5e8, 0)
    // 1.5e8 × √(1 × 4) = 3e8 writes/day ÷ 86,400 = 3,472.2/s
    expect(value(e, 'qps.write.avg')).toBeCloseTo(3472.2222, 2)
    // media per day: 3e8 × √(0.05 × 0.2) = 10 % × √(5e5 × 2e6) = 1 MB → 30 TB
    expect(value(e, 'storage.media.perDay') / 30e12).toBeCloseTo(1, 9)
  })

  it('has bands around the medians, widest where the ranges multiply', () => {
    const writes = e.uncertainty!.bands['qps.write.avg']!
    expect(writes.p5).toBeLessThan(3472)
    expect(writes.p95).toBeGreaterThan(3472)
    // the sampled median lands within 2 % of the point estimate
    expect(Math.abs(writes.p50 / value(e, 'qps.write.avg') - 1)).toBeLessThan(0.02)
    const swings = e.uncertainty!.sensitivity['storage.total']!
    // Ranked by share of variance (first-order index). Media size, media share, MAU and writes per
    // user each span ×4, the same log-variance ((ln 4 ÷ 3.29)² = 0.178), so their indices are equal
    // but for sampling noise: each (e^σ² − 1) ÷ (e^(Σσ²) − 1) ≈ 0.19 of a product of lognormals. The DAU
    // share spans only 40–62.5 % and comes last; DAU itself is derived (MAU × share), so it does not appear.
    expect(swings.at(-1)!.input).toBe('input.users.dau.share')
    expect(swings.map((s) => s.input).slice(0, 4).sort()).toEqual(['input.users.mau', 'input.workloads.posts.media.size', 'input.workloads.posts.media.writeShare', 'input.workloads.posts.writes.perUserPerDay'])
    for (const s of swings.slice(0, 4)) expect(Math.abs(s.firstOrder! - 0.19)).toBeLessThan(0.015)
    // A product: the indices leave the interaction out, so they sum below 1.
    expect(swings.reduce((sum, s) => sum + s.firstOrder!, 0)).toBeLessThan(0.85)
  })
})

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
    const ranked = e.uncertainty!.sensitivity['storage.total']!.map((s) => s.input)
    // Each range is its own input: media size, media share, MAU and writes per user each span ×4
    // (their sampled p5–p95 differ a little); the DAU share spans only 40–62.5 % and comes last.
    // DAU itself is derived (MAU × share), so it no longer appears, folding both ranges into one.
    expect(ranked).toEqual(['input.workloads.posts.media.size', 'input.workloads.posts.media.writeShare', 'input.users.mau', 'input.workloads.posts.writes.perUserPerDay', 'input.users.dau.share'])
  })
})

import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// Every expected value below is worked out by hand from
// examples/video-streaming.yaml and the documented formulas, not copied from
// sizeup's output. Conventions: defaults (86,400 s days, 30-day months,
// 365-day years, decimal bytes, 70 % utilisation, 20 % cache hot share).

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

describe('examples/video-streaming.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('video-streaming.yaml')
  })

  it('turns the prime-time hour into a peak factor', () => {
    // busiest hour 10 % of the day: 0.1 × 86,400 s ÷ 3,600 s = 2.4
    expect(value(e, 'traffic.peakFactor')).toBeCloseTo(2.4, 12)
    // uploads: 5 M DAU × 0.1 = 500 K/day
    expect(value(e, 'workload.videos.requests.write.perDay')).toBeCloseTo(500_000, 6)
    // views: 5 M × 5 = 25 M/day; ÷ 86,400 × 2.4 = 694.444…/s
    expect(value(e, 'workload.videos.qps.read.peak')).toBeCloseTo(694.4444, 3)
    // all requests: reads 25 M + 10 M, writes 500 K + 1 M + 25 M = 61.5 M/day;
    // ÷ 86,400 × 2.4 ÷ 0.7 = 2,440.476…/s to provision
    expect(value(e, 'capacity.qps')).toBeCloseTo(2440.4762, 3)
  })

  it('stores the write-up\'s 150 TB of video a day, erasure coded', () => {
    // 500 K × 100 % × 300 MB = 1.5e14 B/day (the write-up's 150 TB); × 1.5 = 2.25e14 B/day
    expectRel(value(e, 'workload.videos.storage.media.perDay'), 2.25e14)
    // metadata: 500 K × 1,000 B × 1.5 = 7.5e8 B/day
    expectRel(value(e, 'workload.videos.storage.text.perDay'), 7.5e8)
    // kept forever: the 5-year default horizon, 5 × 365 = 1,825 days
    expect(value(e, 'workload.videos.storage.retentionDays')).toBe(1825)
    // storage.total is perDay × retentionDays, without growth:
    // (2.25e14 + 7.5e8) × 1,825 = 2.2500075e14 × 1,825 = 4.1062636875e17 B
    expectRel(value(e, 'workload.videos.storage.total'), 4.1062636875e17)
  })

  it('compounds 20 % yearly growth in the projection', () => {
    // end of year 2: 2.2500075e14 × 365 × (1 + 1.2) = 1.8067560225e17 B
    expectRel(value(e, 'workload.videos.storage.year.2'), 1.8067560225e17)
    // end of year 5: × (1 + 1.2 + 1.44 + 1.728 + 2.0736 = 7.4416) = 6.11143437138e17 B
    expectRel(value(e, 'workload.videos.storage.year.5'), 6.11143437138e17)
    // comments: 1 M/day × (500 B × 1.3 × 3 = 1,950 B) = 1.95e9 B/day, × 1,825 days
    expectRel(value(e, 'workload.comments.storage.total'), 3.55875e12)
    // watch history: 25 M/day × (40 B × 3 ÷ 2:1 = 60 B) = 1.5e9 B/day, × 730 days = 1.095e12 B
    expectRel(value(e, 'workload.watch-history.storage.total'), 1.095e12)
    // system at the end of year 5: 6.11143437138e17 + 1.95e9 × 1,825 + 1.5e9 × 730
    // = 6.11143437138e17 + 3.55875e12 + 1.095e12 = 6.11148090888e17 B
    expectRel(value(e, 'storage.year.5'), 6.11148090888e17)
  })

  it('streams 87 GB/s on average from the CDN', () => {
    // 25 M views/day ÷ 86,400 × 100 % × 300 MB = 86,805,555,555.6 B/s
    expectRel(value(e, 'bandwidth.egress.media.avg'), 8.68055555555556e10)
    // all egress at peak: (25 M × (1 KB + 300 MB) + 10 M × 10 KB)/day = 7.500125e15 B/day;
    // ÷ 86,400 × 2.4 = 2.08336805555556e11 B/s (≈ 1.67 Tbit/s)
    expectRel(value(e, 'bandwidth.egress.peak'), 2.08336805555556e11)
    // uploads at peak: 500 K ÷ 86,400 × 300 MB × 2.4 = 4,166,666,666.7 B/s
    expectRel(value(e, 'bandwidth.ingress.media.peak'), 4.16666666666667e9)
  })

  it('costs the write-up\'s $150,000 a day of CDN egress at $0.02/GB', () => {
    // videos: 25 M views × 300 MB = 7.5e15 B = 7.5 M GB × $0.02 = $150,000 ("$150,000 per day"),
    // and the metadata read with each view: 25 M × 1 KB = 25 GB × $0.02 = $0.50
    expectRel(value(e, 'workload.videos.spend.egress.perDay'), 150_000.5)
    // comments: 10 M pages × 10 KB = 100 GB × $0.02 = $2; the history is never read
    expectRel(value(e, 'workload.comments.spend.egress.perDay'), 2)
    expect(value(e, 'workload.watch-history.spend.egress.perDay')).toBe(0)
    // system: $150,002.50 a day, × 30 days = $4,500,075 a month
    expectRel(value(e, 'spend.perDay'), 150_002.5)
    expectRel(value(e, 'spend.perMonth'), 4_500_075)
  })

  it('caches metadata and comment pages, not the write-only history', () => {
    // comments readSize: 20 × 500 B = 10,000 B
    expect(value(e, 'input.workloads.comments.readSize')).toBe(10_000)
    // 20 % × (25 M × 1,000 B + 10 M × 10,000 B) = 0.2 × 1.25e11 = 2.5e10 B
    expectRel(value(e, 'cache.hotBytes'), 2.5e10)
    expect(e.metrics.get('workload.watch-history.cache.hotBytes')).toBeUndefined()
  })

  it('has the availability budget and the multi-CDN composite', () => {
    // (1 − 99.95 %) × 31,536,000 s = 15,768 s (4 h 22 min 48 s)
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(15768, 5)
    // CDNs in parallel: 1 − (1e-3)² = 1 − 1e-6
    expect(value(e, 'availability.composite.1')).toBeCloseTo(1 - 1e-6, 12)
    // (1 − 1e-6) × api (1 − 1e-9) × db (1 − (5e-4)² = 1 − 2.5e-7) × blob 0.9999 = 0.99989874912535
    expect(value(e, 'availability.composite')).toBeCloseTo(0.99989874912535, 12)
    // composite downtime: 1.0125087465e-4 × 31,536,000 s = 3,193.05 s a year
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(3193.0476, 2)
    expect(e.checks.find((c) => c.id === 'availability.meetsSlo')?.pass).toBe(true)
  })
})

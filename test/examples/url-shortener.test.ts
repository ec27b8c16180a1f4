import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// Every expected value below is worked out by hand from examples/url-shortener.yaml
// and the documented formulas, not copied from sizeup's output.
// Conventions in force: all defaults: 86,400 s days, 30-day months, 365-day
// years, decimal bytes, 70 % target utilisation, 20 % cache hot share, and no
// `traffic` block, so peak factor 2.

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

describe('examples/url-shortener.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('url-shortener.yaml')
  })

  it('resolves the expressions on other fields', () => {
    // dau: 40% * mau = 0.4 × 50 M = 20 M
    expect(value(e, 'input.users.dau')).toBe(20_000_000)
    // urls.reads.perDay: 10 * writes.perDay = 10 × 100 M = 1 B
    expect(value(e, 'workload.urls.requests.read.perDay')).toBe(1_000_000_000)
    // clicks.writes.perDay: workloads.urls.reads.perDay = 1 B
    expect(value(e, 'workload.clicks.requests.write.perDay')).toBe(1_000_000_000)
    // clicks.reads.perUserPerMonth 3 × MAU 50 M ÷ 30 days/month = 5 M reads/day
    expect(value(e, 'workload.clicks.requests.read.perDay')).toBeCloseTo(5_000_000, 3)
  })

  it('has the write-up\'s request rates', () => {
    // 100 M writes/day ÷ 86,400 s/day = 1,157.407… writes/s (the write-up's ~1,160)
    expect(value(e, 'workload.urls.qps.write.avg')).toBeCloseTo(1157.4074, 3)
    // 1 B reads/day ÷ 86,400 = 11,574.07…/s; × peak factor 2 = 23,148.148…/s
    expect(value(e, 'workload.urls.qps.read.peak')).toBeCloseTo(23148.1481, 3)
    // system writes: (100 M urls + 1 B clicks)/day ÷ 86,400 = 1.1 B ÷ 86,400 = 12,731.481…/s
    expect(value(e, 'qps.write.avg')).toBeCloseTo(12731.4815, 3)
    // system requests/day: reads 1 B + 5 M, writes 100 M + 1 B = 2.105 B;
    // peak = 2.105 B ÷ 86,400 × 2 = 48,726.85…/s; provision ÷ 0.7 = 69,609.788…/s
    expect(value(e, 'capacity.qps')).toBeCloseTo(69609.7884, 3)
  })

  it('sums the record fields and sizes storage over the retention', () => {
    // recordFields 7 + 100 + 8 + 8 + 8 = 131 B
    expect(value(e, 'input.workloads.urls.recordSize')).toBe(131)
    // stored per record: 131 B × overhead 1.2 × replication 3 ÷ compression 1 = 471.6 B
    expect(value(e, 'workload.urls.storage.recordBytes')).toBeCloseTo(471.6, 9)
    // 10-year retention = 10 × 365 days = 3,650 days;
    // 100 M/day × 471.6 B × 3,650 = 4.716e10 B/day × 3,650 = 1.72134e14 B (172.134 TB)
    // (logically 100 M × 3,650 × 131 B = 47.8 TB; the write-up's 36.5 TB counts 100 B URLs)
    expectRel(value(e, 'workload.urls.storage.total'), 1.72134e14)
    // clicks: 100 B × replication 3 ÷ compression 3:1 = 100 B stored;
    // 1 B/day × 100 B = 1e11 B/day; × 2 years (730 days) = 7.3e13 B
    expect(value(e, 'workload.clicks.storage.recordBytes')).toBeCloseTo(100, 9)
    expectRel(value(e, 'workload.clicks.storage.total'), 7.3e13)
    // per day: 4.716e10 + 1e11 = 1.4716e11 B
    expectRel(value(e, 'storage.perDay'), 1.4716e11)
    // kept: 1.72134e14 + 7.3e13 = 2.45134e14 B
    expectRel(value(e, 'storage.total'), 2.45134e14)
  })

  it('projects storage year by year with the 2-year click window', () => {
    // the projection runs over the longest retention: 10 years
    expect(e.horizonYears).toBe(10)
    // end of year 1: a year of each: (4.716e10 + 1e11) × 365 = 5.37134e13 B
    expectRel(value(e, 'storage.year.1'), 5.37134e13)
    // end of year 3: urls hold 3 years (4.716e10 × 1,095 = 5.16402e13), clicks only
    // their last 2 years (1e11 × 730 = 7.3e13): 1.246402e14 B
    expectRel(value(e, 'storage.year.3'), 1.246402e14)
    // end of year 10: the steady state equals the retained total, 2.45134e14 B
    expectRel(value(e, 'storage.year.10'), 2.45134e14)
  })

  it('has bandwidth and cache from the read sizes', () => {
    // clicks.readSize 20 × 100 B = 2,000 B
    expect(value(e, 'input.workloads.clicks.readSize')).toBe(2000)
    // egress: (1 B × 131 B + 5 M × 2,000 B)/day ÷ 86,400 = 1.41e11 ÷ 86,400 = 1,631,944.44 B/s
    expect(value(e, 'bandwidth.egress.avg')).toBeCloseTo(1631944.4444, 3)
    // ingress: (100 M × 131 B + 1 B × 100 B) ÷ 86,400 = 1.131e11 ÷ 86,400 = 1,309,027.78 B/s
    expect(value(e, 'bandwidth.ingress.avg')).toBeCloseTo(1309027.7778, 3)
    // redirect cache: 20 % × 1 B reads/day × 131 B = 2.62e10 B (26.2 GB)
    expectRel(value(e, 'workload.urls.cache.hotBytes'), 2.62e10)
    // all: 2.62e10 + 20 % × 5 M × 2,000 B (2e9) = 2.82e10 B; provisioned ÷ 0.7 = 4.0285714e10 B
    expectRel(value(e, 'cache.hotBytes'), 2.82e10)
    expectRel(value(e, 'cache.provisionedBytes'), 2.82e10 / 0.7)
  })

  it('has Little\'s law concurrency at the p99 latency', () => {
    // no workload latency: the SLO's p99 100 ms; 48,726.85 req/s peak × 0.1 s = 4,872.685
    expect(value(e, 'concurrency.peak')).toBeCloseTo(4872.6852, 3)
  })

  it('has the availability budget and the composite of the redirect path', () => {
    // (1 − 99.99 %) × 365 × 86,400 s = 1e-4 × 31,536,000 = 3,153.6 s (52 min 33.6 s)
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(3153.6, 6)
    // error budget: 1e-4 × 2.105 B requests/day × 30 days = 6,315,000 requests/month
    expect(value(e, 'availability.errorBudget.requestsPerMonth')).toBeCloseTo(6_315_000, 3)
    // series of: LB 1 − (1e-4)² = 1 − 1e-8; app 1 − (1e-3)⁴ = 1 − 1e-12; store 1 − (1e-3)³ = 1 − 1e-9
    // product = (1 − 1e-8)(1 − 1e-12)(1 − 1e-9) = 1 − 1.1000999989989e-8
    expect(value(e, 'availability.composite.1')).toBeCloseTo(1 - 1e-8, 14)
    expectRel(1 - value(e, 'availability.composite'), 1.1000999989989e-8, 1e-6)
    // composite downtime: 1.1000999989989e-8 × 31,536,000 s = 0.346928 s a year
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(0.346928, 5)
    expect(e.checks.find((c) => c.id === 'availability.meetsSlo')?.pass).toBe(true)
  })

  it('has a key space of the write-up\'s 3.5 trillion codes for its 365 B records', () => {
    // 62^7 = 3,521,614,606,208 ("62^7 = ~3.5 trillion")
    expect(value(e, 'workload.urls.keys.possible')).toBe(3_521_614_606_208)
    // records held: 100 M/day × 3,650 days = 365 B ("365 billion records")
    expect(value(e, 'workload.urls.records.held')).toBe(365_000_000_000)
    // 365 B ÷ 3.5216 T = 10.3646 % used; 62^6 = 56.8 B < 365 B ≤ 62^7, so 7 is the shortest
    expectRel(value(e, 'workload.urls.keys.usedShare'), 365e9 / 3_521_614_606_208)
    expect(value(e, 'workload.urls.keys.minLength')).toBe(7)
  })
})

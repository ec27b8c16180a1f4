import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// Every expected value below is worked out by hand from
// examples/ecommerce-checkout.yaml and the documented formulas, not copied
// from sizeup's output. Conventions: a 30.4375-day month and 40 % headroom
// (60 % utilisation) from the spec; otherwise defaults (86,400 s days,
// 365-day years, decimal bytes, 20 % cache hot share); peak factor 5.

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

describe('examples/ecommerce-checkout.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('ecommerce-checkout.yaml')
  })

  it('applies the month and headroom conventions', () => {
    // 30.4375 days × 86,400 s = 2,629,800 s
    expect(value(e, 'convention.secondsPerMonth')).toBeCloseTo(2_629_800, 6)
    // headroom 40 % → target utilisation 1 − 0.4 = 0.6
    expect(value(e, 'convention.targetUtilization')).toBeCloseTo(0.6, 12)
  })

  it('spreads monthly orders over a 30.4375-day month', () => {
    // 2 orders × 60 M MAU ÷ 30.4375 days = 120 M ÷ 30.4375 = 3,942,505.133…/day
    expect(value(e, 'workload.orders.requests.write.perDay')).toBeCloseTo(3942505.1335, 3)
    // payments: 1.1 × orders' 2 = 2.2 × 60 M ÷ 30.4375 = 4,336,755.647…/day
    expect(value(e, 'workload.payments.requests.write.perDay')).toBeCloseTo(4336755.6468, 3)
    // payments reads: 50/s × 86,400 = 4.32 M/day
    expect(value(e, 'workload.payments.requests.read.perDay')).toBeCloseTo(4_320_000, 6)
    // carts: 8 M DAU × 4 = 32 M/day; ÷ 86,400 × 5 = 1,851.85…/s at peak
    expect(value(e, 'workload.carts.qps.write.peak')).toBeCloseTo(1851.8519, 3)
    // requests a month: (32 M + 80 M + 4.32 M)/day × 30.4375 = 3,540,490,000, plus the
    // monthly rates (2 + 8 + 2.2) × 60 M = 732 M: 4,272,490,000
    expectRel(value(e, 'requests.total.perMonth'), 4.27249e9)
    // peak: 4,272,490,000 ÷ 30.4375 ÷ 86,400 × 5 = 8,123.22/s; ÷ 0.6 = 13,538.70/s to provision
    expect(value(e, 'capacity.qps')).toBeCloseTo(13538.7038, 3)
  })

  it('sizes storage for 90 days, 7 years and 10 years', () => {
    // recordFields 16 + 8 + 1,000 + 300 + 200 + 64 + 16 + 32 = 1,636 B; × overhead 2 × 3 = 9,816 B
    expect(value(e, 'input.workloads.orders.recordSize')).toBe(1636)
    expect(value(e, 'workload.orders.storage.recordBytes')).toBeCloseTo(9816, 9)
    // orders: 3,942,505.133/day × 9,816 B × 2,555 days (7 × 365) = 9.8877555646817e13 B
    expectRel(value(e, 'workload.orders.storage.total'), 9.8877555646817e13)
    // carts: 32 M × (2,000 B × 3) × 90 days = 1.728e13 B
    expectRel(value(e, 'workload.carts.storage.total'), 1.728e13)
    // payments: 4,336,755.647/day × (500 B × 3) × 3,650 days = 2.3743737166324e13 B
    expectRel(value(e, 'workload.payments.storage.total'), 2.3743737166324e13)
    // system: 1.728e13 + 9.8877555646817e13 + 2.3743737166324e13 = 1.39901292813142e14 B
    expectRel(value(e, 'storage.total'), 1.39901292813142e14)
    // new data a month: 32 M × 6,000 × 30.4375 + 120 M × 9,816 + 132 M × 1,500
    // = 5.844e12 + 1.17792e12 + 1.98e11 = 7.21992e12 B
    expectRel(value(e, 'storage.perMonth'), 7.21992e12)
    // 10-year payments set the horizon; at its end everything is at its retained size
    expect(e.horizonYears).toBe(10)
    expectRel(value(e, 'storage.year.10'), 1.39901292813142e14)
  })

  it('sizes the cache at 60 % utilisation and concurrency at the p95 target', () => {
    // 20 % × (80 M × 2,000 B + 15,770,020.53 × 1,636 B + 4.32 M × 500 B) = 3.7591950719e10 B
    // (orders reads: 8 × 60 M ÷ 30.4375 = 15,770,020.53/day)
    expectRel(value(e, 'cache.hotBytes'), 3.759195071868584e10)
    // provisioned: ÷ 0.6 = 6.265325119781e10 B
    expectRel(value(e, 'cache.provisionedBytes'), 6.265325119781e10)
    // carts: (32 M + 80 M)/day ÷ 86,400 × 5 × 0.3 s (p95, the first target listed) = 1,944.44
    expect(value(e, 'workload.carts.concurrency.peak')).toBeCloseTo(1944.4444, 3)
  })

  it('has the availability budget over the calendar-average month', () => {
    // (1 − 99.99 %) × 2,629,800 s = 262.98 s a month
    expect(value(e, 'availability.slo.downtime.month')).toBeCloseTo(262.98, 6)
    // (1 − 99.99 %) × 31,536,000 s = 3,153.6 s a year
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(3153.6, 6)
    // error budget: 1e-4 × 4,272,490,000 = 427,249 requests a month
    expect(value(e, 'availability.errorBudget.requestsPerMonth')).toBeCloseTo(427249, 3)
  })

  it('composes k-of-n quorums and a nested payment fail-over', () => {
    // checkout 4 of 6 at a = 0.999, q = 0.001: unavailable = Σ_{i=0..3} C(6,i) aⁱ q⁶⁻ⁱ
    // = 20 a³ q³ + 15 a² q⁴ + 6 a q⁵ + q⁶ = 1.994006e-8 + 1.4970015e-11 + 5.994e-15 + 1e-18
    // = 1.995503599e-8
    expectRel(1 - value(e, 'availability.composite.2'), 1.995503599e-8, 1e-6)
    // order-db 2 of 3: q³ + 3 a q² = 1e-9 + 2.997e-6 = 2.998e-6
    expectRel(1 - value(e, 'availability.composite.3'), 2.998e-6, 1e-6)
    // backup route in series: 0.9999 × 0.999 = 0.9989001
    expect(value(e, 'availability.composite.4.2')).toBeCloseTo(0.9989001, 12)
    // providers in parallel: 1 − 5e-4 × (1 − 0.9989001) = 1 − 5e-4 × 1.0999e-3 = 1 − 5.4995e-7
    expectRel(1 - value(e, 'availability.composite.4'), 5.4995e-7, 1e-6)
    // composite: (1 − 1e-8)(1 − 1.995503599e-8)(1 − 2.998e-6)(1 − 5.4995e-7) = 1 − 3.5779033e-6
    expectRel(1 - value(e, 'availability.composite'), 3.57790328076143e-6, 1e-6)
    // downtime: 3.5779033e-6 × 31,536,000 s = 112.83 s a year
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(112.8328, 3)
    expect(e.checks.find((c) => c.id === 'availability.meetsSlo')?.pass).toBe(true)
  })
})

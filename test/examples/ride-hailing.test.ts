import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// Every expected value below is worked out by hand from examples/ride-hailing.yaml
// and the documented formulas, not copied from sizeup's output. Conventions:
// defaults (86,400 s days, 30-day months, 365-day years, decimal bytes, 70 %
// utilisation, 20 % cache hot share).

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

describe('examples/ride-hailing.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('ride-hailing.yaml')
  })

  it('squeezes the day into an 18-hour window', () => {
    // 86,400 s ÷ 64,800 s × 1.5 = 1.333… × 1.5 = 2
    expect(value(e, 'traffic.peakFactor')).toBeCloseTo(2, 12)
    // dau 20 % of 150 M = 30 M
    expect(value(e, 'input.users.dau')).toBe(30_000_000)
  })

  it('has a location update every 4 seconds per online driver', () => {
    // perSecond: 1M / 4 = 250,000/s on average; × 2 = 500,000/s at peak
    expect(value(e, 'workload.locations.qps.write.avg')).toBeCloseTo(250_000, 6)
    expect(value(e, 'workload.locations.qps.write.peak')).toBeCloseTo(500_000, 6)
    // 250,000 × 86,400 = 21.6 B updates a day
    expectRel(value(e, 'workload.locations.requests.write.perDay'), 2.16e10)
    // trips read perUserPerMonth 10 × MAU 150 M ÷ 30 days = 50 M/day
    expect(value(e, 'workload.trips.requests.read.perDay')).toBeCloseTo(50_000_000, 4)
    // dispatch writes: 1.2 × trips' 25 M = 30 M/day; reads 3 × writes.perDay = 90 M/day
    expect(value(e, 'workload.dispatch.requests.write.perDay')).toBeCloseTo(30_000_000, 4)
    expect(value(e, 'workload.dispatch.requests.read.perDay')).toBeCloseTo(90_000_000, 4)
    // all requests/day: 21.6 B + 3 B (30 M × 100) + 25 M + 50 M + 30 M + 90 M = 24.795 B;
    // ÷ 86,400 × 2 ÷ 0.7 = 819,940.476…/s to provision
    expect(value(e, 'capacity.qps')).toBeCloseTo(819940.4762, 3)
    // a month of it: 24.795 B × 30 = 7.4385e11 requests
    expectRel(value(e, 'requests.total.perMonth'), 7.4385e11)
  })

  it('sizes storage for each retention', () => {
    // locations: 50 B × 3 replicas ÷ 3:1 compression = 50 B stored
    expect(value(e, 'workload.locations.storage.recordBytes')).toBeCloseTo(50, 9)
    // 2.16e10/day × 50 B = 1.08e12 B/day; × 365 days (1 year) = 3.942e14 B
    expectRel(value(e, 'workload.locations.storage.total'), 3.942e14)
    // trips: 2,000 B × 1.5 × 3 = 9,000 B; 25 M × 9,000 = 2.25e11 B/day; × 7 × 365 = 2,555 days
    // = 5.74875e14 B
    expectRel(value(e, 'workload.trips.storage.total'), 5.74875e14)
    // dispatch: 30 M × (1,000 B × 3) = 9e10 B/day; × 30 days = 2.7e12 B
    expectRel(value(e, 'workload.dispatch.storage.total'), 2.7e12)
    // system: 3.942e14 + 5.74875e14 + 2.7e12 = 9.71775e14 B
    expectRel(value(e, 'storage.total'), 9.71775e14)
  })

  it('projects over the 7-year trip retention', () => {
    // the longest retention, 7 years, sets the horizon
    expect(e.horizonYears).toBe(7)
    // end of year 1: locations 1.08e12 × 365 + trips 2.25e11 × 365 + dispatch 9e10 × 30
    // = 3.942e14 + 8.2125e13 + 2.7e12 = 4.79025e14 B
    expectRel(value(e, 'storage.year.1'), 4.79025e14)
    // end of year 7: trips have filled their 7 years: the retained total, 9.71775e14 B
    expectRel(value(e, 'storage.year.7'), 9.71775e14)
  })

  it('has bandwidth, cache and concurrency for the map', () => {
    // readSize 10 × 50 B = 500 B
    expect(value(e, 'input.workloads.locations.readSize')).toBe(500)
    // 3 B reads/day ÷ 86,400 × 500 B = 17,361,111.1 B/s
    expect(value(e, 'workload.locations.bandwidth.egress.avg')).toBeCloseTo(17361111.1111, 3)
    // 250,000/s × 50 B = 12.5 MB/s in
    expect(value(e, 'workload.locations.bandwidth.ingress.avg')).toBeCloseTo(12_500_000, 4)
    // 20 % × 3 B × 500 B = 3e11 B
    expectRel(value(e, 'workload.locations.cache.hotBytes'), 3e11)
    // the workload's 20 ms: (21.6 B + 3 B)/day ÷ 86,400 × 2 × 0.02 s = 11,388.89
    expect(value(e, 'workload.locations.concurrency.peak')).toBeCloseTo(11388.8889, 3)
    // trips take the SLO's first target, p50 50 ms: 75 M ÷ 86,400 × 2 × 0.05 s = 86.806
    expect(value(e, 'workload.trips.concurrency.peak')).toBeCloseTo(86.8056, 3)
  })

  it('has the availability budget and the request-path composite', () => {
    // (1 − 99.99 %) × 31,536,000 s = 3,153.6 s a year
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(3153.6, 6)
    // error budget: 1e-4 × 7.4385e11 = 7.4385e7 failed requests a month
    expectRel(value(e, 'availability.errorBudget.requestsPerMonth'), 7.4385e7, 1e-9)
    // two zones in parallel: 1 − (1e-3)² = 1 − 1e-6
    expect(value(e, 'availability.composite.3')).toBeCloseTo(1 - 1e-6, 12)
    // gateway 1 − 1e-8, dispatch 1 − 1e-9, zones 1 − 1e-6, trip store 1 − (5e-4)³ = 1 − 1.25e-10:
    // product = 1 − 1.01112498886e-6
    expectRel(1 - value(e, 'availability.composite'), 1.011124988863625e-6, 1e-6)
    // downtime: 1.0111249889e-6 × 31,536,000 s = 31.887 s a year
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(31.8868, 3)
    expect(e.checks.find((c) => c.id === 'availability.meetsSlo')?.pass).toBe(true)
  })
})

import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

// Every expected value below is worked out by hand from examples/chat.yaml and
// the documented formulas, not copied from sizeup's output.
// Conventions: defaults (86,400 s days, 30-day months, 365-day years, decimal
// bytes, 70 % utilisation, 20 % cache hot share); peak factor 3.

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

describe('examples/chat.yaml', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('chat.yaml')
  })

  it('has WhatsApp-scale message rates', () => {
    // dau: 50% * mau = 0.5 × 2 B = 1 B
    expect(value(e, 'input.users.dau')).toBe(1_000_000_000)
    // 1 B users × 100 messages = 100 B/day; ÷ 86,400 = 1,157,407.407…/s
    expect(value(e, 'workload.messages.qps.write.avg')).toBeCloseTo(1157407.4074, 3)
    // × peak factor 3 = 3,472,222.222…/s
    expect(value(e, 'workload.messages.qps.write.peak')).toBeCloseTo(3472222.2222, 3)
    // presence: perSecond 100M / 30 = 3,333,333.33…/s; × 86,400 = 2.88e11 heartbeats/day
    expectRel(value(e, 'workload.presence.requests.write.perDay'), 2.88e11)
    // system writes: 100 B + 0 + 288 B = 388 B/day; ÷ 86,400 = 4,490,740.74…/s
    expect(value(e, 'qps.write.avg')).toBeCloseTo(4490740.7407, 3)
    // system reads: 150 B (1 B × 150) + 5 B (1 B × 5) + 50 B (1 B × 50) = 205 B/day;
    // ÷ 86,400 × 3 = 7,118,055.56…/s
    expect(value(e, 'qps.read.peak')).toBeCloseTo(7118055.5556, 3)
  })

  it('keeps messages and media for 30 days, presence for 30 seconds', () => {
    // text: 100 B/day × (200 B × 3 replicas) = 6e13 B/day (60 TB)
    expectRel(value(e, 'workload.messages.storage.text.perDay'), 6e13)
    // media: 100 B/day × 5 % × 100 KB × 3 replicas = 1.5e15 B/day (1.5 PB)
    expectRel(value(e, 'workload.messages.storage.media.perDay'), 1.5e15)
    // kept: (6e13 + 1.5e15) × 30 days = 4.68e16 B (46.8 PB)
    expectRel(value(e, 'workload.messages.storage.total'), 4.68e16)
    // with 30 days < 1 year and no growth, every year-end holds the same 30 days
    expectRel(value(e, 'workload.messages.storage.year.5'), 4.68e16)
    // presence: 2.88e11/day × 16 B × (30 s ÷ 86,400 s) days = 1.6e9 B = 100 M online × 16 B
    expectRel(value(e, 'workload.presence.storage.total'), 1.6e9)
    // system: 4.68e16 + 1.6e9 (+ 0 for the read-only inbox-sync) = 4.68000016e16 B
    expectRel(value(e, 'storage.total'), 4.68000016e16)
  })

  it('has media-heavy bandwidth', () => {
    // 1,157,407.4/s × 5 % × 100,000 B = 5,787,037,037 B/s (5.79 GB/s)
    expect(value(e, 'bandwidth.ingress.media.avg')).toBeCloseTo(5787037037.037, 2)
    // inbox-sync readSize: 20 × messages' 200 B = 4,000 B
    expect(value(e, 'input.workloads.inbox-sync.readSize')).toBe(4000)
    // egress per day: messages 150 B × (200 B + 5 % × 100 KB = 5,200 B) = 7.8e14,
    // inbox-sync 5 B × 4,000 B = 2e13, presence 50 B × 16 B = 8e11: 8.008e14 B/day;
    // ÷ 86,400 = 9,268,518,518.5 B/s
    expectRel(value(e, 'bandwidth.egress.avg'), 8.008e14 / 86_400)
    expect(value(e, 'bandwidth.egress.avg')).toBeCloseTo(9268518518.52, 1)
  })

  it('sizes the cache from each workload\'s read size', () => {
    // inbox-sync: 20 % × 5 B reads × 4,000 B = 4e12 B
    expectRel(value(e, 'workload.inbox-sync.cache.hotBytes'), 4e12)
    // presence: 20 % × 50 B reads × 16 B = 160 GB, but it holds only 100 M heartbeats × 16 B = 1.6 GB
    expectRel(value(e, 'workload.presence.cache.hotBytes'), 1.6e9)
    // all: 20 % × (150 B × 200 B + 5 B × 4,000 B) + 1.6 GB = 1e13 + 1.6e9 = 1.00016e13 B
    expectRel(value(e, 'cache.hotBytes'), 1.00016e13)
  })

  it('uses each workload\'s own latency for Little\'s law', () => {
    // messages use the SLO p99 300 ms: (100 B + 150 B)/day ÷ 86,400 × 3 × 0.3 s = 2,604,166.67
    expect(value(e, 'workload.messages.concurrency.peak')).toBeCloseTo(2604166.6667, 3)
    // presence has latency 5 ms: (288 B + 50 B)/day ÷ 86,400 × 3 × 0.005 s = 58,680.56
    expect(value(e, 'workload.presence.concurrency.peak')).toBeCloseTo(58680.5556, 3)
  })

  it('has the availability budget and the two-region composite', () => {
    // (1 − 99.99 %) × 31,536,000 s = 3,153.6 s a year
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(3153.6, 6)
    // error budget: 1e-4 × (205 B + 388 B = 593 B requests/day) × 30 = 1.779e9 requests/month
    expectRel(value(e, 'availability.errorBudget.requestsPerMonth'), 1.779e9, 1e-9)
    // one region: gateways 1 − (1e-3)² = 0.999999, × store 0.9995 = 0.9994990005
    expect(value(e, 'availability.composite.2.1')).toBeCloseTo(0.9994990005, 12)
    // two regions in parallel: 1 − (5.009995e-4)² = 1 − 2.5100049900025e-7
    expectRel(1 - value(e, 'availability.composite.2'), 2.5100049900025e-7, 1e-6)
    // × edge LB 1 − (1e-4)² = 1 − 1e-8: composite = 1 − 2.61000496490245e-7
    expectRel(1 - value(e, 'availability.composite'), 2.61000496490245e-7, 1e-6)
    // downtime: 2.61000496e-7 × 31,536,000 s = 8.2309 s a year
    expect(value(e, 'availability.composite.downtime.year')).toBeCloseTo(8.23091, 4)
    expect(e.checks.find((c) => c.id === 'availability.meetsSlo')?.pass).toBe(true)
  })
})

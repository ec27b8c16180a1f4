import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimateExample, value} from '../helpers/spec.js'

/** Relative error, for numbers too large for toBeCloseTo's absolute digits. */
const rel = (actual: number, expected: number): number => Math.abs(actual / expected - 1)

// The methodology document's case study (§1.2): 300 M MAU, DAU 50 %, 2 posts and
// 10 feed reads per DAU per day, 800 B posts, 10 % with 1 MB media, 1 % of reads
// fetch media, 5 years, peak 2×, SLO 99.99 %. The document rounds; we assert the
// exact arithmetic (and that it is within 1 % of the document's figures).
describe('social feed (methodology §1.2)', () => {
  let e: Estimate
  beforeAll(async () => {
    e = await estimateExample('social-feed.yaml')
  })

  it('derives DAU from MAU', () => {
    // 50 % × 300,000,000 = 150,000,000
    expect(value(e, 'input.users.dau')).toBe(150_000_000)
  })

  it('gives the QPS of the case study', () => {
    // writes/day: 150 M × 2 = 300,000,000; ÷ 86,400 s = 3,472.222… /s (document: ~3,500)
    expect(value(e, 'requests.write.perDay')).toBe(300_000_000)
    expect(value(e, 'qps.write.avg')).toBeCloseTo(3472.2222, 3)
    // reads/day: 150 M × 10 = 1,500,000,000; ÷ 86,400 = 17,361.111… /s (document: ~17,500)
    expect(value(e, 'qps.read.avg')).toBeCloseTo(17361.1111, 3)
    // peaks at 2×: 6,944.444… and 34,722.222… (document: ~7,000 and ~35,000)
    expect(value(e, 'qps.write.peak')).toBeCloseTo(6944.4444, 3)
    expect(value(e, 'qps.read.peak')).toBeCloseTo(34722.2222, 3)
    // read:write = 1.5 B ÷ 300 M = 5
    expect(value(e, 'ratio.readWrite')).toBe(5)
    expect(rel(value(e, 'qps.write.avg'), 3500)).toBeLessThan(0.01)
  })

  it('gives the storage of the case study', () => {
    // text: 300 M posts × 800 B = 240,000,000,000 B = 240 GB/day
    expect(value(e, 'storage.text.perDay')).toBe(240e9)
    // media: 300 M × 10 % × 1,000,000 B = 30,000,000,000,000 B = 30 TB/day
    expect(value(e, 'storage.media.perDay')).toBeCloseTo(30e12, -3)
    // 5 years × 365 days = 1,825 days; (30 TB + 0.24 TB) × 1,825 = 55,188 TB = 55.188 PB
    expect(value(e, 'workload.posts.storage.retentionDays')).toBe(1825)
    expect(rel(value(e, 'workload.posts.storage.total'), 55.188e15)).toBeLessThan(1e-12)
    // the system also holds 300 M profiles × 1 KB = 300 GB and 60 B follow edges × 24 B
    // = 1.44 TB, stated as existing records: 55.188 PB + 1.74 TB = 55.18974 PB
    expect(rel(value(e, 'storage.total'), 55.188e15 + 0.3e12 + 1.44e12)).toBeLessThan(1e-12)
    expect(rel(value(e, 'storage.total'), 55.2e15)).toBeLessThan(0.01)
    // per year: 30.24 TB × 365 = 11.0376 PB; year 5 of the projection = 5 × that
    expect(rel(value(e, 'storage.perYear'), 11.0376e15)).toBeLessThan(1e-12)
    expect(rel(value(e, 'workload.posts.storage.year.5'), 55.188e15)).toBeLessThan(1e-12)
    expect(rel(value(e, 'workload.follows.storage.year.1'), 1.44e12)).toBeLessThan(1e-12)
  })

  it('gives the bandwidth of the case study', () => {
    // text ingress: 3,472.222 writes/s × 800 B = 2,777,777.8 B/s ≈ 2.78 MB/s
    expect(value(e, 'bandwidth.ingress.text.avg')).toBeCloseTo(2_777_777.78, 1)
    // media ingress: 30 TB/day ÷ 86,400 s = 347,222,222.2 B/s ≈ 347 MB/s
    expect(value(e, 'bandwidth.ingress.media.avg')).toBeCloseTo(347_222_222.22, 1)
    // media egress: 17,361.11 reads/s × 1 % × 1 MB = 173,611,111.1 B/s ≈ 174 MB/s
    expect(value(e, 'bandwidth.egress.media.avg')).toBeCloseTo(173_611_111.11, 1)
  })

  it('gives the availability budget of the case study', () => {
    // (1 − 0.9999) × 365 × 86,400 s = 3,153.6 s = 52.56 min
    expect(value(e, 'availability.slo.downtime.year') / 60).toBeCloseTo(52.56, 6)
    // error budget: 0.01 % of (1.8 B requests/day × 30 days) = 5,400,000 requests/month
    expect(value(e, 'availability.errorBudget.requestsPerMonth')).toBeCloseTo(5_400_000, 0)
  })

  it('sizes the cache and the requests in flight', () => {
    // hot set: 20 % × 1.5 B reads/day × 800 B = 240 GB; provisioned at 70 %: 342.857 GB
    expect(value(e, 'cache.hotBytes')).toBeCloseTo(240e9, -1)
    expect(value(e, 'cache.provisionedBytes')).toBeCloseTo(240e9 / 0.7, -1)
    // Little's law: peak 41,666.67 req/s × 0.5 s (the p99 target) = 20,833.3 in flight
    expect(value(e, 'concurrency.peak')).toBeCloseTo(20833.333, 2)
  })

  it('records formulas, inputs and conventions on every metric', () => {
    const node = e.metrics.get('qps.write.avg')!
    expect(node.formula).toBe('perDay ÷ secondsPerDay')
    expect(node.inputs).toEqual({perDay: 'requests.write.perDay', secondsPerDay: 'convention.secondsPerDay'})
    expect(node.conventions).toContain('secondsPerDay')
    for (const m of e.metrics) {
      expect(Number.isFinite(m.value), m.id).toBe(true)
      if (m.kind === 'metric') expect(m.formula, m.id).toBeTruthy()
      for (const ref of Object.values(m.inputs)) expect(e.metrics.get(ref), `${m.id} → ${ref}`).toBeDefined()
    }
  })
})

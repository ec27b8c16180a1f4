import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * The partitioning decision's `growing-data` criterion (data/matrices/partitioning.yaml):
 * writes whose stated yearly growth doubles them within the spec's horizon
 * ((1 + growth)^horizonYears ≥ 2: 15 % over the default five years, 1.15⁵ = 2.011), so nodes are added again and again, and a ring with virtual
 * nodes (which rebalances as a node joins) gains a point over fixed logical
 * shards (which an operator moves). After Xu's ad clicks: "grows 30% per year";
 * "No manual resharding is required".
 */
const partitioning = (r: Report, workload: string) => r.decisions.find((d) => d.id === `partitioning.${workload}`)!

const CLICKS = (growth: string) => `name: Ad clicks
conventions:
  secondsPerDay: 100000
traffic:
  peakFactor: 5
workloads:
  clicks:
    writes: {perDay: 1B}
    recordSize: 0.1 KB
    growth: ${growth}
    access: timeseries
`

describe('partitioning of data that doubles within the horizon', () => {
  it('puts Xu\'s ad clicks (30 % a year, time series) on a ring, and says where that stops', async () => {
    // 1 B ÷ 100,000 s = 10,000 writes/s on average, × 5 = 50,000/s at peak: asked.
    // increasing-keys: hash +1, consistent hashing +1, range −2; growing-data (1.3⁵ = 3.71293 ≥ 2 over the default five years): consistent hashing +1.
    const r = await reportOfYaml(CLICKS('30%'))
    expect(r.metrics['workload.clicks.qps.write.peak']!.value).toBe(50000)
    const d = partitioning(r, 'clicks')
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['consistent-hashing', 2, 'hash', 1])
    expect(d.reasons.join(' ')).toContain('the writes grow 30% a year, 3.71× over the horizon, so the data doubles within it')
    const growth = d.flipPoints.find((p) => p.fact === 'horizonGrowth')!
    expect(growth.value).toBeCloseTo(3.71293, 10)
    expect(growth.flips).toEqual([{direction: 'down', below: 2, becomes: {id: 'hash', label: 'Hash partitioning (fixed logical shards)', technology: null}}])
  })

  it('keeps fixed logical shards at 10 % a year (1.1⁵ = 1.61: no doubling), the tie going to the default', async () => {
    const d = partitioning(await reportOfYaml(CLICKS('10%')), 'clicks')
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['hash', 1, 'consistent-hashing', 1])
    expect(d.criteria.find((c) => c.id === 'growing-data')!.fired).toBe(false)
  })

  it('keeps fixed logical shards at 30 % a year over a one-year horizon (1.3¹ = 1.3: no doubling within it)', async () => {
    const d = partitioning(await reportOfYaml(CLICKS('30%').replace('traffic:', 'horizon: 1 year\ntraffic:')), 'clicks')
    expect(d.criteria.find((c) => c.id === 'growing-data')!.fired).toBe(false)
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['hash', 1, 'consistent-hashing', 1])
  })

  it('puts data on a ring at 8 % a year over a ten-year horizon (1.08¹⁰ = 2.159: it doubles within it)', async () => {
    const d = partitioning(await reportOfYaml(CLICKS('8%').replace('traffic:', 'horizon: 10 years\ntraffic:')), 'clicks')
    expect(d.criteria.find((c) => c.id === 'growing-data')!.fired).toBe(true)
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['consistent-hashing', 2, 'hash', 1])
  })

  it('keeps fixed logical shards for a sharded relational store, which no ring rebalances by itself', async () => {
    // 50,000 writes/s at peak and 1 B × 100 B × 1,825 days = 182.5 TB kept: past one primary, within ~32
    // (fits-relational-shards), so the records go to sharded PostgreSQL; growing-data (1.3⁵ = 3.71) does not fire there.
    const r = await reportOfYaml(CLICKS('30%').replace('access: timeseries', 'access: point'))
    expect(r.metrics['workload.clicks.storage.text.total']!.value).toBe(182.5e12)
    expect(r.decisions.find((d) => d.id === 'datastore.clicks')!.choice.id).toBe('relational')
    const d = partitioning(r, 'clicks')
    expect(d.criteria.find((c) => c.id === 'growing-data')!.fired).toBe(false)
    expect(d.choice.id).toBe('hash')
  })

  it('lets relational shards outweigh growth: transactions keep fixed logical shards (hash 2 against 1)', async () => {
    const d = partitioning(await reportOfYaml(CLICKS('30%').replace('access: timeseries', 'transactions: true')), 'clicks')
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['hash', 2, 'consistent-hashing', 1])
  })
})

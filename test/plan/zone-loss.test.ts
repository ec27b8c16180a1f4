import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import {planWithMetrics} from '../../src/plan/plan.js'
import type {ScalingPlan} from '../../src/plan/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {chose} from '../helpers/decisions.js'

/*
 * The plan test's workload: peak writes 10,000/s, reads 100,000/s, so the
 * system's peak is 110,000/s; the shipped app server takes 2,424/s at 70 %:
 * 110,000 ÷ 1,696.8 = 64.8 → 65 servers at peak (n).
 */
const SPEC = (zones: string): string => `name: Zones
users: {mau: 10M, dau: 1M}
${zones}
workloads:
  orders:
    writes: {perSecond: 5000}
    reads: {perSecond: 50000}
    recordSize: 1 KB
    retention: 30 days
    access: point
`

async function plan(zones: string, matrix: string, technology: string): Promise<ScalingPlan> {
  const m = (await loadSpec(SPEC(zones), 'zones.yaml')).model
  return planScaling(m, estimate(m), [chose(matrix, 'orders', 'x', technology)], CAPACITIES)
}
const app = (p: ScalingPlan) => p.items.find((i) => i.role === 'app')!

describe('zone loss: k × ⌈n ÷ (k − 1)⌉ for throughput-bound tiers', () => {
  it('three zones: 3 × ⌈65 ÷ 2⌉ = 3 × 33 = 99 app servers', async () => {
    const a = app(await plan('zones: 3', 'datastore', 'PostgreSQL'))
    expect(a.nodes).toBe(99)
    expect(a.basis.at(-1)).toBe('zone loss (3 zones, `zones`): the 2 left carry the peak: 3 × ⌈65 ÷ 2⌉ = 3 × 33 = 99 servers (`zoneLoss.app.app.nodes`), up from 65')
  })

  it('two zones: each must carry the whole peak, 2 × ⌈65 ÷ 1⌉ = 130', async () => {
    expect(app(await plan('zones: 2', 'datastore', 'PostgreSQL')).nodes).toBe(130)
  })

  it('four zones: 4 × ⌈65 ÷ 3⌉ = 4 × 22 = 88', async () => {
    expect(app(await plan('zones: 4', 'datastore', 'PostgreSQL')).nodes).toBe(88)
  })

  it('no zones: the plan is as before, with no zone line', async () => {
    const a = app(await plan('', 'datastore', 'PostgreSQL'))
    expect(a.nodes).toBe(65)
    expect(a.basis.join('\n')).not.toContain('zone loss')
  })

  it('stores are not inflated, and the basis says why', async () => {
    const p = await plan('zones: 3', 'datastore', 'PostgreSQL')
    const primary = p.items.find((i) => i.role === 'primary')!
    expect(primary.nodes).toBe(2)
    expect(primary.basis.at(-1)).toMatch(/^zone loss \(3 zones, `zones`\): not inflated: a store keeps replicas in the other zones/)
    // 2 primaries + 2 replicas + 99 app servers
    expect(p.totalNodes).toBe(103)
  })

  it('a count held by its floor already survives: Kafka 1 broker at peak → 3 × ⌈1 ÷ 2⌉ = 3, RF 3 planned', async () => {
    const kafka = (await plan('zones: 3', 'queue', 'Apache Kafka')).items.find((i) => i.technology === 'Apache Kafka')!
    expect(kafka.nodes).toBe(3)
    expect(kafka.basis.at(-1)).toBe('zone loss (3 zones, `zones`): the 2 left carry the peak: 3 × ⌈1 ÷ 2⌉ = 3 × 1 = 3 brokers (`zoneLoss.queue.orders.broker.nodes`); the 3 brokers planned already survive (at least RF 3 and the brokers the partition replicas need)')
  })

  it('a replicated cache is not inflated: the replica in another zone is promoted', async () => {
    const redis = (await plan('zones: 3', 'cache', 'Redis')).items.find((i) => i.technology === 'Redis')!
    expect(redis.nodes).toBe(192)
    expect(redis.basis.at(-1)).toBe("zone loss (3 zones, `zones`): not inflated: each shard's replica in another zone is promoted, so all 96 shards still serve")
  })

  it('a managed service is spread by its provider', async () => {
    const s3 = (await plan('zones: 3', 'datastore', 'Amazon S3')).items.find((i) => i.technology === 'Amazon S3')!
    expect(s3.shards).toBe(26)
    expect(s3.basis.at(-1)).toBe('zone loss (3 zones, `zones`): not inflated: a managed service, spread over the zones by its provider')
  })

  it('zones below 2 is a located error', async () => {
    const r = await sizeup(['estimate', '-'], SPEC('zones: 1'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/:3:\d+: .*zones/)
  })
})

describe('zone loss: an unreplicated cache bound by reads', () => {
  it('Memcached: 1,000,000 peak reads ÷ (370,000/s × 70%) = 3.86 → 4 shards; 3 × ⌈4 ÷ 2⌉ = 6 shards', async () => {
    const spec = `name: Hot
zones: 3
workloads:
  lookups:
    reads: {perSecond: 500000}
    writes: {perSecond: 1}
    recordSize: 100 B
    cache: {keys: 1000, objectSize: 100 B}
`
    const m = (await loadSpec(spec, 'hot.yaml')).model
    const p = planScaling(m, estimate(m), [chose('cache', 'lookups', 'x', 'Memcached')], CAPACITIES)
    const cache = p.items.find((i) => i.technology === 'Memcached')!
    expect(cache.shards).toBe(6)
    expect(cache.nodes).toBe(6)
    expect(cache.shardKey).toBe('hash slot of the cache key')
    expect(cache.basis.at(-1)).toBe('zone loss (3 zones, `zones`): the 2 left carry the peak: 3 × ⌈4 ÷ 2⌉ = 3 × 2 = 6 shards (`zoneLoss.cache.lookups.cache.nodes`), up from 4')
  })
})

describe('zone loss as plan metrics (zoneLoss.<component>.<role>.…)', () => {
  it('derives the per-zone and surviving counts from the count at peak and `zones`', async () => {
    const m = (await loadSpec(SPEC('zones: 3'), 'zones.yaml')).model
    const {metrics} = planWithMetrics(m, estimate(m), [chose('datastore', 'orders', 'x', 'PostgreSQL')], CAPACITIES)
    const by = new Map(metrics.map((n) => [n.id, n]))
    // n = 65 app servers at peak (above); ⌈65 ÷ (3 − 1)⌉ = 33 per zone; 3 × 33 = 99
    expect(by.get('input.zones')).toMatchObject({value: 3, source: 'zones'})
    expect(by.get('zoneLoss.app.app.peakCount')?.value).toBe(65)
    expect(by.get('zoneLoss.app.app.perZone')).toMatchObject({value: 33, formula: '⌈count ÷ (zones − 1)⌉', inputs: {count: 'zoneLoss.app.app.peakCount', zones: 'input.zones'}})
    expect(by.get('zoneLoss.app.app.nodes')).toMatchObject({value: 99, formula: 'zones × perZone'})
  })

  it('without `zones`, none', async () => {
    const m = (await loadSpec(SPEC(''), 'zones.yaml')).model
    const {metrics} = planWithMetrics(m, estimate(m), [chose('datastore', 'orders', 'x', 'PostgreSQL')], CAPACITIES)
    expect(metrics.filter((n) => n.id.startsWith('zoneLoss.'))).toEqual([])
  })
})

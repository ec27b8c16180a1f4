import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import type {Estimate} from '../../src/engine/estimate.js'
import {CAPACITIES} from '../../src/plan/index.js'
import {bucketUnit} from '../../src/plan/models/cassandra.js'
import {withTechnologyModels} from '../../src/plan/models/index.js'
import {loadSpec} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {chose} from '../helpers/decisions.js'

/*
 * 100 writes/s and 10,000 reads/s on average, peak factor 2: 200 writes/s,
 * 20,000 reads/s, 20,200 requests/s at peak. Records and reads of 1 KB =
 * 1,000 B; kept 30 days = 2,592,000 s. Target utilisation 70 % (default).
 */
const SPEC = (dau: string, keys: string): string => `name: Models
users: {dau: ${dau}}
traffic: {peakFactor: 2}
workloads:
  posts:
    writes: {perSecond: 100}
    reads: {perSecond: 10000}
    recordSize: 1 KB
    retention: 30 days
    latency: 20 ms
    access: timeline
    cache: {keys: ${keys}}
`

async function modelled(technology: 'Redis' | 'PostgreSQL' | 'Cassandra' | 'Amazon S3', dau = '1M', keys = '100M'): Promise<Estimate> {
  const m = (await loadSpec(SPEC(dau, keys), 'models.yaml')).model
  const decision =
    technology === 'Redis'
      ? chose('cache', 'posts', 'redis', 'Redis')
      : technology === 'Amazon S3'
        ? chose('datastore', 'posts', 'object', 'Amazon S3')
        : chose('datastore', 'posts', technology.toLowerCase(), technology)
  return withTechnologyModels(m, estimate(m), [decision], CAPACITIES)
}

const value = (e: Estimate, id: string): number | undefined => e.metrics.get(id)?.value

describe('Redis model', () => {
  it('keys, memory with the per-key overhead, shards by memory and by operations', async () => {
    const e = await modelled('Redis')
    // hot set = min(100 M keys × 1,000 B, data held 100/s × 2,592,000 s × 1,000 B = 2.592e11) = 1e11 B
    expect(value(e, 'tech.redis.posts.keys')).toBe(100_000_000) // 1e11 ÷ 1,000 B
    // 16 B key (assumption) + 1,000 B value + 56 B overhead (MEMORY USAGE of an empty key, redis.io)
    expect(value(e, 'tech.redis.posts.bytesPerKey')).toBe(1072)
    // 1e8 × 1,072 ÷ 0.7 = 153,142,857,142.86 B
    expect(value(e, 'tech.redis.posts.memory')).toBeCloseTo(153_142_857_142.857, 1)
    // ÷ 12 GiB = 12,884,901,888 B per shard (16 GiB less ElastiCache's 25 % reserve) = 11.885 → 12
    expect(value(e, 'tech.redis.posts.shards.byMemory')).toBe(12)
    // peak reads 20,000 ÷ (74,239 × 0.7 = 51,967.3) = 0.385 → 1
    expect(value(e, 'tech.redis.posts.shards.byOps')).toBe(1)
    expect(value(e, 'tech.redis.posts.shards')).toBe(12)
    expect(e.metrics.get('tech.redis.perKeyOverhead')).toMatchObject({kind: 'input', value: 56, source: 'https://redis.io/commands/memory-usage'})
    expect(e.metrics.get('tech.redis.posts.memory')?.conventions).toContain('targetUtilization')
  })
})

describe('Redis model in the plan', () => {
  it("the social feed's cache: the plan's shards are the model's, push deliveries counted in both", async () => {
    const r = await sizeup(['report', 'examples/social-feed.yaml', '--json'])
    const report = JSON.parse(r.stdout)
    const cache = report.plan.items.find((i: {component: string}) => i.component === 'cache.posts')
    // 300 M keys × (16 + 800 + 56 = 872 B) ÷ 0.7 = 373,714,285,714 B ÷ 12,884,901,888 B = 29.004 → 30 shards
    expect(report.metrics['tech.redis.posts.shards.byMemory'].value).toBe(30)
    // (34,722 reads/s + 1,388,889 push deliveries/s) ÷ 51,967.3 = 27.4 → 28
    expect(report.metrics['tech.redis.posts.shards.byOps'].value).toBe(28)
    expect(cache.shards).toBe(30)
    expect(cache.basis[0]).toContain('tech.redis.posts.memory')
  })
})

describe('PostgreSQL model', () => {
  it('connections by Little\'s law against max_connections, and read replicas', async () => {
    const e = await modelled('PostgreSQL')
    // 20,200 requests/s × 0.0005 s a query = 10.1 → 11 connections busy (within the default max_connections of 100)
    expect(value(e, 'tech.postgresql.posts.connections')).toBe(11)
    expect(value(e, 'tech.postgresql.queryTime')).toBe(0.0005)
    expect(value(e, 'tech.postgresql.maxConnections')).toBe(100)
    // 20,000 ÷ (177,778 × 0.7 = 124,444.6) = 0.161 → 1
    expect(value(e, 'tech.postgresql.posts.readReplicas')).toBe(1)
  })
})

describe('S3 model', () => {
  it('prefixes = max(⌈writes ÷ 3,500 × 70 %⌉, ⌈reads ÷ 5,500 × 70 %⌉) (AWS S3 per-prefix rates)', async () => {
    const e = await modelled('Amazon S3')
    expect(value(e, 'tech.s3.posts.prefixes.byWrites')).toBe(1) // 200 ÷ 2,450 = 0.082 → 1
    expect(value(e, 'tech.s3.posts.prefixes.byReads')).toBe(6) // 20,000 ÷ 3,850 = 5.19 → 6
    expect(value(e, 'tech.s3.posts.prefixes')).toBe(6)
    expect(value(e, 'tech.s3.writesPerPrefix')).toBe(3500)
    expect(value(e, 'tech.s3.readsPerPrefix')).toBe(5500)
  })
})

describe('Cassandra model', () => {
  it('one partition per daily user: small partitions, a year fits', async () => {
    const e = await modelled('Cassandra')
    expect(value(e, 'tech.cassandra.posts.rowBytes')).toBe(1038) // 1,000 + 23 (row) + 15 (column), DataStax
    expect(value(e, 'tech.cassandra.posts.partitions')).toBe(1_000_000)
    expect(value(e, 'tech.cassandra.posts.rowsPerPartitionPerSecond')).toBeCloseTo(1e-4, 12) // 100 ÷ 1 M
    // 1e-4 × 1,038 = 0.1038 B/s × 2,592,000 s = 269,049.6 B
    expect(value(e, 'tech.cassandra.posts.partitionBytes')).toBeCloseTo(269_049.6, 3)
    expect(value(e, 'tech.cassandra.posts.partitionCells')).toBeCloseTo(259.2, 6)
    // 1e8 ÷ 0.1038 = 963,391,137 s ≥ a year (31,536,000 s)
    expect(value(e, 'tech.cassandra.posts.bucketSeconds')).toBe(31_536_000)
  })

  it('ten partitions: 10 rows/s × 1,038 B = 10,380 B/s; 1e8 ÷ 10,380 = 9,634 s → an hour bucket', async () => {
    const e = await modelled('Cassandra', '10')
    // 10,380 × 2,592,000 = 26,904,960,000 B unbucketed, far over 100 MB
    expect(value(e, 'tech.cassandra.posts.partitionBytes')).toBeCloseTo(26_904_960_000, 0)
    expect(value(e, 'tech.cassandra.posts.bucketSeconds')).toBe(3600)
  })

  it('rounds down to a calendar unit', () => {
    expect(bucketUnit(86_400 * 8).name).toBe('week')
    expect(bucketUnit(86_399).name).toBe('hour')
    expect(bucketUnit(0.5).name).toBe('second')
  })
})

describe('technology models in the outputs', () => {
  it('no modelled technology chosen: the estimate is returned as is', async () => {
    const m = (await loadSpec(SPEC('1M', '1M'), 'models.yaml')).model
    const e = estimate(m)
    expect(withTechnologyModels(m, e, [chose('cache', 'posts', 'memcached', 'Memcached')], CAPACITIES)).toBe(e)
  })

  it('report --json carries them with formula and inputs; explain derives them', async () => {
    const r = await sizeup(['report', 'examples/ecommerce-checkout.yaml', '--json'])
    const metrics = JSON.parse(r.stdout).metrics
    expect(metrics['tech.postgresql.orders.connections']).toMatchObject({formula: '⌈peakRequests × queryTime⌉', inputs: {peakRequests: 'workload.orders.qps.total.peak', queryTime: 'tech.postgresql.queryTime'}})
    const x = await sizeup(['explain', 'examples/ecommerce-checkout.yaml', 'tech.postgresql.orders.connections'])
    expect(x.status).toBe(0)
    expect(x.stdout).toContain('⌈peakRequests × queryTime⌉')
  })
})

import {beforeAll, describe, expect, it} from 'vitest'
import type {Estimate} from '../../src/engine/estimate.js'
import {estimate} from '../../src/engine/estimate.js'
import type {SystemModel} from '../../src/spec/model.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import type {NodePlan} from '../../src/plan/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {chose} from '../helpers/decisions.js'

/*
 * One workload at fixed rates, so every count can be redone by hand:
 *   writes 5,000/s average → peak 10,000/s (peak factor 2); reads 50,000/s → 100,000/s
 *   1 KB records (1,000 B), kept 30 days: 5,000 × 86,400 × 1,000 B = 432 GB a day,
 *   × 30 = 12.96 TB. Target utilisation 70 % (the default).
 * Figures are the shipped ones (data/capacities.yaml).
 */
const SPEC = `name: Plan
users: {mau: 10M, dau: 1M}
workloads:
  orders:
    writes: {perSecond: 5000}
    reads: {perSecond: 50000}
    recordSize: 1 KB
    retention: 30 days
    access: point
`

let model: SystemModel
let e: Estimate
beforeAll(async () => {
  model = (await loadSpec(SPEC, 'plan.yaml')).model
  e = estimate(model)
})

const plan = (technology: string, matrix = 'datastore', subject: string | null = 'orders', util?: number) => planScaling(model, e, [chose(matrix, subject, 'x', technology)], CAPACITIES, util)
const only = (items: readonly NodePlan[], role: string): NodePlan => {
  const found = items.filter((i) => i.role === role && i.component !== 'app')
  expect(found, role).toHaveLength(1)
  return found[0]!
}

interface Row {
  readonly technology: string
  readonly matrix?: string
  readonly subject?: string | null
  readonly role: string
  readonly nodes: number
  readonly shards: number
  readonly shardKey: string | null
  /** Basis lines, quoted exactly (the arithmetic is in each row's comment). */
  readonly lines: readonly string[]
}

const rows: Row[] = [
  {
    // writes 10,000 ÷ (7,525 × 0.7 = 5,267.5) = 1.90 → 2; data 12.96 TB ÷ 10 TB = 1.296 → 2 shards
    technology: 'PostgreSQL',
    role: 'primary',
    nodes: 2,
    shards: 2,
    shardKey: 'order_id',
    lines: ['peak writes 10,000/s ÷ (7,525/s per primary × 70%) = 1.9 → 2 primaries', 'data 13 TB ÷ 10 TB per primary = 1.3 → 2 primaries'],
  },
  {
    // reads 100,000 ÷ (177,778 × 0.7 = 124,444.6) = 0.804 → 1 in all; max(1 standby, ⌈1 ÷ 2⌉) = 1 per shard × 2 shards
    technology: 'PostgreSQL',
    role: 'replica',
    nodes: 2,
    shards: 2,
    shardKey: 'order_id',
    lines: ['peak reads 100,000/s ÷ (177,778/s per replica × 70%) = 0.804 → 1 replica in all', '1 replica per shard (at least 1, the failover standby) × 2 shards = 2 replicas, each a full copy of its shard'],
  },
  {
    // writes 10,000 × RF 3 = 30,000 ÷ (11,500 × 0.7 = 8,050) = 3.73 → 4
    // reads 100,000 ÷ (3,800 × 0.7 = 2,660) = 37.6 → 38
    // data 12.96 TB × 3 = 38.88 TB ÷ 2 TB = 19.4 → 20; nodes = max(3, 4, 38, 20) = 38
    technology: 'Cassandra',
    role: 'node',
    nodes: 38,
    shards: 38,
    shardKey: 'order_id',
    lines: [
      'peak writes 10,000/s × RF 3 ÷ (11,500/s replica writes per node × 70%) = 3.73 → 4 nodes',
      'peak reads 100,000/s ÷ (3,800/s per node × 70%) = 37.6 → 38 nodes',
      'data 13 TB × RF 3 ÷ 2 TB per node = 19.4 → 20 nodes',
    ],
  },
  {
    // 1,000 B records: ⌈1,000 ÷ 1,024⌉ = 1 write unit; reads eventually consistent: 1 × ½ read unit
    // RCU 100,000 × 0.5 = 50,000 ÷ (3,000 × 0.7 = 2,100) = 23.81; WCU 10,000 ÷ (1,000 × 0.7 = 700) = 14.29; sum 38.1 → 39
    // data 12.96e12 B ÷ 10,737,418,240 B = 1,206.99 → 1,207 partitions (data decides)
    technology: 'DynamoDB',
    role: 'partition',
    nodes: 0,
    shards: 1207,
    shardKey: 'order_id',
    lines: ['read units 50,000/s ÷ (3,000/s per partition × 70%) + write units 10,000/s ÷ (1,000/s × 70%) = 38.1 → 39 partitions', 'data 13 TB ÷ 10.7 GB per partition = 1,207 → 1,207 partitions'],
  },
  {
    // 12.96 TB ÷ 50 GB = 259.2 → 260 primary shards; × (1 + 1 replica) = 520 ÷ 160 per node = 3.25 → 4 nodes
    technology: 'Elasticsearch',
    matrix: 'search',
    role: 'node',
    nodes: 4,
    shards: 260,
    shardKey: 'order_id',
    lines: ['data 13 TB ÷ 50 GB per shard = 259 → 260 primary shards', 'shards 260 × (1 + 1 replica) ÷ 160 shards per node = 3.25 → 4 nodes'],
  },
  {
    // hot set 20 % × 4.32 B reads/day × 1,000 B = 864 GB; ÷ 0.7 = 1,234.3 GB to provision
    // ÷ 12 GiB (12,884,901,888 B) = 95.8 → 96 shards; reads 100,000 ÷ (74,239 × 0.7 = 51,967) = 1.92 → 2
    // 96 shards × (1 primary + 1 replica) = 192 nodes
    technology: 'Redis',
    matrix: 'cache',
    role: 'cache',
    nodes: 192,
    shards: 96,
    shardKey: 'hash slot of the cache key',
    lines: ['cache memory to provision 1.23 TB (the hot set ÷ 70%) ÷ 12.9 GB usable per node = 95.8 → 96 shards', 'peak reads 100,000/s ÷ (74,239/s per node × 70%) = 1.92 → 2 shards'],
  },
  {
    // memory as for Redis: 96 shards; Memcached has no replicas: 96 nodes
    technology: 'Memcached',
    matrix: 'cache',
    role: 'cache',
    nodes: 96,
    shards: 96,
    shardKey: 'hash slot of the cache key',
    lines: ['→ 96 shards × (1 primary + 0 replicas) = 96 nodes'],
  },
  {
    // a system decision: peak text ingress 10,000 × 1,000 B = 10 MB/s
    // partitions by producer bytes 10 MB/s ÷ (10 MB/s × 0.7) = 1.43 → 2; by consumer bytes 10 MB/s ÷ (25 MB/s × 0.7) = 0.571 → 1;
    // parallelism (not stated) from messages 10,000/s ÷ (2,000/s × 0.7) = 7.14 → 8; partitions = max(2, 1, 8) = 8;
    // brokers 10 MB/s ÷ (201.7 MB/s × 0.7) = 0.0708 → 1; partition replicas 8 × 3 = 24 ÷ 4,000 → 1; brokers = max(RF 3, 1, 1) = 3
    technology: 'Apache Kafka',
    matrix: 'queue',
    subject: null,
    role: 'broker',
    nodes: 3,
    shards: 8,
    shardKey: 'message key (the entity id, so each key keeps its order)',
    lines: [
      'peak write bytes 10 MB/s ÷ (10 MB/s per partition from a producer × 70%) = 1.43 → 2 partitions (`kafka.partitions.byProducer`)',
      'consumer parallelism: peak messages (one per write) 10,000/s ÷ (2,000/s per consumer × 70%) = 7.14 → 8 consumers of one group read at once → 8 partitions (not stated: `consumers.parallelism`)',
      'peak write bytes 10 MB/s ÷ (202 MB/s per broker × 70%) = 0.0708 → 1 broker (`kafka.brokers.byBytes`)',
      '→ 8 partitions on 3 brokers (at least RF 3; `kafka.brokers`)',
    ],
  },
  {
    // the alias resolves to the same catalog entry
    technology: 'Kafka',
    matrix: 'queue',
    subject: null,
    role: 'broker',
    nodes: 3,
    shards: 8,
    shardKey: 'message key (the entity id, so each key keeps its order)',
    lines: [],
  },
  {
    // peak messages 10,000 ÷ (83,181 × 0.7 = 58,226.7) = 0.172 → 1; at least 3
    technology: 'RabbitMQ',
    matrix: 'queue',
    subject: null,
    role: 'broker',
    nodes: 3,
    shards: 1,
    shardKey: null,
    lines: ['peak messages (one per write) 10,000/s ÷ (83,181/s per node × 70%) = 0.172 → 1 node', '→ 3 nodes (at least 3, a quorum that survives one failure)'],
  },
  {
    // the reference has no MongoDB figure: said, not guessed
    technology: 'MongoDB',
    role: 'node',
    nodes: 0,
    shards: 1,
    shardKey: null,
    lines: [],
  },
]

describe('planScaling: one technology at a time (hand arithmetic in comments)', () => {
  it.each(rows)('$technology $role', (row) => {
    const p = plan(row.technology, row.matrix, row.subject === undefined ? 'orders' : row.subject)
    const item = only(p.items, row.role)
    expect(item.nodes).toBe(row.nodes)
    expect(item.shards).toBe(row.shards)
    expect(item.shardKey).toBe(row.shardKey)
    for (const line of row.lines) expect(item.basis).toContain(line)
  })

  it('cites the figures it used, each with its reference key and source', () => {
    const item = only(plan('Cassandra').items, 'node')
    expect(item.capacities.map((c) => c.key)).toEqual([
      'sizing.cassandra.replication_factor',
      'throughput.cassandra.netflix2011_replica_writes_per_node',
      'throughput.cassandra.netflix2011_client_writes_per_node',
      'sizing.cassandra.max_data_per_node',
    ])
    expect(item.capacities.every((c) => c.source.length > 0)).toBe(true)
    expect(item.nodeClass).toBe('m6i.xlarge')
    // the disks hold 12.96 TB, three times
    expect(item.storage).toEqual({medium: 'block', logicalBytes: 12.96e12, copies: 3, from: 'workload.orders.storage.text.total'})
  })

  it('says "no reference capacity" for a technology the catalog lacks or has no figures for', () => {
    const unknown = only(plan('FoundationDB').items, 'node')
    expect(unknown).toMatchObject({nodes: 0, sized: false, technology: 'FoundationDB'})
    expect(unknown.basis[0]).toMatch(/^no reference capacity for FoundationDB in data\/capacities.yaml/)
    const gap = only(plan('MongoDB').items, 'node')
    expect(gap.sized).toBe(false)
    expect(gap.basis[0]).toMatch(/^no reference capacity for MongoDB: the reference has no usable per-node figure/)
  })

  it('adds the app tier from the system peak, and counts the nodes', () => {
    // peak total 110,000 ÷ (2,424 × 0.7 = 1,696.8) = 64.8 → 65 servers
    const p = plan('PostgreSQL')
    const app = p.items.find((i) => i.component === 'app')!
    expect(app).toMatchObject({technology: 'App server', role: 'app', nodes: 65, nodeClass: 'm6i.2xlarge'})
    expect(app.basis[0]).toBe('peak requests 110,000/s ÷ (2,424/s per server × 70%) = 64.8 → 65 servers')
    // 2 primaries + 2 replicas + 65 servers
    expect(p.totalNodes).toBe(69)
    expect(p.targetUtilization).toBe(0.7)
  })

  it('divides by the target utilisation it is given', () => {
    // 110,000 ÷ (2,424 × 0.5 = 1,212) = 90.8 → 91 servers
    const app = plan('PostgreSQL', 'datastore', 'orders', 0.5).items.find((i) => i.component === 'app')!
    expect(app.nodes).toBe(91)
  })

  it('skips decisions that choose a pattern, not a technology', () => {
    const p = planScaling(model, e, [chose('fanout', 'orders', 'hybrid', null)], CAPACITIES)
    expect(p.items.map((i) => i.component)).toEqual(['app'])
  })
})

/*
 * Media: 100 writes/s (peak 200), each with a 1 MB object; 1,000 reads/s (peak 2,000), 10 % fetch media.
 * text 100 × 86,400 × 500 B = 4.32 GB/day × 30 = 129.6 GB; media 8.64 TB/day × 30 = 259.2 TB.
 */
const MEDIA = `name: Media
users: {mau: 1M, dau: 100K}
workloads:
  photos:
    writes: {perSecond: 100}
    reads: {perSecond: 1000}
    recordSize: 500 B
    media: {writeShare: 100%, size: 1 MB, readShare: 10%}
    retention: 30 days
`

describe('planScaling: where media objects live', () => {
  let m: SystemModel
  let me: Estimate
  beforeAll(async () => {
    m = (await loadSpec(MEDIA, 'media.yaml')).model
    me = estimate(m)
  })

  it('puts them in object storage per the media-path decision, the text in the database', () => {
    const p = planScaling(m, me, [chose('datastore', 'photos', 'relational', 'PostgreSQL'), chose('media-path', 'photos', 'object-storage-cdn', 'Amazon S3 + CloudFront')], CAPACITIES)
    const primary = only(p.items, 'primary')
    expect(primary.storage?.logicalBytes).toBeCloseTo(129.6e9, -3)
    expect(primary.basis).toContain('text data kept over retention: 130 GB (media objects go to object storage)')
    const media = only(p.items, 'media')
    expect(media).toMatchObject({component: 'media-path.photos', technology: 'Amazon S3 + CloudFront', nodes: 0, shards: 1})
    expect(media.storage).toMatchObject({medium: 'object', copies: 1})
    expect(media.storage!.logicalBytes).toBeCloseTo(259.2e12, -6)
    // media writes 200 ÷ (3,500 × 0.7 = 2,450) = 0.0816 → 1 prefix
    expect(media.basis[0]).toBe('peak media writes 200/s ÷ (3,500/s per prefix × 70%) = 0.0816 → 1 prefix')
  })

  it('without a media-path decision, still gives the media a home next to the store', () => {
    const p = planScaling(m, me, [chose('datastore', 'photos', 'wide-column', 'Cassandra')], CAPACITIES)
    expect(only(p.items, 'media')).toMatchObject({component: 'datastore.photos', technology: 'Amazon S3'})
  })

  it('keeps them in the database when the media path says so', () => {
    // 129.6 GB + 259.2 TB = 259.33 TB ÷ 10 TB per primary = 25.9 → 26 shards
    const p = planScaling(m, me, [chose('datastore', 'photos', 'relational', 'PostgreSQL'), chose('media-path', 'photos', 'in-database', null)], CAPACITIES)
    expect(p.items.some((i) => i.role === 'media')).toBe(false)
    expect(only(p.items, 'primary').nodes).toBe(26)
  })
})

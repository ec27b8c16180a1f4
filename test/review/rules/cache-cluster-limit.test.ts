import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'cache-cluster-limit'

const spec = (readsPerSecond: string, access: string): string => `name: T
users: {mau: 100M, dau: 50M}
workloads:
  messages:
    writes: {perSecond: 100K}
    reads: {perSecond: ${readsPerSecond}}
    recordSize: 1 KB
    retention: 30 days
    access: ${access}
`

const cases: Case[] = [
  {
    // 100 K/s × 86,400 × 1 KB × 20 % = 1.73 TB hot ÷ 70 % ÷ 12.9 GB → 192 shards, 384 nodes.
    name: 'a Redis cache of a few hundred nodes',
    spec: spec('100K', 'range'),
    findings: [],
  },
  {
    // Point lookups get Memcached, which has no cluster to outgrow.
    name: 'a large Memcached tier is sharded by its clients',
    spec: spec('300K', 'point'),
    findings: [],
  },
  {
    // 300 K/s × 86,400 × 1 KB × 20 % = 5.18 TB hot = 5.184 B keys of 1,000 B; in Redis each takes
    // 16 + 1,000 + 56 = 1,072 B (tech.redis.messages.memory): 5.557 TB ÷ 70 % = 7.94 TB ÷ 12.88 GB
    // = 616.1 → 617 shards, each with a replica: 1,234 nodes.
    name: 'a Redis cache of 1,234 nodes',
    spec: spec('300K', 'range'),
    findings: [
      {
        severity: 'warn',
        line: 6,
        column: 12,
        path: 'workloads.messages.reads',
        message: 'the `messages` cache needs 1,234 Redis nodes (617 shards with replicas, for a 5.18 TB hot set), past the 1,000 nodes one Redis Cluster is designed for',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import {loadSpec} from '../../src/spec/load.js'
import {chose} from '../helpers/decisions.js'
import {NEARBY_FRIENDS} from '../fixtures/nearby-friends.js'

/*
 * A ranking kept in a Redis sorted set holds every member in memory, so Redis
 * is sized from the data kept, not from a hot set of reads; a stream
 * processor without a reference figure is declared unsized with its reason.
 */
const LEADERBOARD = `name: Leaderboard
users: {mau: 250M, dau: 50M}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    reads: {perSecond: 50}
    recordSize: 26 B
    overhead: 4
    updates: in-place
    records: users.mau
    access: ranking
`

describe('a ranking in a Redis sorted set', () => {
  it('is sized from the members it holds: 250 M × 26 B × 4 (skip list and dictionary) = 26 GB', async () => {
    const model = (await loadSpec(LEADERBOARD, 'lb.yaml')).model
    const e = estimate(model)
    const plan = planScaling(model, e, [chose('ranking', 'scores', 'sorted-set', 'Redis')], CAPACITIES)
    const item = plan.items.find((i) => i.component === 'ranking.scores')!
    // 26 GB ÷ 70 % = 37.1 GB to provision ÷ 12.9 GB (12 GiB) usable per node = 2.88 → 3 shards, each with a replica
    expect(item.basis[0]).toBe('memory to provision 37.1 GB (data kept 26 GB, all held in memory, ÷ 70%) ÷ 12.9 GB usable per node = 2.88 → 3 shards')
    // 50 M × 10 ÷ 86,400 s = 5,787 writes/s + 50 reads/s, × 2 at peak = 11,674/s ÷ (74,239/s × 70 %) = 0.225 → 1 shard
    expect(item.basis[1]).toBe('peak reads and writes 11,674/s ÷ (74,239/s per node × 70%) = 0.225 → 1 shard')
    expect({shards: item.shards, nodes: item.nodes}).toEqual({shards: 3, nodes: 6})
    // The cache decision of the same workload still sizes from its hot set.
    const cache = planScaling(model, e, [chose('cache', 'scores', 'redis', 'Redis')], CAPACITIES).items.find((i) => i.component === 'cache.scores')!
    expect(cache.basis[0]).toMatch(/^cache memory to provision .* \(the hot set ÷ 70%\)/)
  })

  it('a windowed top-K in Apache Flink: no reference figure, so the plan says why it is not sized', async () => {
    const model = (await loadSpec(LEADERBOARD.replace('    updates: in-place\n    records: users.mau\n', ''), 'lb.yaml')).model
    const plan = planScaling(model, estimate(model), [chose('ranking', 'scores', 'stream-top-k', 'Apache Flink')], CAPACITIES)
    const item = plan.items.find((i) => i.component === 'ranking.scores')!
    expect(item.sized).toBe(false)
    expect(item.basis[0]).toContain('no reference capacity for Apache Flink: the reference numbers have no per-worker figure for stream processors')
  })
})

describe('Redis Pub/Sub as the routing layer for pushes', () => {
  it('Xu\'s nearby friends: 13.3 M pushes/s ÷ (100,000/s per server × 70 %) → 191 servers', async () => {
    const model = (await loadSpec(NEARBY_FRIENDS, 'nf.yaml')).model
    const plan = planScaling(model, estimate(model), [chose('pubsub', null, 'redis-pubsub', 'Redis Pub/Sub')], CAPACITIES)
    const item = plan.items.find((i) => i.component === 'pubsub')!
    // 333,333 updates/s × 40 recipients = 13.3 M deliveries/s; Xu: "14 million / 100,000 = 140 Redis servers" before headroom
    expect(item.basis[0]).toBe('peak pushes delivered 13.3 M/s (push.deliveries.peak) ÷ (100,000/s per server × 70%) = 190 → 191 servers')
    expect(item.nodes).toBe(191)
    expect(item.nodeClass).toBe('m6i.xlarge')
  })
})

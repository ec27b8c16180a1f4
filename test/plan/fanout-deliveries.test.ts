import {describe, expect, it} from 'vitest'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {estimateYaml, value} from '../helpers/spec.js'

// Push fan-out: a write delivered to every follower is writes × followers
// timeline writes, which must reach the sizing of what holds the timelines.

const smallFeed = `name: Small feed
workloads:
  posts:
    writes: {perDay: 8.64M}
    reads: {perDay: 17.28M}
    recordSize: 1 KB
    access: timeline
    fanout: {averageFollowers: 100, maxFollowers: 1000}
`

describe('fan-out deliveries', () => {
  it('are writes × average followers, per day, on average and at peak', async () => {
    // "300 tweets a second to 200 followers: 60 thousand deliveries a second"
    const e = await estimateYaml('name: Feed\nworkloads:\n  tweets:\n    writes: {perSecond: 300}\n    recordSize: 300 B\n    fanout: {averageFollowers: 200}\n')
    // 300/s × 86,400 s = 25.92 M writes a day × 200 = 5.184 B deliveries a day
    expect(value(e, 'workload.tweets.fanout.deliveries.perDay')).toBe(5_184_000_000)
    // 5.184 B ÷ 86,400 s = 60,000/s; × peak factor 2 = 120,000/s
    expect(value(e, 'fanout.deliveries.avg')).toBe(60_000)
    expect(value(e, 'fanout.deliveries.peak')).toBe(120_000)
    expect(e.metrics.get('workload.tweets.fanout.deliveries.perDay')!.formula).toBe('writesPerDay × averageFollowers')
  })

  it('size the timeline cache where push is chosen (the social feed: 28 Redis shards for the operations, 30 for the memory)', async () => {
    const report = await reportOfFile('examples/social-feed.yaml')
    expect(report.decisions.find((d) => d.id === 'fanout.posts')?.choice.id).toBe('hybrid')
    // 300 M posts a day × 200 followers = 60 B deliveries ÷ 86,400 s × 2 = 1,388,888.9/s at peak
    expect(value(report, 'workload.posts.fanout.deliveries.peak')).toBeCloseTo(1_388_888.89, 1)
    const cache = report.plan.items.find((i) => i.component === 'cache.posts')!
    // (34,722 reads + 1,388,889 deliveries)/s ÷ (74,239/s × 70 %) = 27.4 → 28 shards; the memory with
    // Redis's per-key overhead (tech.redis.posts.memory: 300 M keys × 872 B ÷ 70 % = 373.7 GB ÷ 12.9 GB
    // = 29.004) needs 30, which decide
    expect(cache.shards).toBe(30)
    expect(cache.nodes).toBe(60)
    expect(cache.basis[1]).toBe('peak reads and timeline writes 34,722/s + 1.39 M/s push fan-out deliveries (workload.posts.fanout.deliveries.peak) ÷ (74,239/s per node × 70%) = 27.4 → 28 shards')
  })

  it('size the store\'s writes where push is chosen and no cache holds the timelines', async () => {
    const report = await reportOfYaml(smallFeed)
    expect(report.decisions.find((d) => d.id === 'fanout.posts')?.choice.id).toBe('push')
    expect(report.decisions.some((d) => d.matrix === 'cache' && d.subject === 'posts')).toBe(false)
    const store = report.plan.items.find((i) => i.component === 'datastore.posts')!
    // 100 writes/s × 2 = 200/s at peak, × 100 followers = 20,000 deliveries/s. 8.64 M posts a day × 1 KB over the
    // horizon is past one primary's 10 TB but within 32 of them, read by user: sharded PostgreSQL (datastore
    // fits-relational-shards), whose primaries take the deliveries too: (200 + 20,000) ÷ (7,525 × 70 %) = 3.83 → 4 primaries.
    expect(report.decisions.find((d) => d.id === 'datastore.posts')?.choice.id).toBe('relational')
    expect(store.basis[0]).toBe('peak writes 200/s + 20,000/s push fan-out deliveries (workload.posts.fanout.deliveries.peak) ÷ (7,525/s per primary × 70%) = 3.83 → 4 primaries')
  })
})

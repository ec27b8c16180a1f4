import {describe, expect, it} from 'vitest'
import {estimateYaml, value} from '../helpers/spec.js'
import {NEARBY_FRIENDS} from '../fixtures/nearby-friends.js'

describe('updates in place hold one record per key', () => {
  it('Xu\'s leaderboard: 25 M players × 26 B = 650 MB, whatever the 500 score updates a second', async () => {
    const e = await estimateYaml(`name: Leaderboard
users: {mau: 25M, dau: 5M}
conventions: {secondsPerDay: 100000}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    recordSize: 26 B
    updates: in-place
    records: users.mau
    access: ranking
`)
    // 5 M DAU × 10 matches ÷ 100,000 s = 500 score updates a second ("50 * 10 = ~500")
    expect(value(e, 'workload.scores.qps.write.avg')).toBeCloseTo(500, 9)
    // the writes add nothing: each replaces its player's entry
    expect(value(e, 'workload.scores.storage.text.perDay')).toBe(0)
    expect(e.metrics.get('workload.scores.storage.text.perDay')!.formula).toBe("0: updates in place rewrite their key's record")
    // one entry per player: 25 M × 26 B = 650 MB ("26 bytes * 25 million = ... ~650 MB")
    expect(value(e, 'workload.scores.records.held')).toBe(25e6)
    expect(e.metrics.get('workload.scores.records.held')!.formula).toBe('records')
    expect(value(e, 'workload.scores.storage.total')).toBeCloseTo(650e6, 0)
    // and the same every year: nothing accumulates
    expect(value(e, 'workload.scores.storage.year.5')).toBeCloseTo(650e6, 0)
    // the updates still travel: 500/s × 26 B = 13 KB/s in
    expect(value(e, 'workload.scores.bandwidth.ingress.text.avg')).toBeCloseTo(13_000, 6)
  })

  it('appending the same writes keeps one record per write instead', async () => {
    const e = await estimateYaml(`name: Score history
users: {mau: 25M, dau: 5M}
conventions: {secondsPerDay: 100000}
workloads:
  points:
    writes: {perUserPerDay: 10}
    recordSize: 26 B
    updates: append
    retention: 30 days
`)
    // 50 M writes a day × 30 days = 1.5 B records; × 26 B = 39 GB
    expect(value(e, 'workload.points.records.held')).toBeCloseTo(1.5e9, 0)
    expect(value(e, 'workload.points.storage.total')).toBeCloseTo(39e9, 0)
  })
})

describe('pushes to connected clients', () => {
  it('Xu\'s nearby friends: 10 M connections, 334 K updates/s × 40 online friends ≈ 14 M pushes/s', async () => {
    const e = await estimateYaml(NEARBY_FRIENDS)
    // 10 M ÷ 30 s = 333,333 updates/s × 40 = 13.3 M/s ("334K * 400 * 10% = 14 million")
    expect(value(e, 'workload.locations.push.deliveries.avg')).toBeCloseTo(13.333e6, -3)
    expect(e.metrics.get('workload.locations.push.deliveries.avg')!.formula).toBe('writeQps × recipients')
    expect(value(e, 'push.deliveries.peak')).toBeCloseTo(13.333e6, -3)
    // 13.3 M/s ÷ 10 M connections × 60 s = 80 pushes a connection a minute
    expect(value(e, 'input.connections.concurrent')).toBe(10e6)
    expect(value(e, 'push.perConnection.perMinute')).toBeCloseTo(80, 6)
  })

  it('connections without a pushed workload: no pushes to count', async () => {
    const e = await estimateYaml(`name: Presence
users: {mau: 1M, dau: 100K}
connections: {concurrent: 50K}
workloads:
  items:
    reads: {perSecond: 10}
    recordSize: 1 KB
`)
    expect(value(e, 'input.connections.concurrent')).toBe(50e3)
    expect(e.metrics.get('push.perConnection.perMinute')).toBeUndefined()
    expect(e.metrics.get('push.deliveries.avg')).toBeUndefined()
  })

  it('connections without a figure: the pushes one daily user receives a minute (Xu\'s Google Drive)', async () => {
    const e = await estimateYaml(`name: File sync
users: {mau: 50M, dau: 10M}
connections: {bidirectional: false}
workloads:
  files:
    writes: {perUserPerDay: 2}
    recordSize: 1 KB
    push: true
`)
    // 2 × 10 M = 20 M pushes a day ÷ 86,400 s = 231.48/s; ÷ 10 M daily users × 60 s = 2 ÷ 1,440 min = 0.0013889 a minute
    expect(value(e, 'push.deliveries.avg')).toBeCloseTo(231.481, 3)
    expect(value(e, 'push.perUser.perMinute')).toBeCloseTo(2 / 1440, 9)
    expect(e.metrics.get('push.perUser.perMinute')!.formula).toBe('deliveries ÷ daily active users × 60 s')
    expect(e.metrics.get('push.perConnection.perMinute')).toBeUndefined()
    expect(e.metrics.get('input.connections.concurrent')).toBeUndefined()
  })
})

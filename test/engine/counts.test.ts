import {describe, expect, it} from 'vitest'
import {estimateYaml, value} from '../helpers/spec.js'

describe('counts beside bytes', () => {
  it('Pastebin (System Design Primer): 360 million shortlinks in 3 years', async () => {
    const e = await estimateYaml(`name: Pastebin
users: {mau: 10M, dau: 10M}
conventions: {month: 2.5M s}
workloads:
  pastes:
    writes: {perMonth: 10M}
    recordFields: {content: 1 KB, shortlink: 7 B, expiration: 4 B, createdAt: 5 B, path: 255 B}
    retention: 36 months
`)
    // 10 M a month ÷ (2.5 M s ÷ 86,400 s = 28.935 days) = 345,600 records a day
    expect(value(e, 'workload.pastes.records.perDay')).toBeCloseTo(345_600, 6)
    // 36 months = 90 M s ÷ 86,400 s = 1,041.67 days; × 345,600 = 360,000,000 ("360 million shortlinks in 3 years")
    expect(value(e, 'workload.pastes.records.held')).toBeCloseTo(360e6, 0)
    // per month: 345,600 × 28.935 days = 10 M; per year: 345,600 × 365 = 126,144,000
    expect(value(e, 'workload.pastes.records.perMonth')).toBeCloseTo(10e6, 0)
    expect(value(e, 'workload.pastes.records.perYear')).toBeCloseTo(126_144_000, 0)
    // 1,271 B × 360 M = 457.56 GB ("~450 GB of new paste content in 3 years")
    expect(value(e, 'workload.pastes.storage.total')).toBeCloseTo(457.56e9, -3)
    expect(e.metrics.get('workload.pastes.records.held')!.formula).toBe('perDay × retentionDays')
  })

  it('Twitter (System Design Primer): 730 billion tweets in 5 years, kept forever over the horizon', async () => {
    const e = await estimateYaml(`name: Tweets
users: {mau: 100M, dau: 100M}
workloads:
  tweets:
    writes: {perDay: 400M}
    recordSize: 10 KB
`)
    // forever: the 5-year horizon, 1,825 days × 400 M = 730 B
    expect(value(e, 'workload.tweets.records.held')).toBeCloseTo(730e9, -3)
    expect(value(e, 'records.held')).toBeCloseTo(730e9, -3)
  })

  it('a workload with no record size is counted, with records already held', async () => {
    const e = await estimateYaml(`name: Graph
users: {mau: 100M, dau: 50M}
workloads:
  edges:
    records: 5B
    writes: {perDay: 1M}
    retention: 10 days
`)
    // 1 M a day × 10 days + 5 B already held = 5,010,000,000
    expect(value(e, 'workload.edges.records.held')).toBeCloseTo(5.01e9, -1)
    expect(e.metrics.get('workload.edges.records.held')!.inputs).toEqual({perDay: 'workload.edges.records.perDay', retentionDays: 'workload.edges.storage.retentionDays', existing: 'input.workloads.edges.records'})
    expect(value(e, 'workload.edges.storage.total')).toBe(0)
  })

  it('media objects per day and held: "100 million media files a day"', async () => {
    const e = await estimateYaml(`name: Photos
users: {mau: 500M, dau: 200M}
workloads:
  posts:
    writes: {perUserPerDay: 1}
    recordSize: 1 KB
    media: {writeShare: 50%, size: 2 MB}
    retention: 30 days
  reads:
    reads: {perUserPerDay: 20}
    readSize: 10 KB
`)
    // 200 M writes a day × 50 % = 100 M media objects a day; × 30 days = 3 B held
    expect(value(e, 'workload.posts.media.objects.perDay')).toBeCloseTo(100e6, 4)
    expect(value(e, 'workload.posts.media.objects.held')).toBeCloseTo(3e9, 0)
    expect(value(e, 'media.objects.perDay')).toBeCloseTo(100e6, 4)
    // a workload that only reads has nothing to count
    expect(e.metrics.get('workload.reads.records.perDay')).toBeUndefined()
    expect(e.metrics.get('records.perDay')!.inputs).toEqual({posts: 'workload.posts.records.perDay'})
  })

  it('storage growth per second, minute and hour: Grokking\'s YouTube, 500 hours of video a minute at 50 MB a minute', async () => {
    const e = await estimateYaml(`name: Video
users: {mau: 1.5B, dau: 800M}
workloads:
  uploads:
    writes: {perMinute: 500 * 60}
    recordSize: 50 MB
`)
    // 30,000 video-minutes a minute × 50 MB = 1,500 GB a minute ("1500 GB/min"), 25 GB a second ("25 GB/sec"), 90 TB an hour
    expect(value(e, 'workload.uploads.storage.perMinute')).toBeCloseTo(1.5e12, -3)
    expect(value(e, 'workload.uploads.storage.perSecond')).toBeCloseTo(25e9, -3)
    expect(value(e, 'workload.uploads.storage.perHour')).toBeCloseTo(90e12, -3)
    expect(value(e, 'storage.perSecond')).toBeCloseTo(25e9, -3)
    expect(e.metrics.get('storage.perSecond')!.unit).toBe('B/s')
  })
})

import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {NEARBY_FRIENDS} from '../fixtures/nearby-friends.js'
import {METRICS_ROLLUPS} from '../fixtures/metrics-rollups.js'

/*
 * The decisions that read how a workload is queried and pushed, end to end
 * from a spec: each is asked only of the workloads (or systems) its facts
 * concern, and chooses from the facts the spec states.
 */
const decided = async (yaml: string): Promise<Record<string, string>> => {
  const report = await reportOfYaml(yaml)
  return Object.fromEntries(report.decisions.map((d) => [d.id, d.choice.id]))
}

describe('geospatial index', () => {
  it('is decided for a workload read by location, from what its queries ask', async () => {
    const d = await decided(`name: Places
users: {mau: 100M, dau: 100M}
workloads:
  places:
    writes: {perDay: 1M}
    recordSize: 1 KB
    access: point
  nearby:
    reads: {perUserPerDay: 5}
    readSize: 10 KB
    access: geo
    geo: radius
  drivers:
    writes: {perSecond: 500K / 3}
    recordSize: 35 B
    updates: in-place
    records: 500K
    access: geo
    geo: nearest
`)
    expect(Object.keys(d).filter((id) => id.startsWith('geo-index'))).toEqual(['geo-index.nearby', 'geo-index.drivers'])
    expect(d['geo-index.nearby']).toBe('geohash')
    expect(d['geo-index.drivers']).toBe('quadtree')
  })
})

describe('ranking', () => {
  it('is decided for a workload read as a ranking: live scores in a sorted set, an hourly best-seller list from the database', async () => {
    const d = await decided(`name: Games and shop
users: {mau: 25M, dau: 5M}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    reads: {perSecond: 50}
    recordSize: 26 B
    updates: in-place
    records: users.mau
    access: ranking
    ranking: {member: true, refresh: 0 s}
  best-sellers:
    writes: {perDay: 30M}
    reads: {perSecond: 400}
    recordSize: 40 B
    retention: 7 days
    access: ranking
    ranking: {refresh: 1 hour, window: 7 days}
  orders:
    writes: {perDay: 30M}
    recordSize: 1 KB
`)
    expect(Object.keys(d).filter((id) => id.startsWith('ranking'))).toEqual(['ranking.scores', 'ranking.best-sellers'])
    expect(d['ranking.scores']).toBe('sorted-set')
    expect(d['ranking.best-sellers']).toBe('database-index')
  })
})

describe('retention of records replaced in place', () => {
  const BOARD = `name: Board
users: {mau: 25M, dau: 5M}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    recordSize: 26 B
    updates: in-place
    records: users.mau
`
  it('is not asked while the records never start over; a monthly reset moves the closed month to history', async () => {
    expect((await decided(BOARD))['retention.scores']).toBeUndefined()
    expect((await decided(`${BOARD}    resetEvery: 1 month\n`))['retention.scores']).toBe('tiered')
  })
})

describe('real-time transport and pub/sub', () => {
  const NEARBY = NEARBY_FRIENDS
  it('are decided once for a system whose clients hold connections: WebSocket, and Redis Pub/Sub for superseded positions to 40 friends', async () => {
    const d = await decided(NEARBY)
    expect(d['realtime-transport']).toBe('websocket')
    expect(d.pubsub).toBe('redis-pubsub')
  })

  it('file-change notifications pushed to one device a few times a day: long polling, and no broker', async () => {
    const d = await decided(`name: File sync
users: {mau: 50M, dau: 10M}
connections: {concurrent: 5M, bidirectional: false}
workloads:
  changes:
    writes: {perUserPerDay: 2}
    recordSize: 1 KB
    push: true
`)
    expect(d['realtime-transport']).toBe('long-polling')
    expect(d.pubsub).toBe('none')
  })

  it('a reservation\'s outcome awaited by the client that made it, no figure for the connections: long polling', async () => {
    const d = await decided(`name: Seats
connections: {singleAnswer: true}
workloads:
  bookings:
    writes: {perDay: 20M}
    recordSize: 100 B
    push: true
`)
    expect(d['realtime-transport']).toBe('long-polling')
    expect(d.pubsub).toBe('none')
  })

  it('are not asked without connections; pub/sub is not asked without a pushed workload', async () => {
    const without = await decided(NEARBY.replace('connections: {concurrent: 10% * users.dau, bidirectional: true}\n', '').replace('    push: {recipients: 400 * 10%}\n', ''))
    expect(Object.keys(without).filter((id) => id === 'realtime-transport' || id === 'pubsub')).toEqual([])
    const unpushed = await decided(NEARBY.replace('    push: {recipients: 400 * 10%}\n', ''))
    expect(unpushed['realtime-transport']).toBe('websocket')
    expect(unpushed.pubsub).toBeUndefined()
  })
})

describe('search engine', () => {
  it('is decided for workloads found by text or by prefix; a search cluster that is also the store is sized once', async () => {
    const report = await reportOfYaml(`name: Search
users: {mau: 100M, dau: 50M}
workloads:
  tweets:
    writes: {perDay: 500M}
    reads: {perSecond: 4K}
    recordSize: 10 KB
    access: search
  suggestions:
    reads: {perUserPerDay: 20}
    readSize: 200 B
    access: prefix
  products:
    writes: {perDay: 10K}
    reads: {perSecond: 100}
    recordSize: 2 KB
    access: search
    relationships: true
    transactions: true
`)
    const d = Object.fromEntries(report.decisions.map((x) => [x.id, x.choice.id]))
    expect(Object.keys(d).filter((id) => id.startsWith('search-engine'))).toEqual(['search-engine.tweets', 'search-engine.suggestions', 'search-engine.products'])
    expect([d['search-engine.tweets'], d['search-engine.suggestions'], d['search-engine.products']]).toEqual(['elasticsearch', 'trie', 'database-full-text'])
    expect(d['datastore.tweets']).toBe('search-index')
    const rows = report.plan!.items.filter((i) => i.workload === 'tweets' && i.technology === 'Elasticsearch')
    expect(rows.map((i) => i.component)).toEqual(['datastore.tweets', 'search-engine.tweets'])
    expect(rows[1]!.nodes).toBe(0)
    expect(rows[1]!.basis).toEqual(['the same Elasticsearch as datastore.tweets, which holds this workload and is sized there'])
  })
})

describe('data partitioning', () => {
  const SPEC = `name: Messages
users: {mau: 200M, dau: 100M}
slo: {availability: 99.99%, consistency: eventual}
workloads:
  messages:
    writes: {perUserPerDay: 40}
    recordSize: 200 B
    access: range
    partitionKey: (channel_id, bucket)
  profiles:
    writes: {perDay: 1M}
    recordSize: 1 KB
    access: point
`
  it('is decided only for a workload past one primary, and names its shard key in the choice and in the plan', async () => {
    const report = await reportOfYaml(SPEC)
    const decisions = report.decisions.filter((d) => d.matrix === 'partitioning')
    // 100 M × 40 ÷ 86,400 s × 2 = 92,593 writes/s at peak for messages; profiles write 23/s and keep 1.8 TB
    expect(decisions.map((d) => d.id)).toEqual(['partitioning.messages'])
    expect(decisions[0]!.choice.id).toBe('consistent-hashing')
    expect(decisions[0]!.summary).toMatch(/Shard key: \(channel_id, bucket\) — the key the spec states \(`partitionKey`\)\.$/)
    const store = report.plan!.items.find((i) => i.component === 'datastore.messages')!
    expect(store.shardKey).toBe('(channel_id, bucket)')
  })

  it('without a stated key, the key the access pattern calls for', async () => {
    const report = await reportOfYaml(SPEC.replace('    partitionKey: (channel_id, bucket)\n', ''))
    const d = report.decisions.find((x) => x.id === 'partitioning.messages')!
    expect(d.summary).toContain('Shard key: (message_id, time bucket) — reads fetch ranges per key')
  })
})

describe('time-series store', () => {
  it('is decided for a time series: InfluxDB for downsampled metrics kept a year, Prometheus for a two-week window', async () => {
    // Xu's metrics (downsampled, kept a year) beside a two-week window of scrapes.
    const d = await decided(`${METRICS_ROLLUPS}  scrapes:
    writes: {perSecond: 100K}
    recordSize: 2 B
    retention: 14 days
    access: timeseries
`)
    expect(d['time-series-store.points']).toBe('influxdb')
    expect(d['time-series-store.scrapes']).toBe('prometheus')
    expect(Object.keys(d).filter((id) => id.startsWith('time-series-store'))).toHaveLength(2)
  })
})

describe('stream or batch processing, and the analytical store', () => {
  it('are decided for a workload aggregated into results: batch into a warehouse for daily reports, a stream into a real-time OLAP store for live dashboards', async () => {
    const d = await decided(`name: Analytics
users: {mau: 10M, dau: 10M}
workloads:
  page-views:
    writes: {perDay: 100M}
    recordSize: 200 B
    retention: 1 year
    analytics: {freshness: 1 day}
  ad-clicks:
    writes: {perDay: 1B}
    recordSize: 100 B
    retention: 30 days
    analytics: {freshness: 1 min, userFacing: true}
  accounts:
    writes: {perDay: 10K}
    recordSize: 1 KB
`)
    expect([d['processing.page-views'], d['analytical-store.page-views']]).toEqual(['batch', 'warehouse'])
    expect([d['processing.ad-clicks'], d['analytical-store.ad-clicks']]).toEqual(['stream', 'realtime-olap'])
    expect(d['processing.accounts']).toBeUndefined()
  })
})

describe('object durability', () => {
  it('is decided for a workload keeping 10 TB or more of objects, from how often each is read', async () => {
    const report = await reportOfYaml(`name: Files
users: {mau: 50M, dau: 10M}
workloads:
  backups:
    writes: {perUserPerDay: 2}
    reads: {perUserPerDay: 0.1}
    recordSize: 200 B
    media: {size: 500 KB, readShare: 100%}
    retention: 5 years
  avatars:
    writes: {perDay: 10K}
    reads: {perSecond: 100}
    recordSize: 100 B
    media: {size: 50 KB, readShare: 100%}
`)
    const d = report.decisions.filter((x) => x.matrix === 'durability')
    // backups: 20 M files a day × 1,825 days = 36.5 B held, 10 TB a day of media → 18.25 PB;
    // read 1 M a day × 365 ÷ 36.5 B = 0.01 reads per file a year
    expect(d.map((x) => [x.id, x.choice.id])).toEqual([['durability.backups', 'archive-tier']])
    expect(d[0]!.reasons[0]).toBe('an object is read 0.01 times a year on average and kept for long: in a cold class it costs ~6× less a month (Glacier Instant Retrieval) and the rare read pays for itself')
  })
})

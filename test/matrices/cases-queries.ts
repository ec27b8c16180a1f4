import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices that read how a workload is queried, updated and
 * pushed (geospatial index, ranking, real-time transport, pub/sub, search
 * engine), spread into CASES. Kept apart so that each matrix's cases sit
 * beside the others of its kind.
 */
export const QUERY_FACT_UNITS: Readonly<Record<string, Unit>> = {
  rankRefresh: 's',
  rankWindow: 's',
  recordsHeld: 'count',
  concurrentConnections: 'count',
  pushesPerConnectionPerMinute: 'count',
  peakPushes: 'req/s',
  pushRecipients: 'count',
  retentionSeconds: 's',
  resetEvery: 's',
  longestRetentionSeconds: 's',
  analyticsFreshness: 's',
  readerStaleness: 's',
  objectBytesKept: 'B',
  readsPerObjectPerYear: 'count',
}

export const QUERY_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  'geo-index': [
    {name: 'businesses within a radius, updated next day (Xu: proximity service)', facts: {access: 'geo', geoQuery: 'radius', updates: 'append', peakWriteQps: 1}, choice: 'geohash', runnerUp: 'r-tree'},
    {name: 'the nearest places, mostly static (Grokking: Yelp)', facts: {access: 'geo', geoQuery: 'nearest', peakWriteQps: 10}, choice: 'quadtree', runnerUp: 'r-tree'},
    {name: 'the nearest drivers, 500 K drivers reporting every 3 s (Grokking: Uber)', facts: {access: 'geo', geoQuery: 'nearest', updates: 'in-place', peakWriteQps: 333_000}, choice: 'quadtree', runnerUp: 'geohash'},
    {name: 'delivery zones a courier is in (geofences)', facts: {access: 'geo', geoQuery: 'region', updates: 'in-place', peakWriteQps: 2_000}, choice: 's2', runnerUp: 'r-tree'},
    {name: 'the nearest stores, joined with their stock, in one relational database', facts: {access: 'geo', geoQuery: 'nearest', relationships: true, peakWriteQps: 50}, choice: 'r-tree', runnerUp: 'quadtree'},
    {name: 'a radius search over relational rows: the simpler index by a hair', facts: {access: 'geo', geoQuery: 'radius', transactions: true, peakWriteQps: 50}, choice: 'geohash', runnerUp: 'r-tree'},
  ],
  ranking: [
    {name: 'a live leaderboard: scores set in place, top 10 and a player\'s rank (Xu: real-time gaming leaderboard)', facts: {access: 'ranking', updates: 'in-place', rankRefresh: 0, rankMember: true, peakWriteQps: 2500}, choice: 'sorted-set', runnerUp: 'stream-top-k'},
    {name: 'best sellers of the past week, refreshed hourly from sales (SDP: sales rank)', facts: {access: 'ranking', updates: 'append', rankRefresh: 3600, rankWindow: 604_800, peakWriteQps: 800}, choice: 'database-index', runnerUp: 'stream-top-k'},
    {name: 'the 100 most clicked ads of the last minute, 50 K clicks/s (Xu: ad click aggregation)', facts: {access: 'ranking', updates: 'append', rankRefresh: 60, rankWindow: 60, peakWriteQps: 50_000}, choice: 'stream-top-k', runnerUp: 'sorted-set'},
    {name: 'a ranking with nothing stated about it: the sorted set, the common answer', facts: {access: 'ranking', peakWriteQps: 100}, choice: 'sorted-set', runnerUp: 'database-index'},
  ],
  'realtime-transport': [
    {name: 'chat: clients send and receive messages over one connection (Xu: chat system)', facts: {hasConnections: true, bidirectional: true, pushesPerConnectionPerMinute: 2}, choice: 'websocket', runnerUp: 'sse'},
    {name: 'file-change notifications, a few a day per device (Xu: Google Drive)', facts: {hasConnections: true, bidirectional: false, pushesPerConnectionPerMinute: 0.005}, choice: 'long-polling', runnerUp: 'sse'},
    {name: 'live scores streamed to watchers, several a minute, nothing sent back', facts: {hasConnections: true, bidirectional: false, pushesPerConnectionPerMinute: 6}, choice: 'sse', runnerUp: 'websocket'},
    {name: 'connections held, nothing else stated: the full-duplex default', facts: {hasConnections: true}, choice: 'websocket', runnerUp: 'sse'},
    {name: 'each client waits for its reservation\'s outcome (Grokking: Ticketmaster)', facts: {hasConnections: true, singleAnswer: true}, choice: 'long-polling', runnerUp: 'sse'},
    {name: 'a job\'s result awaited by a client that also streams its input: the socket still wins', facts: {hasConnections: true, singleAnswer: true, bidirectional: true, pushesPerConnectionPerMinute: 2}, choice: 'websocket', runnerUp: 'sse'},
  ],
  pubsub: [
    {name: 'locations to 40 online friends each, 10 M connections, loss tolerated (Xu: nearby friends)', facts: {hasConnections: true, peakPushes: 14e6, pushRecipients: 40, pushesSuperseded: true, concurrentConnections: 10e6}, choice: 'redis-pubsub', runnerUp: 'kafka'},
    {name: 'one-on-one messages to their recipient (Xu: chat system)', facts: {hasConnections: true, peakPushes: 20_000, pushRecipients: 1, pushesSuperseded: false, concurrentConnections: 1e6}, choice: 'none', runnerUp: 'redis-pubsub'},
    {name: 'comments on a live event to 50,000 viewers, every one kept', facts: {hasConnections: true, peakPushes: 5e6, pushRecipients: 50_000, pushesSuperseded: false, concurrentConnections: 50_000}, choice: 'kafka', runnerUp: 'redis-pubsub'},
    {name: 'a driver\'s position to the 5 riders watching it (Grokking: Uber)', facts: {hasConnections: true, peakPushes: 1.7e6, pushRecipients: 5, pushesSuperseded: true, concurrentConnections: 1.5e6}, choice: 'redis-pubsub', runnerUp: 'none'},
  ],
  'search-engine': [
    {name: 'tweets found by keyword, 4,000 searches/s over petabytes (SDP: Twitter search)', facts: {access: 'search', textStorageBytes: 5.4e15, peakWriteQps: 12_000}, choice: 'elasticsearch', runnerUp: 'trie'},
    {name: 'a product catalogue of 50 GB searched by name and description, joined to stock', facts: {access: 'search', relationships: true, transactions: true, textStorageBytes: 50e9, peakWriteQps: 100}, choice: 'database-full-text', runnerUp: 'elasticsearch'},
    {name: 'query completion as the user types (Xu: search autocomplete)', facts: {access: 'prefix', textStorageBytes: 1e12, peakWriteQps: 50}, choice: 'trie', runnerUp: 'elasticsearch'},
    {name: 'names completed by prefix in a relational table', facts: {access: 'prefix', relationships: true, textStorageBytes: 20e9, peakWriteQps: 10}, choice: 'database-full-text', runnerUp: 'trie'},
  ],
  partitioning: [
    {name: 'messages by channel, 120 M a day kept forever, AP at four nines (Discord 2017)', facts: {access: 'range', peakWriteQps: 4_200, textStorageBytes: 80e12, consistency: 'eventual', availabilitySlo: 0.9999, partitionKey: '(channel_id, bucket)'}, choice: 'consistent-hashing', runnerUp: 'hash'},
    {name: 'reservations and inventory in one relational database at 1,000× scale (Xu: hotel reservation)', facts: {access: 'point', transactions: true, relationships: true, peakWriteQps: 30_000, textStorageBytes: 2e12, consistency: 'strong'}, choice: 'hash', runnerUp: 'consistent-hashing'},
    {name: 'a leaderboard of 2.5 bn players, top 10 and ranks (Xu: leaderboard at 100× scale)', facts: {access: 'ranking', updates: 'in-place', peakWriteQps: 250_000, textStorageBytes: 65e9}, choice: 'range', runnerUp: 'hash'},
    {name: 'transactions joined to their users, 4,000 writes/s at peak, 9 TB (System Design Primer: Mint, "might be tough" for one primary)', facts: {access: 'point', relationships: true, peakWriteQps: 4_000, textStorageBytes: 9e12, availabilitySlo: null, consistency: null}, choice: 'hash', runnerUp: 'consistent-hashing'},
    {name: 'a query cache of 2.7 TB, past one cache node (System Design Primer: query cache, sharded across the cluster)', facts: {access: 'point', peakWriteQps: 0, peakReadQps: 8_000, cacheHotBytes: 2.7e12, availabilitySlo: null, consistency: null}, choice: 'hash', runnerUp: 'consistent-hashing'},
    // 1 B clicks a day, 11,574/s on average, 50,000/s at peak (Xu's peak); the ranking counts appended clicks:
    // counted-ranking hash +2, range −2 (ordered-scans does not fire); hash 2 to consistent hashing 0, the file order's next.
    {name: 'the 100 most clicked ads of the last minute, 50,000 clicks/s (Xu: ad click aggregation, Kafka by ad_id)', facts: {access: 'ranking', updates: null, peakWriteQps: 50_000, textStorageBytes: null}, choice: 'hash', runnerUp: 'consistent-hashing'},
    // neighbours-together: directory +3, hash −1, consistent hashing −1; nothing else fires: directory 3, range 0.
    {name: 'a friend graph of 100 M people that will not fit on one machine, searched for paths (System Design Primer: social graph, a Lookup Service)', facts: {access: 'traversal', outgrowsOneNode: true, peakReadQps: 800, peakWriteQps: 0, textStorageBytes: null, availabilitySlo: null, consistency: null}, choice: 'directory', runnerUp: 'range'},
    {name: 'metrics points by series, 10 M series every 10 s (Xu: metrics monitoring)', facts: {access: 'timeseries', peakWriteQps: 1e6, textStorageBytes: 100e12, consistency: 'eventual'}, choice: 'hash', runnerUp: 'consistent-hashing'},
  ],
  'time-series-store': [
    {name: 'metrics: raw 7 days, 1-minute rollups for 30 days, 1-hour for a year, 1 M points/s (Xu: metrics monitoring)', facts: {access: 'timeseries', retentionForever: false, retentionSeconds: 604_800, longestRetentionSeconds: 31_536_000, hasRollups: true, peakWriteQps: 1e6, textStorageBytes: 20e12}, choice: 'influxdb', runnerUp: 'timescaledb'},
    {name: 'service metrics scraped for a two-week window, 100 K samples/s', facts: {access: 'timeseries', retentionForever: false, retentionSeconds: 1_209_600, longestRetentionSeconds: 1_209_600, hasRollups: false, peakWriteQps: 100_000, textStorageBytes: 2e12}, choice: 'prometheus', runnerUp: 'influxdb'},
    {name: 'sensor readings joined with the device table, a year', facts: {access: 'timeseries', relationships: true, retentionForever: false, retentionSeconds: 31_536_000, longestRetentionSeconds: 31_536_000, hasRollups: false, peakWriteQps: 5_000, textStorageBytes: 3e12}, choice: 'timescaledb', runnerUp: 'influxdb'},
    {name: 'raw click events kept two years, 300 TB (Xu: ad click aggregation)', facts: {access: 'timeseries', retentionForever: false, retentionSeconds: 63_072_000, longestRetentionSeconds: 63_072_000, hasRollups: false, peakWriteQps: 50_000, textStorageBytes: 300e12}, choice: 'wide-column', runnerUp: 'influxdb'},
  ],
  processing: [
    {name: 'page-view analytics that need not be real time (SDP: Pastebin)', facts: {hasAnalytics: true, analyticsFreshness: 86_400}, choice: 'batch', runnerUp: 'stream'},
    {name: 'ad clicks counted every minute for billing and advertisers\' dashboards (Xu: ad click aggregation)', facts: {hasAnalytics: true, analyticsFreshness: 60, analyticsUserFacing: true}, choice: 'stream', runnerUp: 'batch'},
  ],
  'analytical-store': [
    {name: 'hourly sales reports for analysts, 1.4 TB (SDP: sales rank)', facts: {hasAnalytics: true, analyticsFreshness: 3600, analyticsUserFacing: false, storageBytes: 1.44e12}, choice: 'warehouse', runnerUp: 'data-lake'},
    {name: 'click counts advertisers watch within a minute (Xu: ad click aggregation)', facts: {hasAnalytics: true, analyticsFreshness: 60, analyticsUserFacing: true, storageBytes: 100e12}, choice: 'realtime-olap', runnerUp: 'warehouse'},
    {name: 'five years of request logs, 3 PB, queried for a daily report', facts: {hasAnalytics: true, analyticsFreshness: 86_400, analyticsUserFacing: false, storageBytes: 3e15}, choice: 'data-lake', runnerUp: 'warehouse'},
  ],
  durability: [
    {name: 'an object store of 100 PB a year at eleven nines (Xu: S3-like object storage)', facts: {objectBytesKept: 500e15, durabilitySlo: 0.99999999999, readsPerObjectPerYear: 20, retentionForever: true}, choice: 'erasure-coding', runnerUp: 'archive-tier'},
    // Xu's own target, six nines, beside 202 PB kept (0.68 bn objects of 59.3 MB a year, 5 years): petabytes
    // erasure-coding +3, replication −1; copies-meet-target replication +3, erasure-coding −1: 2 to 2, replication first.
    {name: 'an object store of 100 PB a year at six nines, what three copies give (Xu: S3-like object storage, "we replicate data three times")', facts: {objectBytesKept: 201.62e15, durabilitySlo: 0.999999, readsPerObjectPerYear: 3.8, retentionForever: true}, choice: 'replication', runnerUp: 'erasure-coding'},
    {name: 'videos watched many times a year, 40 TB', facts: {objectBytesKept: 40e12, readsPerObjectPerYear: 500, retentionForever: true}, choice: 'replication', runnerUp: 'erasure-coding'},
    {name: 'synced files mostly never opened again, 500 PB (Xu: Google Drive)', facts: {objectBytesKept: 500e15, readsPerObjectPerYear: 0.3, retentionForever: true}, choice: 'archive-tier', runnerUp: 'erasure-coding'},
  ],
}

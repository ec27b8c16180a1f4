import type {Unit} from '../../src/engine/ledger.js'
import type {Fact, Facts} from '../../src/matrices/types.js'
import {OPERATIONS_CASES, OPERATIONS_FACT_UNITS} from './cases-operations.js'
import {QUERY_CASES, QUERY_FACT_UNITS} from './cases-queries.js'
import {MEDIA_CASES, MEDIA_FACT_UNITS} from './cases-media-streams.js'
import {BUILD_VS_BUY_CASES, BUILD_VS_BUY_FACT_UNITS} from './cases-build-vs-buy.js'
import {WINDOWING_CASES, WINDOWING_FACT_UNITS} from './cases-windowing.js'
import {BOOKKEEPING_CASES} from './cases-bookkeeping.js'
import {OBJECT_LAYOUT_CASES, OBJECT_LAYOUT_FACT_UNITS} from './cases-object-layout.js'
import {SYNC_CASES} from './cases-sync.js'
import {COMPUTE_CASES} from './cases-compute.js'
import {DEDUP_CASES, DEDUP_FACT_UNITS} from './cases-dedup.js'
import {RECOVERY_CASES} from './cases-recovery.js'
import {CACHE_PLACEMENT_CASES} from './cases-cache-placement.js'

/**
 * Representative fact sets for every decision matrix, with the choice and
 * runner-up each must produce. The table-driven tests assert them, and
 * docs/matrices.md prints what select() makes of them, so a change in a
 * matrix's behaviour shows up in both. Facts are written by hand, as plain
 * values; `toFacts` adds the unit each fact has in src/matrices/facts.ts.
 */
export type PlainFacts = Readonly<Record<string, number | string | boolean | null>>

export interface MatrixCase {
  readonly name: string
  readonly facts: PlainFacts
  readonly choice: string
  readonly runnerUp: string
}

/** The unit of every numeric fact (as src/matrices/facts.ts gives it). */
export const FACT_UNITS: Readonly<Record<string, Unit>> = {
  peakTotalQps: 'req/s',
  consumerGroups: 'count',
  peakWriteQps: 'req/s',
  peakReadQps: 'req/s',
  readWriteRatio: 'x',
  storageBytes: 'B',
  storagePerYearBytes: 'B',
  textBytesPerDay: 'B',
  mediaBytesPerDay: 'B',
  textStorageBytes: 'B',
  recordBytes: 'B',
  mediaObjectBytes: 'B',
  cacheHotBytes: 'B',
  egressBytesPerSecond: 'B/s',
  mediaEgressBytesPerSecond: 'B/s',
  mediaToTextRatio: 'x',
  mediaShareOfBytes: 'ratio',
  peakFactor: 'x',
  latencySpread: 'x',
  loadSpread: 'x',
  availabilitySlo: 'ratio',
  durabilitySlo: 'ratio',
  downtimePerYear: 's',
  engineers: 'count',
  workloadCount: 'count',
  averageFollowers: 'count',
  maxFollowers: 'count',
  regions: 'count',
  zones: 'count',
  transactionWorkloads: 'count',
  idBits: 'count',
  keyBits: 'count',
  keyLength: 'count',
  keySpaceUsed: 'ratio',
  largestMediaObjectBytes: 'B',
  cacheServers: 'count',
  retentionSeconds: 's',
  transactionPeakWriteQps: 'req/s',
  transactionStorageBytes: 'B',
  residencyJurisdictions: 'count',
  ...QUERY_FACT_UNITS,
  ...OPERATIONS_FACT_UNITS,
  ...MEDIA_FACT_UNITS,
  ...BUILD_VS_BUY_FACT_UNITS,
  ...WINDOWING_FACT_UNITS,
  ...OBJECT_LAYOUT_FACT_UNITS,
  ...DEDUP_FACT_UNITS,
}

export function toFacts(plain: PlainFacts): Facts {
  const out: Record<string, Fact> = {}
  for (const [name, value] of Object.entries(plain)) {
    const unit = FACT_UNITS[name]
    out[name] = unit ? {value, unit} : {value}
  }
  return out
}

// Shared profiles, so that a case reads as "the social feed's facts".
const SOCIAL_SLO = {availabilitySlo: 0.9999, consistency: 'eventual'} as const
const CHECKOUT_SLO = {availabilitySlo: 0.9999, consistency: 'strong'} as const

export const CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  datastore: [
    {name: 'sign-up in ACID transactions, joined to other data (feed users)', facts: {access: 'point', transactions: true, relationships: true, peakWriteQps: 0, textStorageBytes: 300e9, ...SOCIAL_SLO}, choice: 'relational', runnerUp: 'document'},
    {name: 'multi-hop follower queries (feed follows)', facts: {access: 'traversal', peakWriteQps: 0, textStorageBytes: 1.44e12}, choice: 'graph', runnerUp: 'relational'},
    {name: 'time-ordered posts past one primary (feed posts)', facts: {access: 'timeline', peakWriteQps: 6944, textStorageBytes: 55.2e15, ...SOCIAL_SLO}, choice: 'wide-column', runnerUp: 'key-value'},
    // Eventual consistency at four nines: shards' primaries would pause their keys' writes on failover, so fits-relational-shards
    // does not fire and the limits of one primary count as before.
    {name: 'redirects by short code, 172 TB (URL shortener)', facts: {access: 'point', peakWriteQps: 2315, textStorageBytes: 172e12, ...SOCIAL_SLO}, choice: 'key-value', runnerUp: 'wide-column'},
    // 15 B tweets a month ÷ 2.5 M s × 2 at peak = 12,000 writes/s; 180 B × 15 B × 36 months = 97.2 TB: past one primary
    // (5,000/s, 10 TB) but within 32 of them (160,000/s, 320 TB), read by user: fits-relational-shards +3 and time-ordered +1
    // = 4, against wide-column's time-ordered 3 (System Design Primer, Twitter: tweets in SQL, sharded or federated).
    {name: 'tweets by user, 12,000 writes/s, 97.2 TB, no consistency stated (System Design Primer, Twitter)', facts: {access: 'timeline', peakWriteQps: 12_000, textStorageBytes: 97.2e12, consistency: null, availabilitySlo: null}, choice: 'relational', runnerUp: 'wide-column'},
    // 100 M URLs a day ÷ 86,400 s × 2 = 2,315 writes/s; 100 B × 100 M × 3,650 days = 36.5 TB, past 10 TB: point-lookups
    // key-value +3, relational +1; fits-relational-shards +3 → relational 4, key-value 3 (Xu vol. 1 ch. 8: a relational database).
    {name: 'short-to-long URL mappings by key, 36.5 TB, no consistency stated (Xu, URL shortener)', facts: {access: 'point', peakWriteQps: 2315, textStorageBytes: 36.5e12, consistency: null, availabilitySlo: null}, choice: 'relational', runnerUp: 'key-value'},
    {name: 'strongly consistent, past one primary, nothing else stated', facts: {consistency: 'strong', peakWriteQps: 1852, textStorageBytes: 17e12}, choice: 'document', runnerUp: 'wide-column'},
    {name: 'media files only', facts: {hasMedia: true, recordBytes: 0}, choice: 'object-storage', runnerUp: 'relational'},
    // 10 M users ÷ 30 s = 333,333 writes/s, at peak 666,667/s: past one primary (relational -4; wide-column +3,
    // key-value +2), and each write replaces its user's one location (key-value +2, wide-column -1): 4 to 2.
    {name: 'the latest location of 10 M users, replaced every 30 s (Xu, nearby friends)', facts: {updates: 'in-place', recordsHeld: 10e6, access: null, peakWriteQps: 666_667, textStorageBytes: null}, choice: 'key-value', runnerUp: 'wide-column'},
    // 2 M transfers/s at peak (Xu: "up to 2 million TPS"), in transactions: relational 4 − 4 (write ceiling) = 0;
    // key-value −2 + 2 (scale-out writes) + 3 (ledger-state) = 3; document 1 + 1 − 1 = 1; wide-column −2 + 3 = 1.
    {name: 'a ledger of balance transfers at 2 M/s, replayed from its events (Xu, digital wallet)', facts: {ledger: true, transactions: true, peakWriteQps: 2e6, textStorageBytes: null}, choice: 'key-value', runnerUp: 'document'},
    // 1 B sales a month, ~800/s at peak, 1.44 TB: fits one primary (relational +3), but no reads and an hourly job:
    // read-by-batch-only object storage +4, relational −1, and records-not-files does not fire: 4 to 2.
    {name: 'sales logs read only by an hourly job (System Design Primer, sales rank)', facts: {hasWrites: true, readerStaleness: 3600, recordBytes: 40, peakWriteQps: 800, textStorageBytes: 1.44e12}, choice: 'object-storage', runnerUp: 'relational'},
    {name: 'clicks counted every minute (Xu, ad click aggregation): no batch job, records stay records', facts: {hasWrites: true, readerStaleness: 60, recordBytes: 100, peakWriteQps: 800, textStorageBytes: 1.44e12}, choice: 'relational', runnerUp: 'document'},
    {name: '300 MB videos, no record size stated (Xu, YouTube)', facts: {hasMedia: true, recordBytes: null, peakWriteQps: 11.6, textStorageBytes: null}, choice: 'object-storage', runnerUp: 'relational'},
    {name: 'found by full-text search', facts: {access: 'search'}, choice: 'search-index', runnerUp: 'relational'},
    {name: 'metrics read by time window', facts: {access: 'timeseries'}, choice: 'time-series', runnerUp: 'wide-column'},
    {name: 'a small table read by key: 8 writes/s, 100 GB (Xu, hotel reservation)', facts: {access: 'point', peakWriteQps: 8, textStorageBytes: 100e9, ...SOCIAL_SLO}, choice: 'relational', runnerUp: 'key-value'},
    {name: 'metrics at 23,000 writes/s, declared time series (Xu, metrics monitoring)', facts: {access: 'timeseries', peakWriteQps: 23_000, textStorageBytes: 50e12, ...SOCIAL_SLO}, choice: 'time-series', runnerUp: 'wide-column'},
    {name: 'a social graph past one primary, declared traversal', facts: {access: 'traversal', peakWriteQps: 20_000, textStorageBytes: 200e12}, choice: 'graph', runnerUp: 'key-value'},
    {name: 'a global leaderboard: 25 M players ranked by score, 2,500 updates/s (Xu, leaderboard)', facts: {access: 'range', ordering: null, peakWriteQps: 2500, textStorageBytes: 650e6}, choice: 'relational', runnerUp: 'document'},
  ],
  'media-path': [
    {name: 'posts: 30 TB of media a day against 240 GB of text, 1 MB objects, read by users', facts: {mediaToTextRatio: 125, mediaBytesPerDay: 30e12, textBytesPerDay: 240e9, mediaObjectBytes: 1e6, mediaEgressBytesPerSecond: 347e6}, choice: 'object-storage-cdn', runnerUp: 'object-storage'},
    {name: 'archived 5 MB scans nobody downloads', facts: {mediaToTextRatio: 5000, mediaObjectBytes: 5e6, mediaEgressBytesPerSecond: 0}, choice: 'object-storage', runnerUp: 'object-storage-cdn'},
    {name: '50 KB avatars, half the bytes of the profiles', facts: {mediaToTextRatio: 0.5, mediaObjectBytes: 50e3, mediaEgressBytesPerSecond: 0}, choice: 'in-database', runnerUp: 'object-storage'},
  ],
  'id-generation': [
    {name: 'sharded, time-ordered timelines (social feed)', facts: {peakWriteQps: 6944, textStorageBytes: 440e12, hasFanout: true, ordering: false, transactions: true, ...SOCIAL_SLO}, choice: 'snowflake', runnerUp: 'time-uuid'},
    {name: 'sharded, unordered, written in every region (ride hailing)', facts: {peakWriteQps: 501_273, textStorageBytes: 972e12, hasFanout: false, ordering: false, transactions: false, ...SOCIAL_SLO}, choice: 'uuid', runnerUp: 'time-uuid'},
    // 0.68 billion objects a year ÷ 31,556,952 s = 21.5/s, × 2 at peak = 43/s: no record size, so neither one primary nor shards speak.
    {name: 'objects kept as blobs, nothing asked of their ids (Xu, S3-like object storage)', facts: {peakWriteQps: 43, textStorageBytes: null, mediaObjectBytes: 59.3e6, hasFanout: false, ordering: false, transactions: false, availabilitySlo: 0.9999, consistency: 'strong'}, choice: 'uuid', runnerUp: 'snowflake'},
    {name: 'messages of unknown size, newest first (Discord): records, not objects', facts: {peakWriteQps: 2778, textStorageBytes: null, mediaObjectBytes: null, access: 'timeline', hasFanout: false, ordering: false, transactions: false, availabilitySlo: null, consistency: 'eventual'}, choice: 'snowflake', runnerUp: 'uuid'},
    {name: 'objects kept as blobs, read newest first', facts: {peakWriteQps: 43, textStorageBytes: null, mediaObjectBytes: 59.3e6, hasFanout: false, ordering: true, transactions: false, availabilitySlo: 0.9999, consistency: 'strong'}, choice: 'snowflake', runnerUp: 'time-uuid'},
    {name: 'fits one primary (video metadata)', facts: {peakWriteQps: 736, textStorageBytes: 6e12, availabilitySlo: 0.9995, consistency: 'eventual'}, choice: 'sequence', runnerUp: 'snowflake'},
    {name: 'sortable, numeric, 64-bit, 10,000 ids/s (Xu, unique ID generator)', facts: {peakWriteQps: 10_000, textStorageBytes: 1e12, idSortable: true, idNumeric: true, idBits: 64}, choice: 'snowflake', runnerUp: 'ticket-server'},
    {name: 'a 7-character base62 short code, 365 bn records (URL shortener)', facts: {peakWriteQps: 2315, textStorageBytes: 172e12, keyBits: 41.7, keyLength: 7, ...SOCIAL_SLO}, choice: 'ticket-server', runnerUp: 'snowflake'},
    {name: 'payments minted by the client as idempotency keys (Xu, payment system)', facts: {peakWriteQps: 20, textStorageBytes: 1e12, delivery: 'exactly-once', transactions: true}, choice: 'uuid', runnerUp: 'sequence'},
    {name: 'one total order over all events, on one primary', facts: {peakWriteQps: 1000, textStorageBytes: 2e12, ordering: true, orderingScope: 'global'}, choice: 'sequence', runnerUp: 'snowflake'},
    {name: 'shared documents whose ids must not be guessable', facts: {peakWriteQps: 300, textStorageBytes: 1e12, idOpaque: true}, choice: 'uuid', runnerUp: 'time-uuid'},
    {name: 'sortable ids that must not be guessable, 30,000 writes/s (links listed newest first)', facts: {peakWriteQps: 30_000, textStorageBytes: 50e12, idSortable: true, idOpaque: true}, choice: 'time-uuid', runnerUp: 'snowflake'},
    {name: 'messages in order, written in every region at four nines (chat)', facts: {peakWriteQps: 3.47e6, textStorageBytes: 1e15, ordering: true, hasFanout: false, transactions: false, ...SOCIAL_SLO}, choice: 'time-uuid', runnerUp: 'snowflake'},
  ],
  'short-code': [
    {name: '365 bn URLs in 62^7 codes: a tenth used (Xu, URL shortener)', facts: {keyLength: 7, keyBits: 41.7, keySpaceUsed: 0.104, peakWriteQps: 2315}, choice: 'counter-base62', runnerUp: 'key-generation-service'},
    {name: '360 M pastes in 62^7 codes (System Design Primer, Pastebin)', facts: {keyLength: 7, keyBits: 41.7, keySpaceUsed: 0.0001, peakWriteQps: 8}, choice: 'hash-collision-check', runnerUp: 'counter-base62'},
    {name: 'private links that must not be guessable, a third of the space used', facts: {keyLength: 6, keyBits: 35.7, keySpaceUsed: 0.33, idOpaque: true}, choice: 'key-generation-service', runnerUp: 'counter-base62'},
  ],
  cache: [
    {name: 'home timelines pushed to followers, four nines (feed posts)', facts: {access: 'timeline', hasFanout: true, readWriteRatio: 5, ...SOCIAL_SLO}, choice: 'redis', runnerUp: 'memcached'},
    {name: 'objects by key at three nines', facts: {access: 'point', hasFanout: false, readWriteRatio: 10, availabilitySlo: 0.999, consistency: 'eventual'}, choice: 'memcached', runnerUp: 'redis'},
    {name: 'heartbeats by key, written more than read (chat presence)', facts: {access: 'point', hasFanout: false, readWriteRatio: 0.174, ...SOCIAL_SLO}, choice: 'redis', runnerUp: 'memcached'},
    {name: 'a leaderboard read as ranges of scores, not of time', facts: {access: 'range', ordering: null, hasFanout: false, readWriteRatio: 0.02, availabilitySlo: 0.999}, choice: 'redis', runnerUp: 'memcached'},
    {name: 'popular pastes at 80 reads/s, ten reads a write, 187 MB hot (System Design Primer: Pastebin)', facts: {access: 'point', hasFanout: false, peakReadQps: 80, readWriteRatio: 10, cacheHotBytes: 187e6, availabilitySlo: null, consistency: null}, choice: 'memcached', runnerUp: 'redis'},
  ],
  'cache-strategy': [
    {name: 'timeline pages assembled from posts (feed posts)', facts: {access: 'timeline', readWriteRatio: 5, transactions: null, ...SOCIAL_SLO}, choice: 'cache-aside', runnerUp: 'read-through'},
    {name: 'lookups by key, 10 reads per write (URL redirects)', facts: {access: 'point', readWriteRatio: 10, peakReadQps: 23_148, ...SOCIAL_SLO}, choice: 'cache-aside', runnerUp: 'read-through'},
    {name: 'hot keys read 250,000 times a second', facts: {access: 'point', readWriteRatio: 50, peakReadQps: 250_000, ...SOCIAL_SLO}, choice: 'read-through', runnerUp: 'cache-aside'},
    {name: 'carts by key under strong consistency and a durability target', facts: {access: 'point', readWriteRatio: 2.5, durabilitySlo: 0.99999999999, ...CHECKOUT_SLO}, choice: 'write-through', runnerUp: 'cache-aside'},
    {name: 'location updates, 0.14 reads per write, eventual', facts: {readWriteRatio: 0.139, ...SOCIAL_SLO}, choice: 'write-behind', runnerUp: 'cache-aside'},
  ],
  'cache-eviction': [
    {name: 'heartbeats that live 30 s (chat presence)', facts: {access: 'point', retentionSeconds: 30}, choice: 'ttl', runnerUp: 'lru'},
    {name: 'home timelines, newest first (social feed)', facts: {access: 'timeline', retentionSeconds: 157.68e6}, choice: 'lru', runnerUp: 'lfu'},
    {name: 'search queries with a popular head and a long tail', facts: {access: 'search', retentionSeconds: null}, choice: 'lfu', runnerUp: 'ttl'},
    {name: 'redirects by short code, kept 10 years (URL shortener)', facts: {access: 'point', retentionSeconds: 315.36e6}, choice: 'lru', runnerUp: 'lfu'},
  ],
  queue: [
    {name: 'post events fanned out to followers (social feed)', facts: {hasFanout: true, peakWriteQps: 6944, readWriteRatio: 5, hasMedia: true, largestMediaObjectBytes: 1e6, transactions: true, ordering: false, ...SOCIAL_SLO}, choice: 'kafka', runnerUp: 'rabbitmq'},
    {name: '500 K location writes a second (ride hailing)', facts: {hasFanout: false, peakWriteQps: 501_273, readWriteRatio: 0.145, hasMedia: false, largestMediaObjectBytes: null, transactions: false, ...SOCIAL_SLO}, choice: 'kafka', runnerUp: 'rabbitmq'},
    {name: 'strongly consistent orders and payments (checkout)', facts: {hasFanout: false, peakWriteQps: 2331, readWriteRatio: 2.48, hasMedia: false, largestMediaObjectBytes: null, transactions: true, ...CHECKOUT_SLO}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'uploads to transcode (video)', facts: {hasFanout: false, peakWriteQps: 736, readWriteRatio: 1.32, hasMedia: true, largestMediaObjectBytes: 300e6, transactions: false, consistency: 'eventual'}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'a small read-mostly CRUD service', facts: {hasFanout: false, peakWriteQps: 50, readWriteRatio: 20, hasMedia: false, largestMediaObjectBytes: null, transactions: false, consistency: 'eventual'}, choice: 'none', runnerUp: 'kafka'},
    {name: '1 KB text pastes kept as objects: nothing to process (System Design Primer, Pastebin)', facts: {hasFanout: false, peakWriteQps: 8, readWriteRatio: 10, hasMedia: true, largestMediaObjectBytes: 1000, transactions: false}, choice: 'none', runnerUp: 'kafka'},
    {name: 'crawled pages that start reverse-index and snippet jobs (System Design Primer, web crawler)', facts: {hasFanout: false, peakWriteQps: 4800, readWriteRatio: 1, hasMedia: false, largestMediaObjectBytes: null, transactions: false, backgroundJobs: true, backgroundJobNames: 'reverse-index and snippets (pages)', consumerGroups: null}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'notifications handed to third-party providers by workers (Xu, notification system)', facts: {hasFanout: false, peakWriteQps: 370, readWriteRatio: null, hasMedia: false, largestMediaObjectBytes: null, transactions: false, backgroundJobs: true, backgroundJobNames: 'send-to-apns-fcm (push)', consumerGroups: null}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'payment events read by two services, in strongly consistent transactions (Xu, payment system)', facts: {hasFanout: false, peakWriteQps: 20, readWriteRatio: null, hasMedia: false, largestMediaObjectBytes: null, transactions: true, consistency: 'strong', backgroundJobs: null, consumerGroups: 2}, choice: 'kafka', runnerUp: 'rabbitmq'},
    {name: 'one consumer group stated: no reason for a log', facts: {hasFanout: false, peakWriteQps: 50, readWriteRatio: 20, hasMedia: false, largestMediaObjectBytes: null, transactions: false, consistency: 'eventual', backgroundJobs: null, consumerGroups: 1}, choice: 'none', runnerUp: 'kafka'},
    {name: 'click events written more than read, within one broker: no log just for that (URL shortener)', facts: {hasFanout: false, peakWriteQps: 25_463, readWriteRatio: 0.914, hasMedia: false, largestMediaObjectBytes: null, transactions: false, ...SOCIAL_SLO}, choice: 'none', runnerUp: 'kafka'},
  ],
  fanout: [
    {name: '200 followers on average, celebrities with 100 M (social feed)', facts: {averageFollowers: 200, maxFollowers: 100e6, readWriteRatio: 5}, choice: 'hybrid', runnerUp: 'pull'},
    {name: 'no account above 5,000 followers, read-heavy', facts: {averageFollowers: 150, maxFollowers: 5000, readWriteRatio: 20}, choice: 'push', runnerUp: 'hybrid'},
    // 250 B reads ÷ 15 B tweets a month = 16.7 reads per write: read-heavy push +2, hybrid +1; 1 M followers at most, whose
    // tweets may take minutes: celebrities-may-lag push +1 (celebrities does not fire) → push 3, hybrid 1.
    {name: '10 followers on average, 1 M at most whose tweets may lag (System Design Primer, Twitter)', facts: {averageFollowers: 10, maxFollowers: 1e6, largestMayLag: true, readWriteRatio: 16.7}, choice: 'push', runnerUp: 'hybrid'},
    {name: 'small audiences, posts outnumber reads', facts: {averageFollowers: 50, maxFollowers: 2000, readWriteRatio: 0.5}, choice: 'pull', runnerUp: 'push'},
    {name: 'locations pushed to 40 online friends of 400, written, never read back (Xu: nearby friends)', facts: {averageFollowers: 400, maxFollowers: null, readWriteRatio: 0, pushed: true}, choice: 'push', runnerUp: 'pull'},
    {name: 'broadcast channels with millions of followers each', facts: {averageFollowers: 2e6, maxFollowers: 50e6, readWriteRatio: 3}, choice: 'pull', runnerUp: 'hybrid'},
  ],
  delivery: [
    {name: 'payments: exactly-once, in database transactions (Xu, payment system)', facts: {delivery: 'exactly-once', transactions: true, ledger: null, peakWriteQps: 20, readWriteRatio: 2}, choice: 'idempotency-keys', runnerUp: 'exactly-once'},
    {name: 'billed ad clicks: exactly-once at 50,000 events/s, write-heavy (Xu, ad click aggregation)', facts: {delivery: 'exactly-once', transactions: null, peakWriteQps: 50_000, readWriteRatio: 0.01}, choice: 'exactly-once', runnerUp: 'idempotency-keys'},
    {name: 'a double-entry ledger, no guarantee stated', facts: {delivery: null, ledger: true, transactions: true, peakWriteQps: 200, readWriteRatio: 5}, choice: 'idempotency-keys', runnerUp: 'at-least-once'},
    {name: 'alerts: never lost, a duplicate harmless (Xu, metrics monitoring)', facts: {delivery: 'at-least-once', peakWriteQps: 100, readWriteRatio: 1}, choice: 'at-least-once', runnerUp: 'idempotency-keys'},
    {name: 'location pings every 4 s, 250 K/s (ride hailing)', facts: {delivery: 'at-most-once', peakWriteQps: 501_273, readWriteRatio: 0.145}, choice: 'at-most-once', runnerUp: 'at-least-once'},
  ],
  'concurrency-control': [
    // 500 cities × 10 cinemas × 2,000 seats × 2 shows = 20 M bookings a day: 231/s on average, far above 10/s.
    {name: 'seats of a popular show, booked in transactions (Ticketmaster)', facts: {contention: 'high', transactions: true, consistency: 'strong', peakWriteQps: 231}, choice: 'pessimistic', runnerUp: 'constraints'},
    {name: 'seats of a popular show, no write rate stated', facts: {contention: 'high', transactions: true, consistency: 'strong'}, choice: 'pessimistic', runnerUp: 'constraints'},
    // 240,000 reservations a day ÷ 10^5 s = 2.4/s, × 2 at peak = 4.8/s, under 10/s: even on one room type and day, a 10 ms transaction meets another 4.8 % of the time.
    {name: 'popular rooms, contended, but 4.8 writes/s at peak (Xu, hotel reservation inventory)', facts: {contention: 'high', transactions: true, consistency: 'strong', peakWriteQps: 4.8}, choice: 'optimistic', runnerUp: 'pessimistic'},
    {name: 'hotel rooms, rarely contended, booked exactly once (Xu, hotel reservation)', facts: {contention: 'low', transactions: true, delivery: 'exactly-once', consistency: 'strong'}, choice: 'optimistic', runnerUp: 'constraints'},
    {name: 'an append-only ledger with idempotency keys (Xu, payment system)', facts: {ledger: true, transactions: true, delivery: 'exactly-once', consistency: 'strong'}, choice: 'constraints', runnerUp: 'optimistic'},
    {name: 'a ride offer the first of three drivers accepts (ride hailing)', facts: {contention: 'high', transactions: null, consistency: 'eventual'}, choice: 'constraints', runnerUp: 'last-write-wins'},
    {name: 'profiles written by their owner only, eventual', facts: {contention: 'none', transactions: false, consistency: 'eventual'}, choice: 'last-write-wins', runnerUp: 'constraints'},
  ],
  'distributed-transactions': [
    {name: 'an order and its lines under one key (checkout)', facts: {transactionAcrossKeys: false, transactionWorkloads: 1, transactionPeakWriteQps: 2331, transactionStorageBytes: 99e12, consistency: 'strong'}, choice: 'local', runnerUp: 'two-phase-commit'},
    {name: 'reservations with room inventory, 3 writes/s (Xu, hotel reservation)', facts: {transactionAcrossKeys: true, transactionWorkloads: 2, transactionPeakWriteQps: 6, transactionStorageBytes: 80e9, consistency: 'strong'}, choice: 'local', runnerUp: 'two-phase-commit'},
    {name: 'transfers between accounts at 2 M writes/s (Xu, digital wallet)', facts: {transactionAcrossKeys: true, transactionWorkloads: 1, transactionPeakWriteQps: 2e6, transactionStorageBytes: 500e12, consistency: 'strong'}, choice: 'saga', runnerUp: 'two-phase-commit'},
    {name: 'transfers between accounts at 8,000 writes/s, strong', facts: {transactionAcrossKeys: true, transactionWorkloads: 1, transactionPeakWriteQps: 8000, transactionStorageBytes: 20e12, consistency: 'strong'}, choice: 'two-phase-commit', runnerUp: 'saga'},
  ],
  architecture: [
    {name: '150 engineers, 41,667 req/s peak, four nines (social feed)', facts: {engineers: 150, peakTotalQps: 41_667, workloadCount: 3, loadSpread: 1, ...SOCIAL_SLO}, choice: 'microservices', runnerUp: 'monolith'},
    {name: 'six engineers, one workload, 300 req/s', facts: {engineers: 6, peakTotalQps: 300, workloadCount: 1, loadSpread: 1, availabilitySlo: 0.999}, choice: 'monolith', runnerUp: 'microservices'},
    {name: 'team unknown, 1,708 req/s, three workloads, 99.95 % (video)', facts: {engineers: null, peakTotalQps: 1708, workloadCount: 3, loadSpread: 2.32, availabilitySlo: 0.9995}, choice: 'monolith', runnerUp: 'microservices'},
  ],
  consistency: [
    {name: 'eventual at four nines (social feed)', facts: {transactions: true, ...SOCIAL_SLO}, choice: 'ap', runnerUp: 'cp'},
    {name: 'strong at four nines (checkout)', facts: {transactions: true, ...CHECKOUT_SLO}, choice: 'cp', runnerUp: 'ap'},
    {name: 'nothing stated', facts: {consistency: null, availabilitySlo: null}, choice: 'cp', runnerUp: 'ap'},
  ],
  redundancy: [
    {name: '99 % (an internal tool)', facts: {availabilitySlo: 0.99, consistency: 'eventual'}, choice: 'single', runnerUp: 'n-plus-one'},
    {name: '99.5 %', facts: {availabilitySlo: 0.995, consistency: 'eventual'}, choice: 'n-plus-one', runnerUp: 'multi-az'},
    {name: '99.95 % (video)', facts: {availabilitySlo: 0.9995, consistency: 'eventual'}, choice: 'multi-az', runnerUp: 'n-plus-one'},
    {name: '99.99 %, eventual (social feed)', facts: {...SOCIAL_SLO}, choice: 'multi-region', runnerUp: 'multi-az'},
    {name: '99.99 %, strong (checkout)', facts: {...CHECKOUT_SLO}, choice: 'multi-az', runnerUp: 'multi-region'},
    {name: '99.999 %, strong', facts: {availabilitySlo: 0.99999, consistency: 'strong'}, choice: 'multi-region', runnerUp: 'multi-az'},
    // Placement as designs state it, without (or besides) a figure.
    {name: 'no figure, "multiple availability zones" (scaling on AWS)', facts: {availabilitySlo: null, placementStated: true, survive: 'zone-loss'}, choice: 'multi-az', runnerUp: 'n-plus-one'},
    {name: 'no figure, "highly available"', facts: {availabilitySlo: null, placementStated: true, highlyAvailable: true}, choice: 'multi-az', runnerUp: 'n-plus-one'},
    {name: 'no figure, regions and data residency (proximity service)', facts: {availabilitySlo: null, placementStated: true, regions: 2, residencyJurisdictions: 2}, choice: 'multi-region', runnerUp: 'n-plus-one'},
    {name: 'no figure, "highly available", data kept in the EU and the US (proximity service)', facts: {availabilitySlo: null, placementStated: true, highlyAvailable: true, residencyJurisdictions: 2}, choice: 'multi-region', runnerUp: 'multi-az'},
    // "Highly available" beside two stated regions is what the regions are for: no extra pull to zones (payments, email).
    {name: 'no figure, "highly available", two regions (payment system)', facts: {availabilitySlo: null, placementStated: true, highlyAvailable: true, regions: 2}, choice: 'multi-region', runnerUp: 'n-plus-one'},
    {name: 'no figure, "highly available", two regions, strong (email)', facts: {availabilitySlo: null, placementStated: true, highlyAvailable: true, regions: 2, consistency: 'strong'}, choice: 'multi-region', runnerUp: 'n-plus-one'},
    {name: '99.99 %, strong, must survive a region loss (payments)', facts: {...CHECKOUT_SLO, placementStated: true, survive: 'region-loss'}, choice: 'multi-region', runnerUp: 'multi-az'},
    {name: '99.99 %, eventual, one region stated', facts: {...SOCIAL_SLO, placementStated: true, regions: 1}, choice: 'multi-az', runnerUp: 'n-plus-one'},
    {name: '99.9 %, must survive the loss of one machine only', facts: {availabilitySlo: 0.999, consistency: 'eventual', placementStated: true, survive: 'instance-loss'}, choice: 'n-plus-one', runnerUp: 'multi-az'},
    {name: 'nothing stated: an assumption, said as one', facts: {availabilitySlo: null, placementStated: false}, choice: 'n-plus-one', runnerUp: 'single'},
    {name: '99.99 %, eventual, spread over 3 zones (the plan\'s zones)', facts: {...SOCIAL_SLO, zones: 3}, choice: 'multi-az', runnerUp: 'multi-region'},
  ],
  failover: [
    {name: '99.99 %, eventual, writes past one primary (social feed)', facts: {...SOCIAL_SLO, peakWriteQps: 6944, textStorageBytes: 55.2e15, masterlessStore: true, masterlessStores: 'Cassandra for posts'}, choice: 'active-active', runnerUp: 'active-passive'},
    {name: 'no figure, eventual, 1,500 writes/s kept in Cassandra (Discord)', facts: {availabilitySlo: null, consistency: 'eventual', peakWriteQps: 1500, textStorageBytes: null, masterlessStore: true, masterlessStores: 'Cassandra for messages'}, choice: 'active-active', runnerUp: 'active-passive'},
    {name: 'no figure, eventual, 1,500 writes/s into one PostgreSQL primary', facts: {availabilitySlo: null, consistency: 'eventual', peakWriteQps: 1500, textStorageBytes: 2e12, masterlessStore: false, masterlessStores: null}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: 'strong, DynamoDB chosen for the balances: a leader per partition still', facts: {availabilitySlo: 0.9999, consistency: 'strong', peakWriteQps: 3000, textStorageBytes: 1e12, masterlessStore: true, masterlessStores: 'DynamoDB for balances'}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.99 %, strong (checkout)', facts: {...CHECKOUT_SLO, peakWriteQps: 2331, textStorageBytes: 30e12}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.99 %, strong, Raft groups at 2 M writes/s (digital wallet)', facts: {...CHECKOUT_SLO, peakWriteQps: 2e6, textStorageBytes: 100e12}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.5 %, eventual', facts: {availabilitySlo: 0.995, consistency: 'eventual', peakWriteQps: 100, textStorageBytes: 1e12}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.95 %, eventual, one primary in one region (video)', facts: {availabilitySlo: 0.9995, consistency: 'eventual', peakWriteQps: 736, textStorageBytes: 6e12}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.999 %, strong: a leader is still elected', facts: {availabilitySlo: 0.99999, consistency: 'strong', peakWriteQps: 20_000, textStorageBytes: 50e12}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: 'no figure, two regions, eventual', facts: {availabilitySlo: null, consistency: 'eventual', regions: 2, peakWriteQps: 1000, textStorageBytes: 20e12}, choice: 'active-active', runnerUp: 'active-passive'},
    {name: 'no figure, zones, one MySQL primary (scaling on AWS)', facts: {availabilitySlo: null, consistency: null, survive: 'zone-loss', peakWriteQps: 800, textStorageBytes: 36e12}, choice: 'active-passive', runnerUp: 'active-active'},
  ],
  'load-balancing': [
    {name: 'per-reader timelines, 240 GB hot (social feed)', facts: {hasFanout: true, cacheHotBytes: 240e9, latencySpread: null}, choice: 'consistent-hashing', runnerUp: 'round-robin'},
    {name: 'p99 1 s against p95 300 ms (checkout)', facts: {hasFanout: false, cacheHotBytes: 37.6e9, latencySpread: 3.33}, choice: 'least-connections', runnerUp: 'round-robin'},
    {name: 'even requests, p99 within 2× of p50', facts: {hasFanout: false, cacheHotBytes: 5e9, latencySpread: 2}, choice: 'round-robin', runnerUp: 'least-connections'},
    {name: 'a query cache sharded over 4 servers of 64 GB (System Design Primer, query cache)', facts: {hasFanout: false, cacheHotBytes: 170e9, cacheServers: 4, latencySpread: null}, choice: 'consistent-hashing', runnerUp: 'least-connections'},
    {name: 'stateless web servers before a 691 GB cache (System Design Primer, scaling on AWS: ELB, then ElastiCache)', facts: {hasFanout: false, cacheHotBytes: 691e9, latencySpread: null}, choice: 'round-robin', runnerUp: 'least-connections'},
    {name: '100 M connections held open, no per-key state stated (chat)', facts: {hasFanout: false, cacheHotBytes: 6e12, hasConnections: true, concurrentConnections: 100e6, latencySpread: null}, choice: 'least-connections', runnerUp: 'round-robin'},
    {name: 'collectors that each own their targets (Xu, metrics monitoring)', facts: {hasFanout: false, cacheHotBytes: 1e9, statefulWorkers: true, latencySpread: 2}, choice: 'consistent-hashing', runnerUp: 'round-robin'},
    {name: 'a stateless tier, a cache of one server', facts: {hasFanout: false, cacheHotBytes: 10e9, cacheServers: 1, statefulWorkers: null, latencySpread: 2}, choice: 'round-robin', runnerUp: 'least-connections'},
  ],
  'rate-limiting': [
    {name: 'peaks 3× the average (chat)', facts: {peakFactor: 3, consistency: 'eventual'}, choice: 'token-bucket', runnerUp: 'leaky-bucket'},
    {name: 'sale-day peaks of 5× into one primary (checkout)', facts: {peakFactor: 5, consistency: 'strong'}, choice: 'leaky-bucket', runnerUp: 'token-bucket'},
    {name: 'peaks 2× the average (social feed)', facts: {peakFactor: 2, consistency: 'eventual'}, choice: 'sliding-window', runnerUp: 'token-bucket'},
  ],
  'circuit-breaker': [
    {name: 'three services, fan-out reads, four nines (social feed)', facts: {workloadCount: 3, hasFanout: true, availabilitySlo: 0.9999}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'one service at 99 %', facts: {workloadCount: 1, hasFanout: false, availabilitySlo: 0.99}, choice: 'skip', runnerUp: 'adopt'},
  ],
  bulkhead: [
    {name: 'three workloads 68× apart in load (chat)', facts: {workloadCount: 3, loadSpread: 67.6, availabilitySlo: 0.9999}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'one workload, even at four nines', facts: {workloadCount: 1, loadSpread: 1, availabilitySlo: 0.9999}, choice: 'skip', runnerUp: 'adopt'},
  ],
  retries: [
    {name: 'three services at four nines, with transactions (social feed)', facts: {workloadCount: 3, transactions: true, availabilitySlo: 0.9999, deliveryRequired: null}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'one service at 99 %', facts: {workloadCount: 1, transactions: false, availabilitySlo: 0.99, deliveryRequired: null}, choice: 'skip', runnerUp: 'adopt'},
    {name: 'one payment service at 99.9 %, exactly-once: retry with idempotency keys (Xu, payment system)', facts: {workloadCount: 1, transactions: true, availabilitySlo: null, deliveryRequired: true}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'two workloads, both fire and forget', facts: {workloadCount: 2, transactions: false, availabilitySlo: null, deliveryRequired: false}, choice: 'skip', runnerUp: 'adopt'},
    // Transcoding is retried: adopt 3 against no skip (simple-system does not fire where jobs run).
    {name: 'one video workload, 300 MB uploads transcoded (Xu, YouTube)', facts: {workloadCount: 1, transactions: false, availabilitySlo: null, deliveryRequired: null, largestMediaObjectBytes: 300e6, backgroundJobs: null}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'one workload of 1 KB pastes kept as objects: no processing job', facts: {workloadCount: 1, transactions: false, availabilitySlo: null, deliveryRequired: null, largestMediaObjectBytes: 1000, backgroundJobs: null}, choice: 'skip', runnerUp: 'adopt'},
    {name: 'one crawler workload whose pages start indexing jobs', facts: {workloadCount: 1, transactions: false, availabilitySlo: null, deliveryRequired: null, largestMediaObjectBytes: null, backgroundJobs: true}, choice: 'adopt', runnerUp: 'skip'},
  ],
  ...QUERY_CASES,
  ...OPERATIONS_CASES,
  ...MEDIA_CASES,
  ...BUILD_VS_BUY_CASES,
  ...BOOKKEEPING_CASES,
  ...OBJECT_LAYOUT_CASES,
  ...SYNC_CASES,
  ...COMPUTE_CASES,
  ...DEDUP_CASES,
  ...RECOVERY_CASES,
  ...CACHE_PLACEMENT_CASES,
  ...WINDOWING_CASES,
}

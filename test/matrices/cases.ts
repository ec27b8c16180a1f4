import type {Unit} from '../../src/engine/ledger.js'
import type {Fact, Facts} from '../../src/matrices/types.js'
import {QUERY_CASES, QUERY_FACT_UNITS} from './cases-queries.js'

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
  ...QUERY_FACT_UNITS,
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
    {name: 'redirects by short code, 172 TB (URL shortener)', facts: {access: 'point', peakWriteQps: 2315, textStorageBytes: 172e12, ...SOCIAL_SLO}, choice: 'key-value', runnerUp: 'wide-column'},
    {name: 'strongly consistent, past one primary, nothing else stated', facts: {consistency: 'strong', peakWriteQps: 1852, textStorageBytes: 17e12}, choice: 'document', runnerUp: 'wide-column'},
    {name: 'media files only', facts: {hasMedia: true, recordBytes: 0}, choice: 'object-storage', runnerUp: 'relational'},
    {name: 'found by full-text search', facts: {access: 'search'}, choice: 'search-index', runnerUp: 'relational'},
    {name: 'metrics read by time window', facts: {access: 'timeseries'}, choice: 'time-series', runnerUp: 'wide-column'},
  ],
  'media-path': [
    {name: 'posts: 30 TB of media a day against 240 GB of text, 1 MB objects, read by users', facts: {mediaToTextRatio: 125, mediaBytesPerDay: 30e12, textBytesPerDay: 240e9, mediaObjectBytes: 1e6, mediaEgressBytesPerSecond: 347e6}, choice: 'object-storage-cdn', runnerUp: 'object-storage'},
    {name: 'archived 5 MB scans nobody downloads', facts: {mediaToTextRatio: 5000, mediaObjectBytes: 5e6, mediaEgressBytesPerSecond: 0}, choice: 'object-storage', runnerUp: 'object-storage-cdn'},
    {name: '50 KB avatars, half the bytes of the profiles', facts: {mediaToTextRatio: 0.5, mediaObjectBytes: 50e3, mediaEgressBytesPerSecond: 0}, choice: 'in-database', runnerUp: 'object-storage'},
  ],
  'id-generation': [
    {name: 'sharded, time-ordered timelines (social feed)', facts: {peakWriteQps: 6944, textStorageBytes: 440e12, hasFanout: true, ordering: false, transactions: true, ...SOCIAL_SLO}, choice: 'snowflake', runnerUp: 'uuid'},
    {name: 'sharded, unordered, written in every region (ride hailing)', facts: {peakWriteQps: 501_273, textStorageBytes: 972e12, hasFanout: false, ordering: false, transactions: false, ...SOCIAL_SLO}, choice: 'uuid', runnerUp: 'snowflake'},
    {name: 'fits one primary (video metadata)', facts: {peakWriteQps: 736, textStorageBytes: 6e12, availabilitySlo: 0.9995, consistency: 'eventual'}, choice: 'sequence', runnerUp: 'uuid'},
  ],
  cache: [
    {name: 'home timelines pushed to followers, four nines (feed posts)', facts: {access: 'timeline', hasFanout: true, readWriteRatio: 5, ...SOCIAL_SLO}, choice: 'redis', runnerUp: 'memcached'},
    {name: 'objects by key at three nines', facts: {access: 'point', hasFanout: false, readWriteRatio: 10, availabilitySlo: 0.999, consistency: 'eventual'}, choice: 'memcached', runnerUp: 'redis'},
    {name: 'heartbeats by key, written more than read (chat presence)', facts: {access: 'point', hasFanout: false, readWriteRatio: 0.174, ...SOCIAL_SLO}, choice: 'redis', runnerUp: 'memcached'},
  ],
  'cache-strategy': [
    {name: 'timeline pages assembled from posts (feed posts)', facts: {access: 'timeline', readWriteRatio: 5, transactions: null, ...SOCIAL_SLO}, choice: 'cache-aside', runnerUp: 'read-through'},
    {name: 'lookups by key, 10 reads per write (URL redirects)', facts: {access: 'point', readWriteRatio: 10, ...SOCIAL_SLO}, choice: 'read-through', runnerUp: 'cache-aside'},
    {name: 'carts by key under strong consistency and a durability target', facts: {access: 'point', readWriteRatio: 2.5, durabilitySlo: 0.99999999999, ...CHECKOUT_SLO}, choice: 'write-through', runnerUp: 'read-through'},
    {name: 'location updates, 0.14 reads per write, eventual', facts: {readWriteRatio: 0.139, ...SOCIAL_SLO}, choice: 'write-behind', runnerUp: 'cache-aside'},
  ],
  queue: [
    {name: 'post events fanned out to followers (social feed)', facts: {hasFanout: true, peakWriteQps: 6944, readWriteRatio: 5, hasMedia: true, transactions: true, ordering: false, ...SOCIAL_SLO}, choice: 'kafka', runnerUp: 'rabbitmq'},
    {name: '500 K location writes a second (ride hailing)', facts: {hasFanout: false, peakWriteQps: 501_273, readWriteRatio: 0.145, hasMedia: false, transactions: false, ...SOCIAL_SLO}, choice: 'kafka', runnerUp: 'rabbitmq'},
    {name: 'strongly consistent orders and payments (checkout)', facts: {hasFanout: false, peakWriteQps: 2331, readWriteRatio: 2.48, hasMedia: false, transactions: true, ...CHECKOUT_SLO}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'uploads to transcode (video)', facts: {hasFanout: false, peakWriteQps: 736, readWriteRatio: 1.32, hasMedia: true, transactions: false, consistency: 'eventual'}, choice: 'rabbitmq', runnerUp: 'kafka'},
    {name: 'a small read-mostly CRUD service', facts: {hasFanout: false, peakWriteQps: 50, readWriteRatio: 20, hasMedia: false, transactions: false, consistency: 'eventual'}, choice: 'none', runnerUp: 'kafka'},
  ],
  fanout: [
    {name: '200 followers on average, celebrities with 100 M (social feed)', facts: {averageFollowers: 200, maxFollowers: 100e6, readWriteRatio: 5}, choice: 'hybrid', runnerUp: 'pull'},
    {name: 'no account above 5,000 followers, read-heavy', facts: {averageFollowers: 150, maxFollowers: 5000, readWriteRatio: 20}, choice: 'push', runnerUp: 'hybrid'},
    {name: 'small audiences, posts outnumber reads', facts: {averageFollowers: 50, maxFollowers: 2000, readWriteRatio: 0.5}, choice: 'pull', runnerUp: 'push'},
    {name: 'broadcast channels with millions of followers each', facts: {averageFollowers: 2e6, maxFollowers: 50e6, readWriteRatio: 3}, choice: 'pull', runnerUp: 'hybrid'},
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
  ],
  failover: [
    {name: '99.99 %, eventual (social feed)', facts: {...SOCIAL_SLO}, choice: 'active-active', runnerUp: 'active-passive'},
    {name: '99.99 %, strong (checkout)', facts: {...CHECKOUT_SLO}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.5 %, eventual', facts: {availabilitySlo: 0.995, consistency: 'eventual'}, choice: 'active-passive', runnerUp: 'active-active'},
    {name: '99.999 %, strong', facts: {availabilitySlo: 0.99999, consistency: 'strong'}, choice: 'active-active', runnerUp: 'active-passive'},
  ],
  'load-balancing': [
    {name: 'per-reader timelines, 240 GB hot (social feed)', facts: {hasFanout: true, cacheHotBytes: 240e9, latencySpread: null}, choice: 'consistent-hashing', runnerUp: 'least-connections'},
    {name: 'p99 1 s against p95 300 ms (checkout)', facts: {hasFanout: false, cacheHotBytes: 37.6e9, latencySpread: 3.33}, choice: 'least-connections', runnerUp: 'round-robin'},
    {name: 'even requests, p99 within 2× of p50', facts: {hasFanout: false, cacheHotBytes: 5e9, latencySpread: 2}, choice: 'round-robin', runnerUp: 'least-connections'},
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
    {name: 'three services at four nines, with transactions (social feed)', facts: {workloadCount: 3, transactions: true, availabilitySlo: 0.9999}, choice: 'adopt', runnerUp: 'skip'},
    {name: 'one service at 99 %', facts: {workloadCount: 1, transactions: false, availabilitySlo: 0.99}, choice: 'skip', runnerUp: 'adopt'},
  ],
  ...QUERY_CASES,
}

import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices of issue 14's missing decision kinds (read replicas,
 * retention, CDN, autoscaling, reconciliation …), spread into CASES. Kept
 * apart so that each matrix's cases sit beside the others of its kind.
 */
/** The units of the facts these matrices add (src/matrices/facts-operations.ts). */
export const OPERATIONS_FACT_UNITS: Readonly<Record<string, Unit>> = {
  activeWindowSeconds: 's',
  monthlyUsers: 'count',
}

export const OPERATIONS_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  retention: [
    {name: 'pastes kept 3 years, then purged (System Design Primer: pastebin)', facts: {hasWrites: true, updates: null, retentionSeconds: 94_608_000, retentionForever: false, hasRollups: false, access: 'point', textStorageBytes: 97e9, hasAnalytics: false, readsPerObjectPerYear: null, ledger: null}, choice: 'expire', runnerUp: 'tiered'},
    {name: 'chat history kept forever, size unknown (Discord)', facts: {hasWrites: true, updates: null, retentionSeconds: null, retentionForever: true, hasRollups: false, access: 'timeline', textStorageBytes: null, hasAnalytics: false, readsPerObjectPerYear: null, ledger: null}, choice: 'keep', runnerUp: 'tiered'},
    {name: '18 PB of files read 0.2 times a year each (Xu: Google Drive)', facts: {hasWrites: true, updates: null, retentionSeconds: null, retentionForever: true, hasRollups: false, access: null, objectBytesKept: 18.25e15, readsPerObjectPerYear: 0.2, hasAnalytics: false, ledger: null}, choice: 'tiered', runnerUp: 'keep'},
    {name: '97 TB of tweets kept 3 years, read newest first (Primer: Twitter)', facts: {hasWrites: true, updates: null, retentionSeconds: 94_608_000, retentionForever: false, hasRollups: false, access: 'timeline', textStorageBytes: 97e12, hasAnalytics: false, readsPerObjectPerYear: null, ledger: null}, choice: 'tiered', runnerUp: 'expire'},
    {name: 'raw points 7 days, rollups a year (Xu: metrics monitoring)', facts: {hasWrites: true, updates: null, retentionSeconds: 604_800, longestRetentionSeconds: 31_536_000, retentionForever: false, hasRollups: true, access: 'timeseries', textStorageBytes: null, hasAnalytics: false, readsPerObjectPerYear: null, ledger: null}, choice: 'downsampling', runnerUp: 'expire'},
    {name: 'a wallet ledger kept forever', facts: {hasWrites: true, updates: null, retentionSeconds: null, retentionForever: true, hasRollups: false, access: 'point', textStorageBytes: 2e12, hasAnalytics: true, readsPerObjectPerYear: null, ledger: true}, choice: 'keep', runnerUp: 'tiered'},
    {name: 'a monthly leaderboard: scores set in place, a new sorted set each month (Xu: gaming leaderboard)', facts: {hasWrites: true, updates: 'in-place', resetEvery: 2_592_000, retentionSeconds: null, retentionForever: true, hasRollups: false, access: 'ranking', textStorageBytes: 650e6, hasAnalytics: false, readsPerObjectPerYear: null, ledger: null}, choice: 'tiered', runnerUp: 'keep'},
  ],
  reconciliation: [
    {name: 'a double-entry ledger of payments processed exactly once (Xu: payment system)', facts: {hasLedger: true, exactlyOnce: true, exactlyOnceAggregates: null, deliveryRequired: true}, choice: 'nightly-batch', runnerUp: 'none'},
    {name: 'ad clicks aggregated by the minute, billed exactly once (Xu: ad click aggregation)', facts: {hasLedger: null, exactlyOnce: true, exactlyOnceAggregates: true, deliveryRequired: true}, choice: 'nightly-batch', runnerUp: 'none'},
    {name: 'metrics collected fire and forget', facts: {hasLedger: null, exactlyOnce: false, exactlyOnceAggregates: null, deliveryRequired: false}, choice: 'none', runnerUp: 'nightly-batch'},
    {name: 'chat messages delivered at least once', facts: {hasLedger: null, exactlyOnce: false, exactlyOnceAggregates: null, deliveryRequired: true}, choice: 'none', runnerUp: 'nightly-batch'},
  ],
  autoscaling: [
    {name: 'stateless web servers, peak twice the average (Primer: scaling on AWS; Xu: notification servers)', facts: {peakFactor: 2, activeWindowSeconds: null, statefulWorkers: null}, choice: 'reactive', runnerUp: 'scheduled'},
    {name: 'a trading day: all orders within 6.5 hours', facts: {peakFactor: 3.7, activeWindowSeconds: 23_400, statefulWorkers: null}, choice: 'scheduled', runnerUp: 'reactive'},
    {name: 'a flat internal load, 1.2× at peak', facts: {peakFactor: 1.2, activeWindowSeconds: null, statefulWorkers: null}, choice: 'fixed', runnerUp: 'scheduled'},
    {name: 'stateful game servers holding sessions, 2× at peak', facts: {peakFactor: 2, activeWindowSeconds: null, statefulWorkers: true}, choice: 'fixed', runnerUp: 'reactive'},
  ],
  cdn: [
    {name: '10 M users of a web app, no media (Primer: Mint; scaling on AWS)', facts: {monthlyUsers: 10e6, mediaEgressBytesPerSecond: null}, choice: 'static-assets', runnerUp: 'media-and-dynamic'},
    {name: 'a social feed read by 300 M users, 347 MB/s of media at peak', facts: {monthlyUsers: 300e6, mediaEgressBytesPerSecond: 347e6}, choice: 'media-and-dynamic', runnerUp: 'static-assets'},
    {name: 'an internal metrics pipeline with no users stated', facts: {monthlyUsers: null, mediaEgressBytesPerSecond: null}, choice: 'none', runnerUp: 'static-assets'},
  ],
  replication: [
    // No read rate, but reads stated past one server: reads-stated-past-primary read-replicas +3, primary-only −3
    // (reads-fit-primary does not fire on a stated overload); cache-in-front and beyond-replicas 0, cache first in the file.
    {name: 'a 10 GB bucket table whose reads one server may not take, no rate given (Xu: S3-like object storage)', facts: {peakReadQps: 0, peakWriteQps: 0, readWriteRatio: null, hasWrites: false, recordsHeld: 10e6, readsOutgrowOneNode: true, access: null, cacheHotBytes: null, consistency: null}, choice: 'read-replicas', runnerUp: 'cache-in-front'},
    // No rates, but stated read-heavy: read-heavy-stated read-replicas +2; reads-fit-primary does not fire on reads never
    // counted; primary-only, cache-in-front and beyond-replicas 0 (Xu and Lam: "For a read-heavy system ... MySQL").
    {name: '200 M businesses, read-heavy as stated, no rates (Xu and Lam: proximity service)', facts: {peakReadQps: 0, peakWriteQps: 0, readWriteRatio: null, hasWrites: false, hasReads: false, recordsHeld: 200e6, readHeavy: true, access: null, cacheHotBytes: null, consistency: null}, choice: 'read-replicas', runnerUp: 'primary-only'},
    {name: 'a 10:1 read-heavy pastebin at 80 reads/s (System Design Primer)', facts: {peakReadQps: 80, peakWriteQps: 8, readWriteRatio: 10, hasWrites: true, access: 'point', cacheHotBytes: 187e6, consistency: null}, choice: 'read-replicas', runnerUp: 'primary-only'},
    // 4,000 writes/s at peak fill more than the 40 % × 5,000 = 2,000/s of the primary kept for writes (read-replicas +2,
    // primary-only −1), where 400 reads/s fit it (primary-only +1): read replicas 2 to 0 (Primer: Mint, replicas for the misses).
    {name: 'a write-heavy ledger read 400 times a second (System Design Primer: Mint)', facts: {peakReadQps: 400, peakWriteQps: 4_000, readWriteRatio: 0.1, hasWrites: true, consistency: null}, choice: 'read-replicas', runnerUp: 'primary-only'},
    {name: 'the same ledger at 1,500 writes/s: the primary takes reads and writes', facts: {peakReadQps: 400, peakWriteQps: 1_500, readWriteRatio: 0.27, hasWrites: true, consistency: null}, choice: 'primary-only', runnerUp: 'read-replicas'},
    {name: '80,000 page reads/s of a 100:1 content site, hot set far past memory (Primer: scaling on AWS)', facts: {peakReadQps: 80_000, peakWriteQps: 800, readWriteRatio: 100, hasWrites: true, cacheHotBytes: 691e9, consistency: null}, choice: 'read-replicas', runnerUp: 'cache-in-front'},
    {name: '200,000 timeline reads/s and 12,000 writes/s (Primer: Twitter)', facts: {peakReadQps: 200_000, peakWriteQps: 12_000, readWriteRatio: 16.7, hasWrites: true, access: 'timeline', cacheHotBytes: 311e9, consistency: null}, choice: 'beyond-replicas', runnerUp: 'read-replicas'},
    {name: '30,000 key lookups/s over a 2 GB hot set', facts: {peakReadQps: 30_000, peakWriteQps: 300, readWriteRatio: 100, hasWrites: true, access: 'point', cacheHotBytes: 2e9, consistency: 'eventual'}, choice: 'cache-in-front', runnerUp: 'read-replicas'},
    {name: 'account balances read at 3,000/s, read-your-writes', facts: {peakReadQps: 3_000, peakWriteQps: 200, readWriteRatio: 15, hasWrites: true, access: 'point', consistency: 'strong'}, choice: 'primary-only', runnerUp: 'read-replicas'},
  ],
}

import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices of issue 14's missing decision kinds (read replicas,
 * retention, CDN, autoscaling, reconciliation …), spread into CASES. Kept
 * apart so that each matrix's cases sit beside the others of its kind.
 */
export const OPERATIONS_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  replication: [
    {name: 'a 10:1 read-heavy pastebin at 80 reads/s (System Design Primer)', facts: {peakReadQps: 80, peakWriteQps: 8, readWriteRatio: 10, hasWrites: true, access: 'point', cacheHotBytes: 187e6, consistency: null}, choice: 'read-replicas', runnerUp: 'primary-only'},
    {name: 'a write-heavy ledger read 400 times a second', facts: {peakReadQps: 400, peakWriteQps: 4_000, readWriteRatio: 0.1, hasWrites: true, consistency: null}, choice: 'primary-only', runnerUp: 'read-replicas'},
    {name: '80,000 page reads/s of a 100:1 content site, hot set far past memory (Primer: scaling on AWS)', facts: {peakReadQps: 80_000, peakWriteQps: 800, readWriteRatio: 100, hasWrites: true, cacheHotBytes: 691e9, consistency: null}, choice: 'read-replicas', runnerUp: 'cache-in-front'},
    {name: '200,000 timeline reads/s and 12,000 writes/s (Primer: Twitter)', facts: {peakReadQps: 200_000, peakWriteQps: 12_000, readWriteRatio: 16.7, hasWrites: true, access: 'timeline', cacheHotBytes: 311e9, consistency: null}, choice: 'beyond-replicas', runnerUp: 'read-replicas'},
    {name: '30,000 key lookups/s over a 2 GB hot set', facts: {peakReadQps: 30_000, peakWriteQps: 300, readWriteRatio: 100, hasWrites: true, access: 'point', cacheHotBytes: 2e9, consistency: 'eventual'}, choice: 'cache-in-front', runnerUp: 'read-replicas'},
    {name: 'account balances read at 3,000/s, read-your-writes', facts: {peakReadQps: 3_000, peakWriteQps: 200, readWriteRatio: 15, hasWrites: true, access: 'point', consistency: 'strong'}, choice: 'primary-only', runnerUp: 'read-replicas'},
  ],
}

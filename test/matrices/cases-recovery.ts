import type {MatrixCase} from './cases.js'

/**
 * Cases of the stream-job recovery matrix (data/matrices/recovery.yaml),
 * spread into CASES. Scores by hand (snapshots / replay-log / none).
 */
const stream = {hasAnalytics: true, analyticsFreshness: 60, analyticsLateEvents: null}

export const RECOVERY_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  recovery: [
    // exact-counts: snapshots 3, replay-log −1, none −3; windows-held-open: snapshots +1 → 4.
    {name: 'clicks counted every minute, billed exactly once, late clicks awaited (Xu and Lam: ad click aggregation)', facts: {...stream, delivery: 'exactly-once', analyticsLateEvents: true}, choice: 'snapshots', runnerUp: 'replay-log'},
    // recount-is-absorbed: replay-log 2, none −2, snapshots 0.
    {name: 'page views counted every minute, at least once', facts: {...stream, delivery: 'at-least-once'}, choice: 'replay-log', runnerUp: 'snapshots'},
    // loss-accepted: none 3.
    {name: 'device metrics averaged every minute, fire and forget', facts: {...stream, delivery: 'at-most-once'}, choice: 'none', runnerUp: 'snapshots'},
  ],
}

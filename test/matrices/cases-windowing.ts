import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the windowing matrix (data/matrices/windowing.yaml), spread into
 * CASES. Scores by hand (tumbling / sliding / session).
 */
/** The unit of the fact it adds (src/matrices/facts-queries.ts). */
export const WINDOWING_FACT_UNITS: Readonly<Record<string, Unit>> = {
  analyticsSessionGap: 's',
}

const unstated = {hasAnalytics: false, analyticsFreshness: null, rankWindow: null, delivery: null, analyticsSessionGap: null}

export const WINDOWING_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  windowing: [
    // fixed-intervals 2 + counted-once 1 → tumbling 3; sliding and session 0 (sliding by file order).
    {name: 'clicks counted per ad every minute, billed exactly once (Xu and Lam: ad click aggregation)', facts: {...unstated, hasAnalytics: true, analyticsFreshness: 60, delivery: 'exactly-once', analyticsSessionGap: 0}, choice: 'tumbling', runnerUp: 'sliding'},
    // last-period 2 → sliding 2, tumbling 0 (the default first among the rest).
    {name: 'the top 100 ads of the last minute (Xu and Lam: ad click aggregation)', facts: {...unstated, rankWindow: 60}, choice: 'sliding', runnerUp: 'tumbling'},
    // last-period 2 → sliding 2.
    {name: "best sellers of the past week, refreshed hourly (SDP: sales rank)", facts: {...unstated, rankWindow: 604_800}, choice: 'sliding', runnerUp: 'tumbling'},
    // fixed-intervals 2, per-session 4 → session 4, tumbling 2.
    {name: 'page views per visit, a visit ending after 30 minutes idle', facts: {...unstated, hasAnalytics: true, analyticsFreshness: 3600, analyticsSessionGap: 1800}, choice: 'session', runnerUp: 'tumbling'},
  ],
}

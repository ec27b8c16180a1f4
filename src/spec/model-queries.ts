import type {GeoQuery, Updates} from './generated/schema-types.js'
import type {Input} from './model.js'

export type {GeoQuery, Updates} from './generated/schema-types.js'

/**
 * What a workload states about how it is queried and updated, beyond its
 * access pattern (scripts/schema/spec-query-facts.mjs); null where the spec
 * says nothing. Part of a workload's facts.
 */
export interface QueryFacts {
  /** A write adds a record (`append`, what an unstated value means) or replaces its key's (`in-place`). */
  readonly updates: Updates | null
  /** With `access: geo`, what a query asks for. */
  readonly geo: GeoQuery | null
  /** With `access: ranking`, what the reads return and how fresh they are. */
  readonly ranking: RankingFacts | null
  /** The key the data is split by, as the spec states it; null: the access pattern's natural key. */
  readonly partitionKey: string | null
  /** The spec states that the data will not fit on one machine (`outgrowsOneNode: true`); null when it says nothing. */
  readonly outgrowsOneNode?: boolean | null
  /** The spec states that the reads are more than one server serves (`readsOutgrowOneNode: true`); null when it says nothing. */
  readonly readsOutgrowOneNode?: boolean | null
  /** The spec states that the workload is read-heavy without rates (`readHeavy: true`); null when it says nothing. */
  readonly readHeavy?: boolean | null
  /** The writes are aggregated into results: how stale they may be, whether users query them; null when not stated. */
  readonly analytics: {readonly freshness: Input; readonly userFacing: boolean | null; readonly lateEvents?: boolean | null; readonly sessionGap?: Input | null} | null
  /** Coarser copies of a time series kept longer than its raw points; null when not stated. */
  readonly rollups: Rollups | null
  /** Each write is pushed to connected clients: to how many. Null when not pushed. */
  readonly push: {readonly recipients: Input} | null
  /** Seconds after which in-place records start over (a monthly leaderboard); null when they never do. */
  readonly resetEvery: Input | null
}

export interface RankingFacts {
  /** Reads also ask for one member's own rank. */
  readonly member: boolean | null
  /** Seconds the ranking may lag the writes (0: at once). */
  readonly refresh: Input | null
  /** Seconds of events the ranking counts; null: a running score. */
  readonly window: Input | null
}

/** Downsampling: one point per series per tier resolution, kept for the tier's retention. */
export interface Rollups {
  readonly series: Input
  readonly tiers: readonly RollupTier[]
}

export interface RollupTier {
  /** Seconds one point summarises. */
  readonly resolution: Input
  /** Seconds the tier keeps its points. */
  readonly retention: Input
  /** Bytes of one point before overhead, replication and compression; null: the record size. */
  readonly size: Input | null
}

/** Clients holding a connection open to receive pushes. */
export interface Connections {
  /** Clients connected at once; null when the spec gives no figure. */
  readonly concurrent: Input | null
  /** Clients also send over the connection; null when unstated. */
  readonly bidirectional: boolean | null
  /** Each client holds its connection only for the outcome of one request of its own; null when unstated. */
  readonly singleAnswer: boolean | null
}

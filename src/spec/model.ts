import type {InputCorrelation} from './correlations.js'
import type {Access, ByteUnits, Capability, Consistency, Contention, Delivery, RateBasis, MediaEdits, Platform, Survive, UploadsFrom} from './generated/schema-types.js'
import type {Connections, QueryFacts} from './model-queries.js'
import type {Lookups} from './model-cache.js'
import type {SystemProvisioning, WorkloadProvisioning} from './model-provisioning.js'

export type {Lookups} from './model-cache.js'
export type {KeySpace, PerServer, Prices, Provisioning, Quota, SystemProvisioning, WorkloadProvisioning} from './model-provisioning.js'
export type {Connections, GeoQuery, QueryFacts, RankingFacts, RollupTier, Rollups, Updates} from './model-queries.js'

/**
 * The system as the engine receives it: every quantity already in base units
 * (requests, bytes, seconds, plain fractions), every default applied and every
 * semantic check passed. `spec/` builds this from YAML; library users may build
 * it directly. `path` fields name where a value came from in the spec, so a
 * metric's inputs can be traced back to a line of YAML.
 */
export interface SystemModel {
  readonly name: string
  /** Ranged fields whose samples the spec correlates (`correlations:`), with the rank correlation reached; absent when none. */
  readonly correlations?: readonly InputCorrelation[]
  readonly conventions: Conventions
  /** Monthly and daily active users, each null when the spec does not say (nothing per user then). */
  readonly users: {
    readonly mau: Input | null
    readonly dau: Input | null
    /**
     * DAU as written when it is a share of MAU (`dau: 50%`), with its own
     * samples when ranged; `dau` is then mau × this, and the engine derives it
     * so, so that the sensitivity tells the MAU's range from the share's.
     */
    readonly dauShare?: Input | null
  }
  readonly traffic: TrafficShape
  readonly slo: Slo
  readonly workloads: readonly Workload[]
  readonly components: ComponentNode | null
  /** Engineers building the system, when stated (a fact for monolith versus services). */
  readonly teamEngineers: Input | null
  /** The compute platform the team already runs (`team.platform`), when stated. */
  readonly teamPlatform?: Platform
  /** Years the storage projection runs; at least 1. */
  readonly horizonYears: number
  /** Zones (or regions) the plan spreads each tier over so that it survives the loss of one at peak (`zones`); absent when the spec does not say. */
  readonly zones?: Input
  /** Who reads the system's writes from its log (`consumers`): consumer groups, and the consumers of one group reading at once; absent when not stated (1 and 1). */
  readonly consumers?: {readonly groups: number; readonly parallelism: number; readonly bufferWhileDown?: boolean}
  /** The storage fill, the capacity per server and the prices the spec states for the whole system; absent when it states none. */
  readonly provisioning?: SystemProvisioning
  /** Clients holding connections open for pushes; absent when the spec states none. */
  readonly connections?: Connections
  /** Where the system runs and what failure it must survive; absent when the spec states no `placement`. */
  readonly placement?: Placement
}

export type {Survive} from './generated/schema-types.js'

/** Placement as a design states it (`placement:`): each part null when unstated. */
export interface Placement {
  /** Regions the system runs in; `names` when the spec lists them. */
  readonly regions: {readonly count: number; readonly names: readonly string[] | null} | null
  readonly survive: Survive | null
  /** Jurisdictions whose data stays within them. */
  readonly residency: readonly string[] | null
  readonly highlyAvailable: boolean | null
}

/** A number taken from the spec (or a default), with where it came from. */
export interface Input {
  readonly value: number
  /** Dotted spec path, e.g. `workloads.posts.recordSize`; `default` when not in the spec. */
  readonly path: string
  readonly isDefault?: boolean
  /** Monte Carlo samples when the spec gives a range; `value` is then the median. */
  readonly samples?: Float64Array
}

export interface Conventions {
  /** Seconds in a day: 86,400, or 100,000 for napkin maths. */
  readonly secondsPerDay: Input
  /** Seconds in a month: 30 days by default; 30.4375 days; or a fixed 2.5 M s. */
  readonly secondsPerMonth: Input
  /** Days in a year: 365 by default, 365.25 (Julian) or 365.2425 (Gregorian). */
  readonly daysPerYear: Input
  /** Seconds in a quarter when the spec states one (the SRE book's 90 days); absent, a quarter is a year ÷ 4. */
  readonly secondsPerQuarter?: Input
  readonly byteUnits: ByteUnits
  /** Whether the spec states the byte units (`decimal` written out is the spec's choice, not the default). */
  readonly byteUnitsStated?: boolean
  /** Share of capacity in use at peak; capacity is sized as peak ÷ this. */
  readonly targetUtilization: Input
  /** Share of the daily read volume kept hot in cache (the 80/20 rule: 20 %). */
  readonly cacheHotShare: Input
  /**
   * Whether the month is counted in days of `secondsPerDay` (the default 30
   * days), so that what is derived from it rests on the day too; false for a
   * month fixed in seconds (`2.5M s`). Absent means true.
   */
  readonly monthInDays?: boolean
}

export type TrafficShape =
  | {readonly kind: 'peakFactor'; readonly peakFactor: Input}
  | {readonly kind: 'peakHourShare'; readonly peakHourShare: Input}
  | {readonly kind: 'activeWindow'; readonly activeWindowSeconds: Input; readonly peakFactor: Input}

export interface Slo {
  readonly availability: Input | null
  /** Latency targets in seconds, by percentile name (p50, p99 …). */
  readonly latencySeconds: Readonly<Record<string, Input>>
  readonly consistency: Consistency | null
  readonly durability: Input | null
  /** The rolling window the availability SLO is measured over (`slo.window`, in seconds); absent or null: 30 days of the spec's day. */
  readonly window?: Input | null
}

export type {RateBasis} from './generated/schema-types.js'

export interface Rate {
  readonly basis: RateBasis
  readonly amount: Input
}

export interface Workload {
  readonly name: string
  readonly reads: Rate | null
  readonly writes: Rate | null
  /** Records already held before any new writes (counted into storage kept); null when not stated. */
  readonly existingRecords: Input | null
  /** Bytes stored per write (text part); 0 when only reads are described. */
  readonly recordBytes: Input
  /**
   * Bytes returned per read (the record size unless stated); null for reads
   * with no size at all, whose bytes are then not estimated (a question of
   * request rates alone).
   */
  readonly readBytes: Input | null
  readonly media: Media | null
  /** Seconds data is kept; null means forever. */
  readonly retentionSeconds: Input | null
  readonly replication: Input
  readonly overhead: Input
  readonly compression: Input
  readonly yearlyGrowth: Input
  /** Seconds to serve one request, for Little's law; null when neither the workload nor the SLO says. */
  readonly latencySeconds: Input | null
  /** What the spec states about the data beyond its numbers; null where it says nothing. */
  readonly facts: WorkloadFacts
  /** The cache's working set as the spec states it (`cache:`); null for the default share of a day's reads. */
  readonly cache?: WorkingSet | null
  /** The fill, capacity per server, quota and key space the spec states for this workload; absent when it states none. */
  readonly provisioning?: WorkloadProvisioning
  /** The guarantees the spec states for this workload's data (consistency, delivery, ledger …); absent when it states none. */
  readonly design?: WorkloadDesign
  /** True when the spec names the data but states no figure for it (`figures: none`): decided, not sized. */
  readonly figureless?: boolean
  /** What it relies on that a provider sells (`capabilities:`), in the schema's order; absent when it names none. */
  readonly capabilities?: readonly Capability[]
}

export type {Contention, Delivery} from './generated/schema-types.js'

/** A workload's guarantees as a design states them: each null when unstated. */
export interface WorkloadDesign {
  /** This workload's own consistency, over the SLO's. */
  readonly consistency: Consistency | null
  readonly delivery: Delivery | null
  readonly ledger: boolean | null
  /** Every past state must be rebuilt by replaying the writes from the start. */
  readonly replayable: boolean | null
  readonly contention: Contention | null
  /** Other workloads one transaction of this one also writes. */
  readonly transactionsWith: readonly string[] | null
  /** The scope of `ordering` when it is stated as one (`true` is per key). */
  readonly ordering: 'per-key' | 'global' | null
  /** What the records' ids must be (`ids:`); null when unstated. */
  readonly ids: IdRequirements | null
  /** Whether the serving instances hold per-key state, so a key must reach the instance that holds it. */
  readonly stateful: boolean | null
  /** The background work each write starts that is not media (`jobs:`), by name; null when unstated. */
  readonly jobs: readonly string[] | null
}

/** Id requirements as a design states them: each null when unstated. */
export interface IdRequirements {
  readonly sortable: boolean | null
  readonly numeric: boolean | null
  readonly bits: number | null
  readonly opaque: boolean | null
}

export type {MemoryHolds, StorageFillOf} from './generated/schema-types.js'

/**
 * What a workload's cache holds: a share of the reads of a window, or a number
 * of distinct keys, each entry of `objectBytes` (the read size unless stated).
 */
export type WorkingSet =
  | {readonly kind: 'window'; readonly windowSeconds: Input | null; readonly hotShare: Input | null; readonly objectBytes: Input | null}
  | {readonly kind: 'keys'; readonly keys: Input; readonly objectBytes: Input | null}

/** Stated properties the decision matrices read (numbers alone cannot tell a graph from a ledger). */
export interface WorkloadFacts extends QueryFacts {
  readonly access: Access | null
  readonly transactions: boolean | null
  readonly relationships: boolean | null
  readonly ordering: boolean | null
  /** `largestMayLag`: the most-followed accounts' posts may reach their followers in minutes (null when not stated). */
  readonly fanout: {readonly averageFollowers: Input; readonly maxFollowers: Input | null; readonly largestMayLag?: boolean | null} | null
  /** Static assets, the same for every user (`static:`); absent or null when unstated. */
  readonly static?: boolean | null
  /** With `access: geo`, how the points are spread (`density:`); absent when unstated. */
  readonly density?: 'even' | 'uneven'
  /** Records looked up by key on every request (spec/model-cache.ts); null when not stated. */
  readonly lookups: Lookups | null
  /** Seconds without a write after which a key's record is dropped; null when not stated. */
  readonly expireAfterIdle: Input | null
  /** How reads spread over the records: `uniform` (no popular subset) or `skewed`; null when not stated. */
  readonly popularity: 'skewed' | 'uniform' | null
}

export interface Media {
  readonly writeShare: Input
  readonly bytes: Input
  readonly readShare: Input
  /** Share of media downloads a CDN in front of the origin serves from cache (`media.cdnHitRatio`), when stated. */
  readonly cdnHitRatio?: Input
  /** The largest object a client may upload (`media.maxSize`), when stated. */
  readonly maxBytes?: Input
  /** Who sends the objects (`media.uploadsFrom`), when stated. */
  readonly uploadsFrom?: UploadsFrom
  /** The share of the objects smaller than 1 MB (`media.smallShare`), when stated. */
  readonly smallShare?: Input
  /** The share of uploads already stored byte for byte (`media.duplicateShare`), when stated. */
  readonly duplicateShare?: Input
  /** How a stored file changes after upload (`media.edits`), when stated. */
  readonly edits?: MediaEdits
}

export type {MediaEdits, Platform, UploadsFrom} from './generated/schema-types.js'

export type ComponentNode =
  | {
      readonly kind: 'component'
      readonly name: string
      readonly path: string
      readonly availability: Input
      readonly instances: number
      readonly required: number
      /** Sizing from latency (queueing, budget, fan-out), when the component states any of it. */
      readonly latency?: ComponentLatency
    }
  | {
      readonly kind: 'series' | 'parallel'
      readonly name: string
      readonly path: string
      readonly children: readonly ComponentNode[]
    }

/** Where a queueing component's arrivals come from: a workload's peak reads or writes, or a stated rate. */
export type Arrivals = {readonly kind: 'serves'; readonly workload: string; readonly op: 'read' | 'write'} | {readonly kind: 'peakRate'; readonly rate: Input}

/** A component's latency: its p99 budget, its queue (M/M/c), its fan-out; engine/latency.ts derives from them. */
export interface ComponentLatency {
  /** The p99 budget as stated; null: the SLO's p99. */
  readonly budget: Input | null
  readonly queue: {readonly arrivals: Arrivals; readonly serviceTime: Input; readonly concurrency: number; readonly statedInstances: number | null} | null
  readonly fanout: {readonly backends: number; readonly backendLatency: {readonly percentile: string; readonly quantile: number; readonly seconds: Input} | null} | null
}

// Provisioning as the engine receives it (part of model.ts, kept apart to keep each file to one concern).
import type {MemoryHolds, StorageFillOf} from './generated/schema-types.js'
import type {Input} from './model.js'

/**
 * Provisioning as a published estimate states it, beyond the conventions'
 * defaults: each part null when the spec does not state it, and then nothing
 * is derived from it.
 */
export interface Provisioning {
  /** Share of a disk filled: provisioned storage = kept ÷ fill. A workload's own, or the convention. */
  readonly storageFill: Input | null
  /** Whether the fill applies to every replica or to one copy; a workload's null follows the convention. */
  readonly storageFillOf: StorageFillOf | null
  readonly perServer: PerServer | null
}

export interface SystemProvisioning extends Provisioning {
  readonly prices: Prices | null
}

export interface WorkloadProvisioning extends Provisioning {
  readonly quota: Quota | null
  readonly keys: KeySpace | null
}

/** What one server holds or serves; at least one of storage, memory, throughput. */
export interface PerServer {
  readonly storage: Input | null
  readonly memory: Input | null
  /** What the memory holds: the cache to provision, or all the data kept. */
  readonly memoryHolds: MemoryHolds
  /** Requests per second. */
  readonly throughput: Input | null
}

export interface Quota {
  readonly perUser: Input
  /** Users allocated the quota; null: the monthly active users. */
  readonly users: Input | null
}

export interface KeySpace {
  readonly alphabet: Input
  readonly length: Input
}

/** Dollars per byte out; per byte held a month; per request. */
export interface Prices {
  readonly egress: Input | null
  readonly storage: Input | null
  readonly requests: Input | null
}

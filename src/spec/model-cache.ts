import type {Input} from './model.js'

/**
 * Records a workload looks up by key on every request, of data read far more
 * often than it changes (scripts/schema/spec-cache-facts.mjs): what the cache
 * decisions read beside the workload's own reads. Part of a workload's facts.
 */
export interface Lookups {
  /** Records looked up for each read; null when not stated. */
  readonly perRead: Input | null
  /** Records looked up for each write; null when not stated. */
  readonly perWrite: Input | null
}

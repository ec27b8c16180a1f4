import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {optionalMetric} from '../engine/metrics.js'
import type {Workload} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The facts the cache decisions read beside a workload's own reads: the
 * records it looks up by key at peak (`lookups`: a user's device, a session, a
 * friend's profile), and how long a key may go unwritten before its record is
 * dropped (`expireAfterIdle`). Unstated, each is 0 (no lookups; records never expire),
 * what leaving it out means, so no "not stated" risk is raised for it.
 */
export function cacheFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const peak = workloadMetricId(w.name, 'lookups.peak')
  return {
    // No lookups stated: none (0/s), not an unknown rate.
    peakLookupQps: {value: optionalMetric(e.metrics, peak) ?? 0, unit: 'req/s', from: peak},
    // No idle expiry stated: records stay until deleted (0: never), not an unknown period.
    idleExpirySeconds: {value: w.facts.expireAfterIdle?.value ?? 0, unit: 's', from: `workloads.${w.name}.expireAfterIdle`},
    // No popularity stated: skewed, the 80/20 rule the hot set assumes.
    readPopularity: {value: w.facts.popularity ?? 'skewed', from: `workloads.${w.name}.popularity`},
  }
}

export const CACHE_FACT_LABELS: Readonly<Record<string, string>> = {
  peakLookupQps: 'records looked up by key at peak',
  idleExpirySeconds: 'records dropped after idle',
  readPopularity: 'how reads spread',
}

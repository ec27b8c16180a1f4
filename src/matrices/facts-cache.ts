import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {optionalMetric} from '../engine/metrics.js'
import type {Workload} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The facts the cache decisions read beside a workload's own reads: the
 * records it looks up by key at peak (`lookups`: a user's device, a session, a
 * friend's profile). Null when the spec states no lookups, so conditions on it
 * do not fire and a flip point says "not stated".
 */
export function cacheFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const peak = workloadMetricId(w.name, 'lookups.peak')
  return {
    peakLookupQps: {value: optionalMetric(e.metrics, peak), unit: 'req/s', from: peak},
  }
}

export const CACHE_FACT_LABELS: Readonly<Record<string, string>> = {
  peakLookupQps: 'records looked up by key at peak',
}

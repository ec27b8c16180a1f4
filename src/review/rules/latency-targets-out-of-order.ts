import {duration} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Percentile order: p99 of a latency distribution is never below its p50. */
const ORDER = ['p50', 'p90', 'p95', 'p99', 'p999'] as const

/** Latency targets that no distribution can have. */
export const rule: Rule = {
  id: 'latency-targets-out-of-order',
  summary: 'A higher latency percentile has a lower target than a lower percentile (a p99 below the p50).',
  description:
    'Percentiles of one distribution never decrease: the 99th is at least the 50th. A spec whose p99 target is below its p50 target describes no possible system, and every number derived from it (requests in flight, the spread between fast and slow requests that the load-balancing decision reads) is off. Usually two values are swapped or a unit is wrong (`50 ms` written as `50 s`).',
  fix: 'give each higher percentile a target at least as long as the lower ones (p50 ≤ p90 ≤ p95 ≤ p99 ≤ p999); check the units',
  check: ({model}) => {
    const stated = ORDER.filter((p) => model.slo.latencySeconds[p] !== undefined)
    const hits: RuleHit[] = []
    stated.forEach((higher, i) => {
      const value = model.slo.latencySeconds[higher]!.value
      // Compare with the slowest lower percentile, so each wrong target is reported once.
      const lower = stated.slice(0, i).reduce<(typeof ORDER)[number] | null>((worst, p) => (worst === null || model.slo.latencySeconds[p]!.value > model.slo.latencySeconds[worst]!.value ? p : worst), null)
      if (lower === null || value >= model.slo.latencySeconds[lower]!.value) return
      hits.push({
        path: `slo.latency.${higher}`,
        message: `the ${higher} target of ${duration(value)} is below the ${lower} target of ${duration(model.slo.latencySeconds[lower]!.value)}: a higher percentile cannot be faster`,
      })
    })
    return hits
  },
}

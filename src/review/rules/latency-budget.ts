import {decisionFor, duration, hops, tightestLatency} from '../lookups.js'
import type {Rule} from '../types.js'

/** The least time a request can take along the path the design implies, against the tightest latency target. */
export const rule: Rule = {
  id: 'latency-budget',
  summary: 'The reference latencies of the hops the design implies already exceed the tightest latency target.',
  description:
    'A request pays at least one network round trip inside the data centre per service it passes through (the components in series on the request path, the shortest branch of a parallel group; two when no components are given), one SSD read at the data store, and, when the system runs in several regions with strong consistency, one round trip between regions for the quorum. These are reference figures for the fastest case (no queueing, no retries, no garbage collection), so a target below their sum cannot be met at any percentile. The rule compares the sum with the tightest target in `slo.latency`.',
  fix: 'relax the latency target, drop hops from the request path (serve from a cache or an edge), or keep strongly consistent writes within one region',
  check: ({model, decisions, thresholds}) => {
    const target = tightestLatency(model)
    if (!target) return []
    const services = model.components ? hops(model.components) : thresholds.defaultServiceHops!
    const parts = [`${services} service ${services === 1 ? 'hop' : 'hops'} × ${duration(thresholds.serviceHopSeconds!)}`, `an SSD read ${duration(thresholds.databaseReadSeconds!)}`]
    let seconds = services * thresholds.serviceHopSeconds! + thresholds.databaseReadSeconds!
    const redundancy = decisionFor(decisions, 'redundancy')
    if (model.slo.consistency === 'strong' && redundancy?.choice.id === 'multi-region') {
      seconds += thresholds.crossRegionRttSeconds!
      parts.push(`a cross-region round trip ${duration(thresholds.crossRegionRttSeconds!)} (multi-region with strong consistency)`)
    }
    if (seconds <= target.seconds) return []
    return [
      {
        path: `slo.latency.${target.percentile}`,
        message: `the ${target.percentile} target of ${duration(target.seconds)} is below the ${duration(seconds)} the request path takes at least: ${parts.join(' + ')}`,
      },
    ]
  },
}

import {optionalMetric} from '../../engine/metrics.js'
import {duration} from '../lookups.js'
import type {Rule} from '../types.js'

/** The components' p99 budgets along the request path add up to more than the SLO's p99. */
export const rule: Rule = {
  id: 'latency-split-over-slo',
  summary: "The p99 budgets of the components along the request path add up to more than the latency SLO's p99.",
  description:
    'Each component may state its share of the p99 (`latency`; a queueing component without one takes the whole SLO p99). Along the path, components in series add and a parallel group takes its slowest branch (`latency.budget.path`). Summing p99s over-states the p99 of the whole, since the parts are seldom slow on the same request: a sum within the SLO is safe, and a sum over it promises more than the SLO can be shown to hold.',
  fix: "split the SLO's p99 among the components (give each a `latency` that adds up to it), or shorten the path",
  check: ({estimate}) => {
    const path = optionalMetric(estimate.metrics, 'latency.budget.path')
    const slo = optionalMetric(estimate.metrics, 'input.slo.latency.p99')
    if (path === null || slo === null || path <= slo) return []
    return [
      {
        path: 'slo.latency.p99',
        message: `the components' p99 budgets add up to ${duration(path)} along the request path, over the ${duration(slo)} p99 target`,
        metrics: ['latency.budget.path', 'input.slo.latency.p99'],
      },
    ]
  },
}

import {componentMetricId as cid} from '../../engine/ids.js'
import {latencyComponents} from '../../engine/latency.js'
import {optionalMetric} from '../../engine/metrics.js'
import {duration} from '../lookups.js'
import type {Rule} from '../types.js'

/** The service time alone takes longer than the budget at the p99, whatever the instance count. */
export const rule: Rule = {
  id: 'queue-budget-below-service',
  summary: "A component's p99 budget is below the p99 of its service time alone, which no number of instances can beat.",
  description:
    'With exponential service times (the M/M/c model), the p99 of the service time alone is S × ln 100 ≈ 4.6 × the mean service time: the response time of a request that never waits. More instances shorten the wait, never the service, so a budget below that cannot be met at any count; sizeup then reports the fewest instances that keep the queue stable.',
  fix: 'shorten the service time (cache, precompute, less work per request), or give the component a larger share of the p99',
  check: ({model, estimate}) =>
    latencyComponents(model.components).flatMap((c) => {
      const floor = optionalMetric(estimate.metrics, cid(c.name, 'responseTime.p99.serviceOnly'))
      const budget = optionalMetric(estimate.metrics, cid(c.name, 'latency.budget'))
      if (floor === null || budget === null || floor <= budget) return []
      return [
        {
          path: `${c.path}.serviceTime`,
          message: `the p99 of ${c.name}'s service time alone is ${duration(floor)} (S × ln 100), over its ${duration(budget)} budget: no number of instances meets it`,
          metrics: [cid(c.name, 'responseTime.p99.serviceOnly'), cid(c.name, 'latency.budget')],
        },
      ]
    }),
}

import {componentMetricId as cid} from '../../engine/ids.js'
import {latencyComponents} from '../../engine/latency.js'
import {optionalMetric} from '../../engine/metrics.js'
import {responsePercentile} from '../../engine/queueing.js'
import {count, duration} from '../lookups.js'
import type {Rule} from '../types.js'

/** A queueing component runs fewer instances than its p99 budget needs. */
export const rule: Rule = {
  id: 'queue-instances-short',
  summary: 'A component sized from latency states fewer instances than its p99 budget needs at peak.',
  description:
    "A component that states the load it serves, its service time and its workers is one M/M/c queue; sizeup finds the fewest instances whose p99 response time is within the component's budget (`component.<name>.instances.needed`). When the spec states `instances` below that count, the p99 at the stated count is over the budget (or the queue grows without bound, at a utilisation of 100 % or more).",
  fix: 'run the instances needed, shorten the service time, add workers per instance, or give the component a larger share of the p99',
  check: ({model, estimate}) =>
    latencyComponents(model.components).flatMap((c) => {
      const q = c.latency.queue
      const needed = optionalMetric(estimate.metrics, cid(c.name, 'instances.needed'))
      const budget = optionalMetric(estimate.metrics, cid(c.name, 'latency.budget'))
      const lambda = optionalMetric(estimate.metrics, cid(c.name, 'arrivalRate'))
      if (!q || q.statedInstances === null || needed === null || budget === null || lambda === null || q.statedInstances >= needed) return []
      const p99 = responsePercentile(q.statedInstances * q.concurrency, lambda, q.serviceTime.value, 0.99)
      const at = Number.isFinite(p99) ? `a p99 of ${duration(p99)}` : 'a queue that grows without bound (utilisation of 100 % or more)'
      return [
        {
          path: `${c.path}.instances`,
          message: `${c.name} runs ${count(q.statedInstances)} instances, which give ${at} against its ${duration(budget)} budget; it needs ${count(needed)}`,
          metrics: [cid(c.name, 'instances.needed'), cid(c.name, 'latency.budget')],
        },
      ]
    }),
}

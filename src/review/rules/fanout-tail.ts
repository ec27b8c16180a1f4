import {componentMetricId as cid} from '../../engine/ids.js'
import {latencyComponents} from '../../engine/latency.js'
import {optionalMetric} from '../../engine/metrics.js'
import {duration} from '../lookups.js'
import {significant} from '../../quantity/format.js'
import type {Rule} from '../types.js'

/** Percentiles as people write them: 0.9999 → p99.99. */
function percentileName(quantile: number): string {
  return `p${Number((quantile * 100).toPrecision(6))}`
}

/** A fan-out whose backends promise too little of the tail for the request's p99. */
export const rule: Rule = {
  id: 'fanout-tail',
  summary: 'A component waits for n backends, and their stated latency does not reach the percentile the fan-out needs.',
  description:
    'A request that waits for all n backends is as slow as the slowest: for 99 % of requests to finish within the budget, each backend must do so at the 0.99^(1/n) percentile (p99.95 at 20 backends, p99.99 at 100), and at its own p99 one request in 1 − 0.99^n meets a slow backend (63 % at 100). Dean and Barroso, "The Tail at Scale" (CACM 2013). The rule compares the backends\' stated latency (`backendLatency`) with that percentile and the component\'s budget.',
  fix: "hedge requests (send a second copy to another replica after the backends' p95, and take the first answer), tie requests across replicas, call fewer backends, or state the latency the backends reach at the percentile needed",
  check: ({model, estimate}) =>
    latencyComponents(model.components).flatMap((c) => {
      const stated = c.latency.fanout?.backendLatency
      const needed = optionalMetric(estimate.metrics, cid(c.name, 'fanout.backendQuantile'))
      const slow = optionalMetric(estimate.metrics, cid(c.name, 'fanout.slowChance'))
      const budget = optionalMetric(estimate.metrics, cid(c.name, 'latency.budget'))
      if (!stated || needed === null || slow === null || budget === null) return []
      const n = c.latency.fanout!.backends
      const short = stated.quantile < needed
      const over = stated.seconds.value > budget
      if (!short && !over) return []
      const why = short
        ? `the backends state their ${stated.percentile} (${duration(stated.seconds.value)}), but with ${n} backends each must answer within ${duration(budget)} at ${percentileName(needed)} for the request's p99; at their ${stated.percentile}, ${significant(100 * (1 - stated.quantile ** n), 3)} % of requests meet a slower backend`
        : `the backends' ${stated.percentile} of ${duration(stated.seconds.value)} is over ${c.name}'s ${duration(budget)} budget`
      return [
        {
          path: `${c.path}.backendLatency.${stated.percentile}`,
          message: `${c.name} fans out to ${n} backends: ${why}; hedged requests cut this tail`,
          metrics: [cid(c.name, 'fanout.backendQuantile'), cid(c.name, 'fanout.slowChance'), cid(c.name, 'latency.budget')],
        },
      ]
    }),
}

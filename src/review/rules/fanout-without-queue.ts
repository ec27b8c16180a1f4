import {workloadMetricId} from '../../engine/ids.js'
import {count, decisionFor, rate, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Fan-out done inside the write request, with no queue to absorb it. */
export const rule: Rule = {
  id: 'fanout-without-queue',
  summary: 'A workload fans out to followers, but the design has no message queue to do it asynchronously.',
  description:
    'Fan-out turns one write into one timeline insert per follower. Done inside the request, the writer waits for all of them, a slow timeline shard stalls every post, and a burst of posts becomes a burst of millions of inserts against the stores. The methodology publishes each post as an event on a log (Kafka) and lets fan-out workers consume it at their own pace, retrying failures without the writer noticing.',
  fix: 'publish each write as an event on a queue or log (Kafka) and run the fan-out in consumers',
  check: ({model, estimate, decisions}) => {
    const queue = decisionFor(decisions, 'queue')
    if (queue && queue.choice.id !== 'none') return []
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const fanout = w.facts.fanout
      if (!fanout) continue
      const writes = workloadMetric(estimate, w, 'qps.write.peak')
      const inserts = writes * fanout.averageFollowers.value
      hits.push({
        path: `workloads.${w.name}.fanout`,
        message: `\`${w.name}\` fans out to ${count(fanout.averageFollowers.value)} followers on average (${rate(inserts)} timeline inserts at ${rate(writes)} writes), but ${queue ? 'the queue decision is `none`' : 'no queue is decided'}: the fan-out runs inside the write request`,
        metrics: [workloadMetricId(w.name, 'qps.write.peak')],
      })
    }
    return hits
  },
}

import {workloadMetricId} from '../../engine/ids.js'
import {count, decisionFor, rate, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Push fan-out where some writers have millions of followers. */
export const rule: Rule = {
  id: 'push-fanout-celebrities',
  summary: 'A workload fans out by push although its largest accounts have a celebrity-sized following.',
  description:
    'Push fan-out writes every new post into each follower\'s precomputed timeline. For an account with millions of followers one post is millions of timeline writes — a write storm that delays every other post behind it (the celebrity problem; Twitter\'s "Timelines at Scale"). The methodology\'s answer is the hybrid: push for ordinary accounts, pull the few largest at read time and merge them in. A design that lets the largest accounts\' posts reach their followers in minutes (`fanout.largestMayLag: true`, as the System Design Primer\'s Twitter) has accepted that storm, and is not warned.',
  fix: 'use hybrid fan-out: push the posts of ordinary accounts, pull those of accounts past the celebrity threshold at read time',
  check: ({model, estimate, decisions, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const fanout = decisionFor(decisions, 'fanout', w.name)
      const largest = w.facts.fanout?.maxFollowers?.value
      if (fanout?.choice.id !== 'push' || largest === undefined || largest < thresholds.celebrityFollowers!) continue
      // The design lets those posts take minutes: the storm is stated and accepted.
      if (w.facts.fanout?.largestMayLag === true) continue
      const writes = workloadMetric(estimate, w, 'qps.write.peak')
      hits.push({
        path: `workloads.${w.name}.fanout.maxFollowers`,
        message: `\`${w.name}\` fans out by push, and the largest accounts have ${count(largest)} followers (at least ${count(thresholds.celebrityFollowers!)}): one of their posts is ${count(largest)} timeline writes, on top of ${rate(writes)} posts at peak`,
        metrics: [workloadMetricId(w.name, 'qps.write.peak')],
      })
    }
    return hits
  },
}

import {workloadMetricId} from '../../engine/ids.js'
import {size, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Data that is written every day and never deleted. */
export const rule: Rule = {
  id: 'unbounded-retention',
  summary: 'A workload that writes keeps its data forever, or states no retention (which means forever).',
  description:
    'Storage of data kept forever grows without bound: the estimate projects it only to the horizon (`horizon`, 5 years by default), and every year after adds at least as much again. Sometimes that is the product (videos kept until their owners delete them), often it is an unstated assumption (logs, events, messages nobody reads after a year). The rule makes the choice visible: a spec that means it can say so with a `suppress` entry and a reason.',
  fix: 'state a retention (`retention: 2 years`) or a deletion and archiving policy; if keeping everything is the product, suppress this finding with the reason',
  check: ({model, estimate, stated}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      if (w.retentionSeconds !== null || !w.writes) continue
      const perYear = workloadMetric(estimate, w, 'storage.perYear')
      if (perYear <= 0) continue
      const horizon = estimate.horizonYears
      const held = workloadMetric(estimate, w, `storage.year.${horizon}`)
      const explicit = stated(`workloads.${w.name}.retention`)
      hits.push({
        path: explicit ? `workloads.${w.name}.retention` : `workloads.${w.name}`,
        message: `\`${w.name}\` ${explicit ? 'keeps its data forever' : 'states no retention, so it keeps its data forever'}: ${size(perYear)} more a year, ${size(held)} at the end of year ${horizon}, and growing past the projection`,
        metrics: [workloadMetricId(w.name, 'storage.perYear'), workloadMetricId(w.name, `storage.year.${horizon}`)],
      })
    }
    return hits
  },
}

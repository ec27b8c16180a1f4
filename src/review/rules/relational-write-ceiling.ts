import {workloadMetricId} from '../../engine/ids.js'
import {planItems, rate, workloadMetric} from '../lookups.js'
import type {Rule} from '../types.js'

/** One relational primary takes every write; past its ceiling it must be sharded. */
export const rule: Rule = {
  id: 'relational-write-ceiling',
  summary: 'A workload on a relational store peaks above what one primary can write, and the plan keeps it on one primary.',
  description:
    'A relational database has one primary per shard, and every write goes through it. Past a few thousand write transactions per second, one primary saturates; the design needs sharding (and a shard key) or a store that scales writes horizontally. The rule reads the scaling plan: when the plan already splits the store into shards, each primary takes its share and there is nothing to report; it fires when the plan keeps one primary (its per-node figure is above the guideline, or the store is not sized), or when there is no plan.',
  fix: 'shard the relational store by a key that spreads the writes, or choose a store that scales writes (wide-column, key-value)',
  check: ({model, estimate, decisions, plan, thresholds}) => {
    const ceiling = thresholds.writeQpsPerPrimary!
    return model.workloads.flatMap((w) => {
      const decision = decisions.find((d) => d.matrix === 'datastore' && d.subject === w.name)
      const peak = workloadMetric(estimate, w, 'qps.write.peak')
      if (decision?.choice.id !== 'relational' || peak <= ceiling) return []
      const primaries = planItems(plan, decision.id, 'primary')
      const shards = primaries.reduce((most, i) => Math.max(most, i.shards), 0)
      if (plan !== null && shards > 1) return []
      const kept = plan === null ? '' : primaries.length > 0 && primaries.every((i) => i.sized) ? ', and the plan keeps one primary' : ', and the plan does not size it'
      return [
        {
          path: `workloads.${w.name}.writes`,
          message: `peak writes ${rate(peak)} on ${decision.choice.technology ?? 'a relational store'} exceed the ~${rate(ceiling)} one primary can take${kept}`,
          metrics: [workloadMetricId(w.name, 'qps.write.peak')],
        },
      ]
    })
  },
}

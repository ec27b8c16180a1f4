import {formatFact} from '../../matrices/select.js'
import type {Rule} from '../types.js'

/** One relational primary takes every write; past its ceiling it must be sharded. */
export const rule: Rule = {
  id: 'relational-write-ceiling',
  summary: 'A workload on a relational store peaks above what one primary can write.',
  description:
    'A relational database has one primary per shard, and every write goes through it. Past a few thousand write transactions per second, one primary saturates; the design needs sharding (and a shard key) or a store that scales writes horizontally.',
  fix: 'shard the relational store by a key that spreads the writes, or choose a store that scales writes (wide-column, key-value)',
  check: ({model, estimate, decisions, thresholds}) => {
    const ceiling = thresholds.writeQpsPerPrimary!
    return model.workloads.flatMap((w) => {
      const decision = decisions.find((d) => d.matrix === 'datastore' && d.subject === w.name)
      const peak = estimate.metrics[`workload.${w.name}.qps.write.peak`]?.value ?? 0
      if (decision?.choice.id !== 'relational' || peak <= ceiling) return []
      return [
        {
          path: `workloads.${w.name}.writes`,
          message: `peak writes ${formatFact({value: peak, unit: 'req/s'})} on ${decision.choice.technology ?? 'a relational store'} exceed the ~${formatFact({value: ceiling, unit: 'req/s'})} one primary can take`,
          metrics: [`workload.${w.name}.qps.write.peak`],
        },
      ]
    })
  },
}

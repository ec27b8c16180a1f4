import {workloadMetricId} from '../../engine/ids.js'
import {choiceName, decisionFor, planItems, rate, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Reads of data the spec never writes. */
export const rule: Rule = {
  id: 'reads-without-data',
  summary: 'A workload reads but neither writes nor holds records, so its reads are of data kept somewhere else.',
  description:
    'Every workload gets its own data-store decision and plan. A workload with reads and no writes or `records` holds nothing, so the store it is given is empty: the plan sizes machines for its reads, while the store that does hold what it reads (another workload\'s) is sized without them. Either the reads belong to that workload, or this one\'s data is missing.',
  fix: 'count these reads on the workload that holds the data (add them to its `reads`), or give this workload the data it reads (`writes`, or `records` for data already held)',
  check: ({model, estimate, decisions, plan}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      if (!w.reads || w.writes || w.existingRecords) continue
      const reads = workloadMetric(estimate, w, 'qps.read.peak')
      if (reads <= 0) continue
      const store = decisionFor(decisions, 'datastore', w.name)
      const nodes = store ? planItems(plan, store.id).reduce((sum, i) => sum + i.nodes, 0) : 0
      const given = store ? `, yet the plan gives it ${choiceName(store)}${nodes > 0 ? ` on ${nodes} ${nodes === 1 ? 'node' : 'nodes'}` : ''} holding no data` : ''
      hits.push({
        path: `workloads.${w.name}.reads`,
        message: `\`${w.name}\` reads ${rate(reads)} at peak but writes nothing and holds no records${given}`,
        metrics: [workloadMetricId(w.name, 'qps.read.peak')],
      })
    }
    return hits
  },
}

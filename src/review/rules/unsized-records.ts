import {workloadMetricId} from '../../engine/ids.js'
import {count, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Records that are counted but have no size, so their storage is not estimated. */
export const rule: Rule = {
  id: 'unsized-records',
  summary: 'A workload writes or holds records but states no record size (and no media), so its storage comes to zero.',
  description:
    'A workload may be counted without being sized: "360 million shortlinks in 3 years" or "5 billion friend edges" are answers in records, and sizeup derives them without a `recordSize`. Its storage, bandwidth in and the plan of its store then count zero bytes, which is right for a question about counts and wrong for a design that stores the data. The rule makes that visible at the workload; a spec that only counts can suppress it with its reason.',
  fix: 'state `recordSize` (or `recordFields`) if the records are stored; if only their number matters, suppress this finding with the reason',
  check: ({model, estimate, stated}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const at = (field: string): string => `workloads.${w.name}.${field}`
      if (stated(at('recordSize')) || stated(at('recordFields'))) continue
      // Writes with media only are media objects, sized by `media.size`.
      const counted = w.existingRecords !== null || (w.writes !== null && w.media === null)
      if (!counted) continue
      const held = workloadMetric(estimate, w, 'records.held')
      hits.push({
        path: w.writes !== null && w.media === null ? at('writes') : at('records'),
        message: `\`${w.name}\` holds ${count(held)} records but states no record size, so its storage is counted as 0 B`,
        metrics: [workloadMetricId(w.name, 'records.held')],
      })
    }
    return hits
  },
}

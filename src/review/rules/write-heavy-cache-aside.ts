import {workloadMetricId} from '../../engine/ids.js'
import {optionalMetric} from '../../engine/metrics.js'
import {decisionFor, fact} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Cache-aside on a workload whose writes outnumber its reads. */
export const rule: Rule = {
  id: 'write-heavy-cache-aside',
  summary: 'A workload that writes more than it reads is cached with cache-aside.',
  description:
    'Cache-aside fills the cache on a read miss and invalidates the entry on every write. When writes outnumber reads, most entries are invalidated before anyone reads them: the cache holds little that is current, every write costs an extra delete, and reads keep missing onto the store. A write-heavy workload is served better by write-behind (writes absorbed in memory and flushed in batches, when it may lag) or write-through, or by no cache at all. A workload whose requests look up other records by key (`lookups`) is not flagged: its cache holds those records, which are read far more often than they change.',
  fix: 'use write-through or write-behind for this workload (write-behind only if losing unflushed writes is acceptable), or drop the cache',
  check: ({model, estimate, decisions, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const strategy = decisionFor(decisions, 'cache-strategy', w.name)
      // No ratio without writes: not write-heavy.
      const ratio = optionalMetric(estimate.metrics, workloadMetricId(w.name, 'ratio.readWrite'))
      if (strategy?.choice.id !== 'cache-aside' || ratio === null || ratio >= thresholds.writeHeavyRatio!) continue
      // Its requests look up other records (\`lookups\`): those, read far more than written, are what the cache holds.
      if (optionalMetric(estimate.metrics, workloadMetricId(w.name, 'lookups.peak')) !== null) continue
      hits.push({
        path: `workloads.${w.name}.writes`,
        message: `\`${w.name}\` reads ${fact(ratio, 'x')} per write (below ${fact(thresholds.writeHeavyRatio!, 'x')}), yet is cached with cache-aside: most entries are invalidated before they are read`,
        metrics: [workloadMetricId(w.name, 'ratio.readWrite')],
      })
    }
    return hits
  },
}

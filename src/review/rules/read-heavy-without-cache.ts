import {workloadMetricId} from '../../engine/ids.js'
import {optionalMetric} from '../../engine/metrics.js'
import {decisionFor, fact, rate, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Many reads per write, at a rate worth caching, and no cache decided. */
export const rule: Rule = {
  id: 'read-heavy-without-cache',
  summary: 'A read-heavy workload peaks at a read rate worth caching, but no cache serves it.',
  description:
    'When reads outnumber writes by an order of magnitude, most reads fetch data that has not changed since it was last read. Without a cache every one of them reaches the data store, which then has to be sized (replicas, partitions) for the full read peak, and every read pays the store\'s latency. The cache decision is asked only from a peak read rate worth a cache tier; an organisation overlay can raise that threshold, and this rule checks the outcome. A workload whose reads spread evenly over its records (`popularity: uniform`) is left alone: there is no hot subset to cache.',
  fix: 'put a cache in front of the store for this workload (cache-aside or read-through), or explain why every read must reach the store',
  check: ({model, estimate, decisions, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const reads = workloadMetric(estimate, w, 'qps.read.peak')
      // No ratio without writes: reads only count as infinitely read-heavy.
      const ratio = optionalMetric(estimate.metrics, workloadMetricId(w.name, 'ratio.readWrite')) ?? (reads > 0 ? Number.POSITIVE_INFINITY : 0)
      // Reads spread evenly over the records (`popularity: uniform`) have no hot subset for a cache to keep: the cache decision is not asked, rightly.
      if (w.facts.popularity === 'uniform') continue
      if (reads < thresholds.peakReadQps! || ratio < thresholds.readWriteRatio! || decisionFor(decisions, 'cache', w.name)) continue
      const shape = Number.isFinite(ratio) ? `${fact(ratio, 'x')} reads per write` : 'reads only'
      hits.push({
        path: `workloads.${w.name}.reads`,
        message: `\`${w.name}\` peaks at ${rate(reads)} reads (${shape}), past ${rate(thresholds.peakReadQps!)} and ${fact(thresholds.readWriteRatio!, 'x')}, with no cache in front of its store`,
        metrics: [workloadMetricId(w.name, 'qps.read.peak'), ...(Number.isFinite(ratio) ? [workloadMetricId(w.name, 'ratio.readWrite')] : [])],
      })
    }
    return hits
  },
}

import {workloadMetricId} from '../../engine/ids.js'
import {optionalMetric} from '../../engine/metrics.js'
import {decisionFor, planItems, size} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** A hot set larger than the memory the plan gives its cache. */
export const rule: Rule = {
  id: 'cache-hot-set-fit',
  summary: 'The cache hot set of a workload is larger than the memory of the cache nodes the plan gives it.',
  description:
    'The hot set (the share of a day\'s reads worth keeping, `conventions.cacheHotShare` of the read volume) has to fit in the memory of the cache\'s primaries, or the cache evicts what it is about to serve and the hit rate collapses onto the store. The plan sizes cache shards from the memory per node in the capacity catalog or an overlay; this rule checks the outcome against the usable memory of a reference node (16 GiB less the 25 % ElastiCache reserves), and reports a cache the plan could not size at all.',
  fix: 'add cache shards until their usable memory holds the hot set (the plan\'s count with the reference figures), or cache a smaller hot share',
  check: ({model, estimate, decisions, plan, thresholds}) => {
    if (!plan) return []
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const cache = decisionFor(decisions, 'cache', w.name)
      // No reads described: no hot set, nothing to fit.
      const hot = optionalMetric(estimate.metrics, workloadMetricId(w.name, 'cache.hotBytes')) ?? 0
      if (!cache || hot <= 0) continue
      const items = planItems(plan, cache.id)
      const sized = items.filter((i) => i.sized && i.role === 'cache')
      const shards = sized.reduce((sum, i) => sum + i.shards, 0)
      const memory = shards * thresholds.usableMemoryPerNode!
      if (hot <= memory) continue
      const holds =
        sized.length === 0
          ? `the plan sizes no ${cache.choice.technology ?? 'cache'} memory for it`
          : `the plan's ${shards} ${cache.choice.technology ?? 'cache'} ${shards === 1 ? 'shard holds' : 'shards hold'} ${size(memory)} (${size(thresholds.usableMemoryPerNode!)} usable each)`
      hits.push({
        path: `workloads.${w.name}.reads`,
        message: `the \`${w.name}\` hot set is ${size(hot)}, but ${holds}`,
        metrics: [workloadMetricId(w.name, 'cache.hotBytes')],
      })
    }
    return hits
  },
}

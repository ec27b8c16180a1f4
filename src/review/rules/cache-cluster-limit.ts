import {workloadMetricId} from '../../engine/ids.js'
import {optionalMetric} from '../../engine/metrics.js'
import {count, decisionFor, planItems, size} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** A Redis cache planned past the size one Redis Cluster is designed for. */
export const rule: Rule = {
  id: 'cache-cluster-limit',
  summary: 'A Redis cache needs more nodes than one Redis Cluster is designed to scale to.',
  description:
    'Redis Cluster is specified for "high performance and linear scalability up to 1000 nodes": every node gossips with the others and keeps the map of all 16,384 hash slots, and past that size failure detection and resharding degrade. A plan that needs more nodes for one workload\'s cache (shards from its hot set and read rate, each with its replica) cannot run as one cluster.',
  fix: 'split the cache into several clusters (per region, or by key range in the client), use larger nodes so fewer hold the hot set, or cache a smaller hot share',
  check: ({model, estimate, decisions, plan, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const cache = decisionFor(decisions, 'cache', w.name)
      if (cache?.choice.id !== 'redis') continue
      const items = planItems(plan, cache.id, 'cache')
      const nodes = items.reduce((sum, i) => sum + i.nodes, 0)
      if (nodes <= thresholds.clusterMaxNodes!) continue
      const shards = items.reduce((sum, i) => sum + i.shards, 0)
      // No reads described: no hot set.
      const hot = optionalMetric(estimate.metrics, workloadMetricId(w.name, 'cache.hotBytes')) ?? 0
      hits.push({
        path: `workloads.${w.name}.reads`,
        message: `the \`${w.name}\` cache needs ${count(nodes)} ${cache.choice.technology} nodes (${count(shards)} shards with replicas, for a ${size(hot)} hot set), past the ${count(thresholds.clusterMaxNodes!)} nodes one Redis Cluster is designed for`,
        metrics: [workloadMetricId(w.name, 'cache.hotBytes'), workloadMetricId(w.name, 'cache.provisionedBytes')],
      })
    }
    return hits
  },
}

import {decisionFor, size, storageMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Per store family: the threshold it is held to, and the data one node (or shard) of the plan holds. */
const FAMILIES: Readonly<Record<string, {readonly threshold: string; readonly per: string}>> = {
  relational: {threshold: 'relationalBytesPerPrimary', per: 'primary'},
  'wide-column': {threshold: 'wideColumnBytesPerNode', per: 'node'},
  'search-index': {threshold: 'searchBytesPerShard', per: 'shard'},
}

/** A plan whose nodes hold more data than the published per-node guideline. */
export const rule: Rule = {
  id: 'shard-data-per-node',
  summary: 'The scaling plan puts more data on each node (or shard) of a store than the per-node guideline.',
  description:
    'Past a certain size per node, a store still works but its operations do not: a Cassandra node holding more than ~2 TB streams for hours when it is replaced and compacts slowly; a relational primary past ~10 TB takes hours to back up, restore or upgrade; an Elasticsearch shard past 50 GB recovers and rebalances slowly. The plan divides the data by the per-node figures of the capacity catalog (or an organisation overlay); this rule checks the result against the published guidelines, so an overlay that raises a figure, or a plan sized only by throughput, is caught.',
  fix: 'add nodes or shards until each holds no more than the guideline, shorten the retention, or move old data to a colder tier',
  check: ({model, decisions, plan, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const store = decisionFor(decisions, 'datastore', w.name)
      const family = store ? FAMILIES[store.choice.id] : undefined
      if (!store || !family || !plan) continue
      const limit = thresholds[family.threshold]!
      for (const item of plan.items) {
        if (item.component !== store.id || !item.sized || !item.storage || item.role === 'replica') continue
        // Relational primaries and search shards hold one shard each; wide-column nodes hold RF copies spread over all nodes.
        const perNode = family.per === 'node' ? (item.storage.logicalBytes * item.storage.copies) / Math.max(1, item.nodes) : item.storage.logicalBytes / Math.max(1, item.shards)
        if (perNode <= limit) continue
        const how = family.per === 'node' ? `${size(item.storage.logicalBytes)} × ${item.storage.copies} copies over ${item.nodes} nodes` : `${size(item.storage.logicalBytes)} over ${item.shards} ${item.shards === 1 ? 'shard' : 'shards'}`
        hits.push({
          path: `workloads.${w.name}`,
          message: `the plan puts ${size(perNode)} on each ${item.technology} ${family.per} (${how}), past the ~${size(limit)} guideline`,
          metrics: [storageMetric(item)],
        })
      }
    }
    return hits
  },
}

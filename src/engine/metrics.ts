import type {ConditionalMetricId, MetricId} from './ids.js'
import {own} from '../quantity/own.js'
import type {MetricNode} from './ledger.js'
import {MetricTable} from './metric-table.js'

/**
 * Reading metrics by typed id: an estimate's table (metric-table.ts) or a
 * Report's record (the JSON document). Both stay keyed by string (the JSON
 * contract is open-ended), so code reads them through these: the id is
 * checked when it compiles, and a missing metric either is a bug
 * (metricValue throws) or is said at the call site to be possible
 * (optionalMetric, for the ids the engine derives only for some specs).
 */
export type Metrics = MetricTable | Readonly<Record<string, MetricNode>>

/** The node of an id, or undefined: only the metrics' own ids count. */
export function lookup(metrics: Metrics, id: string): MetricNode | undefined {
  return metrics instanceof MetricTable ? metrics.get(id) : own(metrics, id)
}

/**
 * A metric this estimate must have: one derived for every spec, or one the
 * caller has just checked the spec calls for. Missing, it is sizeup's fault.
 */
export function metricNode(metrics: Metrics, id: MetricId): MetricNode {
  const node = lookup(metrics, id)
  if (!node) throw new Error(`sizeup internal error: the estimate has no metric ${id}`)
  return node
}

export function metricValue(metrics: Metrics, id: MetricId): number {
  if (metrics instanceof MetricTable) {
    const value = metrics.value(id)
    if (value === undefined) throw new Error(`sizeup internal error: the estimate has no metric ${id}`)
    return value
  }
  return metricNode(metrics, id).value
}

/**
 * A metric the engine derives only for some specs (media, cache, the
 * read:write ratio, availability figures, inputs), or null. Its type refuses
 * the ids every estimate has, so a fallback cannot hide a misread one.
 */
export function optionalNode(metrics: Metrics, id: ConditionalMetricId): MetricNode | null {
  return lookup(metrics, id) ?? null
}

export function optionalMetric(metrics: Metrics, id: ConditionalMetricId): number | null {
  if (metrics instanceof MetricTable) return metrics.value(id) ?? null
  const node = own(metrics, id)
  return node === undefined ? null : node.value
}

/**
 * Any metric by typed id, or null: for tables and lists that show whatever the
 * estimate has (`–` for a workload without media), where no value is computed
 * from the absence.
 */
export function findMetric(metrics: Metrics, id: MetricId): MetricNode | null {
  return lookup(metrics, id) ?? null
}

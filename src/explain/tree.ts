import type {Estimate} from '../engine/estimate.js'
import {HEADLINE_METRICS, type HeadlineMetric} from '../engine/headline.js'
import type {MetricNode} from '../engine/ledger.js'
import {findMetric} from '../engine/metrics.js'
import {type NodeUncertainty, nodeUncertainty} from './uncertainty.js'

/** A metric with the derivations of its inputs, down to spec inputs and conventions. */
export interface Explanation {
  readonly node: MetricNode
  /** Formula symbol → the explanation of the node it stands for. */
  readonly inputs: ReadonlyArray<{readonly symbol: string; readonly explanation: Explanation}>
  /** Shares of variance and correlations, for a spec with ranges (explain/uncertainty.ts); absent otherwise. */
  readonly uncertainty?: NodeUncertainty
}

export {HEADLINE_METRICS, type HeadlineMetric} from '../engine/headline.js'

/** Deeper than this, a chain is cut (a metric's inputs are still listed, not expanded). */
export const MAX_DEPTH = 12

/** The derivation tree of one metric, read from the estimate's nodes; nothing is recomputed. */
export function explain(estimate: Estimate, id: string, depth = 0): Explanation {
  const node = estimate.metrics.get(id)
  if (!node) throw new RangeError(`no metric ${id}`)
  const inputs =
    depth >= MAX_DEPTH
      ? []
      : Object.entries(node.inputs).map(([symbol, ref]) => ({symbol, explanation: explain(estimate, ref, depth + 1)}))
  const uncertainty = nodeUncertainty(estimate, node)
  return uncertainty === null ? {node, inputs} : {node, inputs, uncertainty}
}

/** The headline metrics this estimate has (a spec without an SLO has no downtime budget). */
export function headlineMetrics(estimate: Estimate): HeadlineMetric[] {
  return HEADLINE_METRICS.filter((id) => findMetric(estimate.metrics, id) !== null)
}

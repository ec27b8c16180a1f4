import type {Estimate} from '../engine/estimate.js'
import type {MetricNode} from '../engine/ledger.js'
import {formatPercent, significant} from '../quantity/format.js'
import {own} from '../quantity/own.js'

/**
 * What the Monte Carlo says about one node, for `explain`: a headline
 * metric's inputs ranked by their share of its variance (first-order
 * indices), and for an input the spec correlates, the fields it moves with.
 * Empty for a spec without ranges, so its explanation is unchanged.
 */
export interface NodeUncertainty {
  readonly shares: ReadonlyArray<{readonly input: string; readonly firstOrder: number}>
  readonly correlatedWith: ReadonlyArray<{readonly field: string; readonly rank: number; readonly achieved: number}>
}

export function nodeUncertainty(estimate: Estimate, node: MetricNode): NodeUncertainty | null {
  const u = estimate.uncertainty
  if (!u) return null
  const swings = own(u.sensitivity, node.id) ?? []
  const shares = swings.flatMap((s) => (s.firstOrder === undefined ? [] : [{input: s.input.replace(/^input\./, ''), firstOrder: s.firstOrder}]))
  const field = node.kind === 'input' ? node.source : null
  const correlatedWith = (u.correlations ?? []).flatMap((c) => {
    const at = field === null ? -1 : c.between.indexOf(field)
    return at < 0 ? [] : [{field: c.between[1 - at]!, rank: c.rank, achieved: c.achieved}]
  })
  return shares.length === 0 && correlatedWith.length === 0 ? null : {shares, correlatedWith}
}

/** The lines `explain` prints for it. */
export function uncertaintyLines(u: NodeUncertainty): string[] {
  const lines: string[] = []
  if (u.shares.length > 0) lines.push(`variance: ${u.shares.map((s) => `${s.input} ${formatPercent(s.firstOrder)}`).join(', ')} (first-order shares over the samples)`)
  for (const c of u.correlatedWith) lines.push(`correlated: rank ρ ${significant(c.rank, 2)} with ${c.field} (samples reach ${significant(c.achieved, 2)})`)
  return lines
}

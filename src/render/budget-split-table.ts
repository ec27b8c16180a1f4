import {compositeAt, splitId, WEAK_LINK} from '../engine/budget-split.js'
import type {MetricId} from '../engine/ids.js'
import type {MetricNode} from '../engine/ledger.js'
import {findMetric} from '../engine/metrics.js'

const SHARE = /^availability\.split\.([\d.]+)\.unavailabilityShare$/
const SHARE_LABEL = ": share of the path's unavailability"

/**
 * The error budget split along the request path (engine/budget-split.ts), one
 * row per link in path order, for the terminal and the design document alike:
 * each escapes names with `text` and formats metrics with `cell`. Null when
 * the report has no components.
 */
export function budgetSplitTable(
  metrics: Readonly<Record<string, MetricNode>>,
  text: (s: string) => string,
  cell: (id: MetricId) => string,
): {readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly weakLink: string} | null {
  const weak = findMetric(metrics, WEAK_LINK)
  if (!weak) return null
  const links = Object.values(metrics).flatMap((node) => {
    const m = SHARE.exec(node.id)
    return m ? [{position: m[1]!, name: node.label.endsWith(SHARE_LABEL) ? node.label.slice(0, -SHARE_LABEL.length) : node.label}] : []
  })
  const withSlo = links.some((l) => findMetric(metrics, splitId(l.position, 'budgetShare')) !== null)
  const head = ['link', 'availability', 'share of the path\'s unavailability', ...(withSlo ? ['SLO budget it spends alone', 'allowed downtime per SLO window'] : [])]
  const rows = links.map((l) => [
    text(l.name),
    cell(compositeAt(l.position)),
    cell(splitId(l.position, 'unavailabilityShare')),
    ...(withSlo ? [cell(splitId(l.position, 'budgetShare')), cell(splitId(l.position, 'downtime'))] : []),
  ])
  return {head, rows, weakLink: `${text(weak.label)}: ${cell(WEAK_LINK)}`}
}

export const BUDGET_SPLIT_TITLE = 'Error budget along the request path (parallel groups as one link)'

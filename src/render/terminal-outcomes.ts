import type {EstimateReport} from '../analysis/estimate-report.js'
import {formatUsd} from '../quantity/format.js'
import {terminal} from '../spec/sinks/terminal.js'
import {bandText, nodesText, outcomeRows, weightsSourceText, weightsText} from './outcomes-text.js'
import type {Style} from './style.js'
import {section} from './table.js'

/** Decisions under uncertainty for `sizeup estimate`: the design document's table, drawn for the terminal. */
export function outcomesSection(report: EstimateReport, style: Style): string | null {
  const o = report.outcomes
  if (!o) return null
  const rows = outcomeRows(o, terminal).map((r) => [r.decision, r.shares, r.nodes, r.monthly, r.leastRegret])
  const title = `Decisions under uncertainty: ${o.worlds} sampled worlds, nodes ${bandText(o.totalNodes, nodesText)}, monthly cost ${bandText(o.monthlyUsd, formatUsd)}`
  const note = style.dim(`Least regret over the first ${o.regretWorlds} worlds: ${weightsText(o)} (${weightsSourceText(o)}); \`sizeup explain <file> <decision>\` shows why.`)
  return rows.length === 0 ? `${style.heading(title)}\n${style.dim('Every decision is the same in every world.')}` : `${section(style, title, ['decision', 'wins', 'nodes', 'monthly cost', 'least regret'], rows)}\n${note}`
}

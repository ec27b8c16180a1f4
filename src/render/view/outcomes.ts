import type {DesignReport} from '../../analysis/report.js'
import {formatUsd} from '../../quantity/format.js'
import {md} from '../../spec/sinks/markdown.js'
import {bandText, nodesText, type OutcomeRow, outcomeRows, weightsSourceText, weightsText} from '../outcomes-text.js'

/** Decisions under uncertainty, as the document shows them (analysis/decision-outcomes.ts). */
export interface OutcomesView {
  readonly worlds: string
  readonly regretWorlds: string
  readonly weights: string
  /** Where the weights come from. */
  readonly weightsSource: string
  readonly nodes: string
  readonly monthly: string
  /** Decisions whose choice is not the same in every world, or whose node count or cost varies. */
  readonly rows: readonly OutcomeRow[]
}

export function outcomesView(report: DesignReport): OutcomesView | null {
  const o = report.outcomes
  if (!o) return null
  return {
    worlds: String(o.worlds),
    regretWorlds: String(o.regretWorlds),
    weights: weightsText(o),
    weightsSource: weightsSourceText(o),
    nodes: bandText(o.totalNodes, nodesText),
    monthly: bandText(o.monthlyUsd, formatUsd),
    rows: outcomeRows(o, md),
  }
}

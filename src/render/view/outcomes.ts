import type {DesignReport} from '../../analysis/report.js'
import {formatCount, formatPercent, formatUsd, significant} from '../../quantity/format.js'
import {md} from '../../spec/sinks/markdown.js'

/** Decisions under uncertainty, as the document shows them (analysis/decision-outcomes.ts). */
export interface OutcomesView {
  readonly worlds: string
  readonly regretWorlds: string
  readonly weights: string
  readonly nodes: string
  readonly monthly: string
  /** Decisions whose choice is not the same in every world, or whose node count varies. */
  readonly rows: readonly {readonly decision: string; readonly shares: string; readonly nodes: string; readonly leastRegret: string}[]
}

const bandOf = (b: {p50: number; p5: number; p95: number}, f: (v: number) => string): string => `${f(b.p50)} (${f(b.p5)}–${f(b.p95)})`

export function outcomesView(report: DesignReport): OutcomesView | null {
  const o = report.outcomes
  if (!o) return null
  const nodes = (v: number): string => formatCount(Math.round(v))
  const rows = o.decisions
    .filter((d) => d.shares.length > 1 || d.shares[0]?.share !== 1 || (d.nodes !== null && d.nodes.p95 > d.nodes.p5))
    .map((d) => ({
      decision: md(d.id),
      shares: d.shares.map((s) => `${md(s.label)} in ${formatPercent(s.share)}`).join(', ') || 'does not arise',
      nodes: d.nodes === null ? '–' : bandOf(d.nodes, nodes),
      leastRegret: d.leastRegret === null ? '–' : `${md(d.leastRegret.label)} (expected regret ${d.leastRegret.expected.map((e) => `${md(e.option)} ${significant(e.regretUsd)}`).join(', ')})`,
    }))
  return {
    worlds: String(o.worlds),
    regretWorlds: String(o.regretWorlds),
    weights: `over-provisioning × ${significant(o.weights.overProvision)}, under-provisioning × ${significant(o.weights.underProvision)}, exponent ${significant(o.weights.exponent)}`,
    nodes: bandOf(o.totalNodes, nodes),
    monthly: bandOf(o.monthlyUsd, formatUsd),
    rows,
  }
}

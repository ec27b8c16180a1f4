import type {MetricNode} from '../engine/ledger.js'
import {HEADLINE_METRICS} from '../engine/headline.js'
import type {Band} from '../engine/sampling.js'
import {formatPercent, formatValue, significant} from '../quantity/format.js'
import type {EstimateReport} from '../analysis/estimate-report.js'
import type {Style} from './style.js'
import {section} from './table.js'
import {outcomesSection} from './terminal-outcomes.js'
import {terminal} from '../spec/sinks/terminal.js'

/** A value, or for an uncertain one `p50 (p5–p95)`. */
export function formatBanded(node: MetricNode, band: Band | undefined, binary: boolean): string {
  const f = (v: number): string => formatValue(v, node.unit, binary)
  return band ? `${f(band.p50)} (${f(band.p5)}–${f(band.p95)})` : f(node.value)
}

/** Sensitivity and scenario tables, when the report has ranges or scenarios. */
export function uncertaintySections(report: EstimateReport, style: Style, binary: boolean): string[] {
  const out: string[] = []
  const u = report.uncertainty
  if (u) {
    const rows: string[][] = []
    for (const [metric, swings] of Object.entries(u.sensitivity)) {
      const node = report.metrics[metric]
      if (!node || swings.length === 0) continue
      swings.forEach((s, i) => {
        const f = (v: number): string => formatValue(v, node.unit, binary)
        rows.push([i === 0 ? terminal(metric) : '', terminal(s.input.replace(/^input\./, '')), s.firstOrder === undefined ? '–' : formatPercent(s.firstOrder), `${f(s.atLow)} → ${f(s.atHigh)}`])
      })
    }
    out.push(
      `${section(style, 'Sensitivity: share of each metric\'s variance by input (first-order index); each range swung p5 → p95, the others at their medians', ['metric', 'input', 'share of variance', 'metric moves'], rows)}\n${style.dim(`Monte Carlo: ${u.samples} samples; uncertain values read p50 (p5–p95).`)}`,
    )
    if (u.correlations && u.correlations.length > 0) {
      const pairs = u.correlations.map((c) => [terminal(c.between[0]!), terminal(c.between[1]!), significant(c.rank, 2), significant(c.achieved, 2)])
      out.push(section(style, 'Correlated inputs: samples reordered (Iman–Conover) to the stated rank correlation', ['input', 'moves with', 'rank ρ stated', 'reached'], pairs))
    }
    const outcomes = outcomesSection(report, style)
    if (outcomes !== null) out.push(outcomes)
  }
  if (report.scenarios.length > 0) {
    // Side by side, the headline figures the base has (a scenario lists every metric; --json shows them all).
    const ids = HEADLINE_METRICS.filter((id) => report.metrics[id] !== undefined)
    const rows = ids.map((id) => {
      const node = report.metrics[id]!
      return [terminal(id), formatValue(node.value, node.unit, binary), ...report.scenarios.map((s) => (s.metrics[id] === undefined ? '–' : formatValue(s.metrics[id]!, node.unit, binary)))]
    })
    out.push(section(style, 'Scenarios', ['metric', 'base', ...report.scenarios.map((s) => terminal(s.name))], rows))
  }
  return out
}

import type {MetricId} from '../../engine/ids.js'
import {HEADLINE_METRICS} from '../../engine/headline.js'
import {formatPercent, significant} from '../../quantity/format.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {md} from '../../spec/sinks/markdown.js'
import {mermaidLabel} from '../../spec/sinks/mermaid.js'
import {axisRange} from './chart-axis.js'
import type {Numbers} from './numbers.js'

/** Headline metrics whose tornado the document draws (the first that have swings). */
const CHARTED = ['storage.total', 'qps.write.peak', 'qps.read.peak', 'bandwidth.egress.avg'] as const satisfies readonly MetricId[]

/** The Monte Carlo bands of the headline metrics, and their tornado charts. */
export interface UncertaintyView {
  readonly samples: string
  readonly bands: readonly {readonly metric: string; readonly p50: string; readonly p5: string; readonly p95: string}[]
  readonly tornados: readonly {
    readonly metric: string
    readonly unit: string
    /** The swing axis, from zero (`0 --> 8.5`). */
    readonly axis: string
    readonly labels: string
    readonly bars: string
    readonly rows: readonly {readonly input: string; readonly share: string; readonly low: string; readonly high: string}[]
  }[]
  /** The rank correlations the spec declares, stated and reached; empty when none. */
  readonly correlations: readonly {readonly a: string; readonly b: string; readonly rank: string; readonly achieved: string}[]
}

/** The spec's scenarios side by side with the base. */
export interface ScenariosView {
  readonly names: readonly string[]
  readonly rows: readonly {readonly metric: string; readonly base: string; readonly values: readonly string[]}[]
}

export function uncertaintyView(report: EstimateReport, n: Numbers): UncertaintyView | null {
  const u = report.uncertainty
  if (!u) return null
  const bands = Object.keys(u.sensitivity).flatMap((id) => {
    const b = u.bands[id]
    const unit = report.metrics[id]?.unit
    return b && unit ? [{metric: md(id), p50: n.value(b.p50, unit), p5: n.value(b.p5, unit), p95: n.value(b.p95, unit)}] : []
  })
  const tornados = CHARTED.flatMap((id) => {
    const swings = u.sensitivity[id] ?? []
    const unit = report.metrics[id]?.unit
    if (swings.length === 0 || !unit) return []
    const top = Math.max(...swings.map((s) => s.swing))
    const scale = top > 0 ? 10 ** Math.floor(Math.log10(top)) : 1
    return [
      {
        metric: md(id),
        unit: scale === 1 ? n.value(1, unit).replace(/^1\s*/, '') || 'units' : `${n.value(scale, unit)} units`,
        axis: axisRange(swings.map((s) => s.swing / scale)),
        labels: swings.map((s) => `"${mermaidLabel(s.input.replace(/^input\./, ''))}"`).join(', '),
        bars: swings.map((s) => significant(s.swing / scale)).join(', '),
        rows: swings.map((s) => ({input: md(s.input.replace(/^input\./, '')), share: s.firstOrder === undefined ? '–' : formatPercent(s.firstOrder), low: n.value(s.atLow, unit), high: n.value(s.atHigh, unit)})),
      },
    ]
  })
  const correlations = (u.correlations ?? []).map((c) => ({a: md(c.between[0]!), b: md(c.between[1]!), rank: significant(c.rank, 2), achieved: significant(c.achieved, 2)}))
  return {samples: String(u.samples), bands, tornados, correlations}
}

export function scenariosView(report: EstimateReport, n: Numbers): ScenariosView | null {
  if (report.scenarios.length === 0) return null
  // Side by side, the headline figures the base has (a scenario lists every metric; --json shows them all).
  const ids = HEADLINE_METRICS.filter((id) => report.metrics[id] !== undefined)
  return {
    names: report.scenarios.map((s) => md(s.name)),
    rows: ids.map((id) => {
      const unit = report.metrics[id]!.unit
      return {metric: md(id), base: n.node(report.metrics[id]), values: report.scenarios.map((s) => (s.metrics[id] === undefined ? '–' : n.value(s.metrics[id]!, unit)))}
    }),
  }
}

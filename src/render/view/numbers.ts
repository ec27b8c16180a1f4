import type {MetricId} from '../../engine/ids.js'
import type {MetricNode, Unit} from '../../engine/ledger.js'
import {findMetric, metricValue} from '../../engine/metrics.js'
import {formatSpan, formatValue, significant} from '../../quantity/format.js'
import {type EstimateReport, unitConventionsOf} from '../../analysis/estimate-report.js'

/** A placeholder for a number that does not exist (a workload without media, say). */
export const NONE = '–'

/**
 * The one place the design document turns numbers into text: every metric is
 * read from the report and formatted here, in the report's byte convention.
 */
export interface Numbers {
  readonly binary: boolean
  /** A metric by id, formatted; `–` when the report has no such metric (media of a workload without media). */
  metric(id: MetricId): string
  /** A node read off the report (listed, or named by another's inputs), formatted; `–` for none. */
  node(node: MetricNode | undefined): string
  /** A value in base units, formatted as a person reads it. */
  value(value: number, unit: Unit): string
  /** Whether the report has a metric. */
  has(id: MetricId): boolean
  /** A metric's value in base units: one every report has (a missing one is an internal error). */
  raw(id: MetricId): number
  /** Seconds of retention in the unit the spec likely used: `5 years`, `30 days`. */
  retention(seconds: number): string
}

export function numbersFor(report: EstimateReport): Numbers {
  const calendar = unitConventionsOf(report)
  const binary = calendar.binaryBytes
  const day = calendar.secondsPerDay
  const span = (seconds: number): string => formatSpan(seconds, calendar)
  // Conventions read as the report states them (`86,400 s`, `30 days (2,592,000 s)`), not as durations.
  const conventionDisplay = new Map(report.conventions.map((c) => [c.path, c.display]))
  const value = (v: number, unit: Unit): string => (unit === 's' && v >= 7 * day ? span(v) : formatValue(v, unit, binary))
  const format = (node: MetricNode | null | undefined): string => {
    if (!node) return NONE
    const display = node.kind === 'convention' && node.source !== null ? conventionDisplay.get(node.source) : undefined
    return display ?? value(node.value, node.unit)
  }
  return {
    binary,
    value,
    metric: (id) => format(findMetric(report.metrics, id)),
    node: format,
    has: (id) => findMetric(report.metrics, id) !== null,
    raw: (id) => metricValue(report.metrics, id),
    retention: span,
  }
}

/** Points a criterion gives an option, signed: `+4`, `−2`, `0`. */
export function points(value: number): string {
  if (value === 0) return '0'
  return value > 0 ? `+${significant(value)}` : `−${significant(-value)}`
}

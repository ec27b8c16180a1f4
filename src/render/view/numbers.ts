import type {Unit} from '../../engine/ledger.js'
import {DAYS_PER_YEAR, SECONDS_PER_DAY} from '../../quantity/calendar.js'
import {formatSpan, formatValue, significant} from '../../quantity/format.js'
import type {EstimateReport} from '../report.js'

/** A placeholder for a number that does not exist (a workload without media, say). */
export const NONE = '–'

/**
 * The one place the design document turns numbers into text: every metric is
 * read from the report and formatted here, in the report's byte convention.
 */
export interface Numbers {
  readonly binary: boolean
  /** A metric by id, formatted; `–` when the report has no such metric. */
  metric(id: string): string
  /** A value in base units, formatted as a person reads it. */
  value(value: number, unit: Unit): string
  /** Whether the report has a metric. */
  has(id: string): boolean
  /** A metric's value in base units, or null. */
  raw(id: string): number | null
  /** Seconds of retention in the unit the spec likely used: `5 years`, `30 days`. */
  retention(seconds: number): string
}

export function numbersFor(report: EstimateReport): Numbers {
  const binary = report.conventions.some((c) => c.name === 'byteUnits' && c.value === 'binary')
  const conv = (id: string, fallback: number): number => report.metrics[`convention.${id}`]?.value ?? fallback
  const day = conv('secondsPerDay', SECONDS_PER_DAY)
  const calendar = {secondsPerDay: day, secondsPerYear: day * conv('daysPerYear', DAYS_PER_YEAR)}
  const span = (seconds: number): string => formatSpan(seconds, calendar)
  // Conventions read as the report states them (`86,400 s`, `30 days (2,592,000 s)`), not as durations.
  const conventionDisplay = new Map(report.conventions.map((c) => [c.path, c.display]))
  const value = (v: number, unit: Unit): string => (unit === 's' && v >= 7 * day ? span(v) : formatValue(v, unit, binary))
  return {
    binary,
    value,
    metric: (id) => {
      const node = report.metrics[id]
      if (!node) return NONE
      const display = node.kind === 'convention' && node.source !== null ? conventionDisplay.get(node.source) : undefined
      return display ?? value(node.value, node.unit)
    },
    has: (id) => id in report.metrics,
    raw: (id) => report.metrics[id]?.value ?? null,
    retention: span,
  }
}

/** Points a criterion gives an option, signed: `+4`, `−2`, `0`. */
export function points(value: number): string {
  if (value === 0) return '0'
  return value > 0 ? `+${significant(value)}` : `−${significant(-value)}`
}

import type {DecisionChange, DecisionSide, Diff, DiffUnit, MetricDelta} from '../../diff/types.js'
import type {ThresholdResult} from '../../diff/thresholds.js'
import {formatDuration, formatUsd, formatValue, significant} from '../../quantity/format.js'

/**
 * The numbers and phrases of a diff, formatted once for the text and Markdown
 * renderers (the JSON keeps the exact values). Signs are ASCII `+` and `-`,
 * as in --fail-on.
 */

export function amount(value: number, unit: DiffUnit, binary: boolean): string {
  return unit === 'USD' ? formatUsd(value) : formatValue(value, unit, binary)
}

/** A metric's value on one side, or `–` where it is absent. */
export function sideValue(m: MetricDelta, side: 'base' | 'head', binary: boolean): string {
  const v = m[side]
  return v === null ? '–' : amount(v, m.unit, binary)
}

/** head − base in the metric's unit: `+34.7 K/s`, `-26m 17s`, `+0.04 pp` for a share; `added` or `removed`. */
export function change(m: MetricDelta, binary: boolean): string {
  if (m.status === 'added' || m.status === 'removed') return m.status
  const d = m.delta!
  if (d === 0) return '0'
  const sign = d > 0 ? '+' : '-'
  const size = Math.abs(d)
  if (m.unit === 'ratio') return `${sign}${significant(size * 100)} pp`
  if (m.unit === 's') return `${sign}${formatDuration(size)}`
  return `${sign}${amount(size, m.unit, binary)}`
}

/** (head − base) ÷ |base| as a percentage: `+150%`, `-50%`; `new` from a base of 0; empty when absent on one side. */
export function relative(m: MetricDelta): string {
  if (m.status === 'added' || m.status === 'removed') return ''
  if (m.relative === null) return 'from 0'
  return percent(m.relative)
}

export function percent(r: number): string {
  if (r === 0) return '0%'
  return `${r > 0 ? '+' : '-'}${significant(Math.abs(r) * 100)}%`
}

/** `Cassandra (Wide-column store)`; just the label for a pattern, or when it names the product already. */
export function optionText(option: {readonly label: string; readonly technology: string | null}): string {
  const {label, technology} = option
  return technology && !label.includes(technology) ? `${technology} (${label})` : label
}

export function decisionTitle(d: DecisionChange): string {
  return d.subject === null ? d.title : `${d.title} for ${d.subject}`
}

export function choiceText(side: DecisionSide | null): string {
  return side === null ? '–' : optionText(side.choice)
}

export function runnerUpText(side: DecisionSide | null): string {
  return side === null || side.runnerUp === null ? '–' : optionText(side.runnerUp)
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** One line: what changed, by kind. */
export function summaryLine(diff: Diff): string {
  const s = diff.summary
  const metrics = `${plural(s.metrics.changed, 'metric')} changed, ${s.metrics.added} added, ${s.metrics.removed} removed, ${s.metrics.unchanged} unchanged`
  const decisions = `${plural(diff.decisions.length, 'decision')} changed`
  const findings = `${plural(s.findings.added, 'finding')} added, ${s.findings.resolved} resolved`
  const parts = [metrics, decisions, findings]
  if (diff.workloads.added.length > 0) parts.push(`${diff.workloads.added.length === 1 ? 'workload' : 'workloads'} added: ${diff.workloads.added.join(', ')}`)
  if (diff.workloads.removed.length > 0) parts.push(`${diff.workloads.removed.length === 1 ? 'workload' : 'workloads'} removed: ${diff.workloads.removed.join(', ')}`)
  if (s.conventions.changed > 0) parts.push(`${plural(s.conventions.changed, 'convention')} changed`)
  return parts.join('; ')
}

/** What a threshold compared: `+945%`, `+2.1 PB`, `3`, or why it holds without a number. */
export function thresholdActual(t: ThresholdResult, diff: Diff): string {
  if (t.unit === null) return String(t.actual)
  const m = diff.metrics.find((d) => d.id === t.metric)!
  if (m.status === 'added') return 'only in head'
  if (m.status === 'removed') return 'only in base'
  if (t.relative) return relative(m) === 'from 0' ? `from 0 (${change(m, diff.byteUnits === 'binary')})` : percent(m.relative!)
  return change(m, diff.byteUnits === 'binary')
}

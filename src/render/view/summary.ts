import type {Decision} from '../../matrices/types.js'
import type {DesignReport} from '../../analysis/report.js'
import {formatUsd, grouped} from '../../quantity/format.js'
import {code, md} from '../../spec/sinks/markdown.js'
import {billYear} from './bill-year.js'
import type {Numbers} from './numbers.js'

export interface SummaryView {
  readonly title: string
  readonly description: string | null
  readonly source: string
  readonly headline: readonly {readonly label: string; readonly value: string}[]
  readonly decisions: readonly {readonly text: string}[]
  readonly risks: string
}

/** `Data store for posts`, `Queue`: what a decision is about, escaped for Markdown. */
export function decisionName(d: Decision): string {
  return d.subject === null ? md(d.title) : `${md(d.title)} for ${md(d.subject)}`
}

/** `Wide-column store — Cassandra`; just the label for a pattern, or when the label names the product already. */
export function optionName(option: {readonly label: string; readonly technology: string | null}): string {
  const {label, technology} = option
  return technology && !label.includes(technology) ? `${md(label)} — ${md(technology)}` : md(label)
}

/** `riskCount`: the lines of the Risks section (the one source of the number), not the report's risks, of which unstated facts share a line. */
export function summaryView(report: DesignReport, n: Numbers, riskCount: number): SummaryView {
  const users = [n.has('input.users.mau') ? `${n.metric('input.users.mau')} monthly` : null, n.has('input.users.dau') ? `${n.metric('input.users.dau')} daily` : null].filter((u) => u !== null)
  const headline: {label: string; value: string}[] = [
    ...(users.length > 0 ? [{label: 'Users', value: users.join(', ')}] : []),
    {label: 'Requests at peak', value: `${n.metric('qps.read.peak')} reads, ${n.metric('qps.write.peak')} writes`},
    {label: 'New data per day', value: n.metric('storage.perDay')},
    {label: `Data held after ${report.horizonYears} year${report.horizonYears === 1 ? '' : 's'}`, value: n.metric(`storage.year.${report.horizonYears}`)},
    {label: 'Egress at peak', value: n.metric('bandwidth.egress.peak')},
    {label: 'Cache memory', value: n.metric('cache.provisionedBytes')},
  ]
  if (n.has('input.slo.availability')) headline.push({label: 'Availability SLO', value: `${n.metric('input.slo.availability')} (${n.metric('availability.slo.downtime.year')} of downtime a year)`})
  if (report.plan) headline.push({label: 'Nodes', value: grouped(report.plan.totalNodes) + leftOut(report.plan.items.filter((i) => !i.sized), 'not sized')})
  if (report.cost) headline.push({label: `Monthly cost (${billYear(report, n).short})`, value: formatUsd(report.cost.totalMonthlyUsd) + leftOut(report.cost.unpriced, 'not priced')})
  const count = riskCount
  return {
    title: md(report.name),
    description: report.description === null ? null : md(report.description),
    source: code(sourceName(report.file), false),
    headline,
    decisions: report.decisions.map((d) => ({text: `${decisionName(d)}: ${optionName(d.choice)}`})),
    risks: count === 0 ? 'none found' : `${count} to review (see [Risks](#risks))`,
  }
}

/** `, without Neo4j (not sized)`: what a total leaves out, each technology once; empty when nothing is. */
function leftOut(items: readonly {readonly technology: string | null}[], why: string): string {
  const names = [...new Set(items.map((i) => i.technology).filter((t) => t !== null))]
  return names.length ? `, without ${names.map(md).join(', ')} (${why})` : ''
}

/**
 * The spec as the document names it: the path as given, unless absolute (a
 * document should not depend on where the checkout lives), then only the
 * file's name. POSIX and Windows paths alike, without Node's path module, so
 * the renderer runs in a browser too.
 */
export function sourceName(file: string): string {
  const absolute = file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(file)
  return absolute ? file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) : file
}

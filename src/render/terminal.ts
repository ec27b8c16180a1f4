import {type DowntimePeriod, downtimeId, errorBudgetId, metricId, type Scope, type ScopeSuffix, SYSTEM, workloadScope} from '../engine/ids.js'
import type {MetricNode} from '../engine/ledger.js'
import {findMetric} from '../engine/metrics.js'
import {BURN_RATE_TITLE, burnRateTable} from './burn-rate-table.js'
import {BUDGET_SPLIT_TITLE, budgetSplitTable} from './budget-split-table.js'
import {FIGURE_TABLES, type FigureRow, figureCell, figureRows} from './figure-tables.js'
import {section} from './table.js'
import {formatBanded, uncertaintySections} from './terminal-uncertainty.js'
import type {EstimateReport} from '../analysis/estimate-report.js'
import {PLAIN, type Style} from './style.js'
import {terminal} from '../spec/sinks/terminal.js'

type Column = readonly [header: string, suffix: ScopeSuffix]
/** Formats a node, `–` for a metric the report does not have (media of a workload without media). */
type Format = (node: MetricNode | null) => string

/**
 * The estimate as terminal tables: traffic, storage, bandwidth, cache and
 * capacity, availability, and the conventions in use. A pure function of the
 * report; colour comes in through `style`, after every text from the spec is
 * made safe for a terminal (`terminal`).
 */
export function renderTerminal(report: EstimateReport, style: Style = PLAIN): string {
  const binary = report.conventions.some((c) => c.name === 'byteUnits' && c.value === 'binary')
  const fmt: Format = (node) => (node ? formatBanded(node, report.uncertainty?.bands[node.id], binary) : '–')
  const sections: string[] = [style.heading(`${terminal(report.name)} — capacity estimate`) + (report.description ? `\n${style.dim(terminal(report.description))}` : '')]

  const perWorkload = (title: string, columns: readonly Column[]): void => {
    // A spec without workloads (availability alone) has no rows to show.
    if (report.workloads.length === 0) return
    const cell = (scope: Scope, suffix: ScopeSuffix): string => fmt(findMetric(report.metrics, metricId(scope, suffix)))
    const rows = report.workloads.map((w) => [terminal(w), ...columns.map(([, s]) => cell(workloadScope(w), s))])
    if (report.workloads.length > 1) rows.push([style.heading('total'), ...columns.map(([, s]) => style.heading(cell(SYSTEM, s)))])
    sections.push(section(style, title, ['workload', ...columns.map(([h]) => h)], rows))
  }
  perWorkload('Traffic', [
    ['reads/day', 'requests.read.perDay'],
    ['writes/day', 'requests.write.perDay'],
    ['avg read', 'qps.read.avg'],
    ['peak read', 'qps.read.peak'],
    ['avg write', 'qps.write.avg'],
    ['peak write', 'qps.write.peak'],
    ['read:write', 'ratio.readWrite'],
  ])
  perWorkload('Storage', [
    ['text/day', 'storage.text.perDay'],
    ['media/day', 'storage.media.perDay'],
    ['per month', 'storage.perMonth'],
    ['per year', 'storage.perYear'],
    ['kept (retention)', 'storage.total'],
  ])
  if (report.workloads.length > 0) sections.push(projection(report, style, fmt))
  perWorkload('Bandwidth', [
    ['in text', 'bandwidth.ingress.text.avg'],
    ['in media', 'bandwidth.ingress.media.avg'],
    ['out text', 'bandwidth.egress.text.avg'],
    ['out media', 'bandwidth.egress.media.avg'],
    ['peak in', 'bandwidth.ingress.peak'],
    ['peak out', 'bandwidth.egress.peak'],
  ])
  perWorkload('Cache and capacity', [
    ['cache hot set', 'cache.hotBytes'],
    ['cache memory', 'cache.provisionedBytes'],
    ['provision for', 'capacity.qps'],
    ['in flight (peak)', 'concurrency.peak'],
  ])
  for (const table of FIGURE_TABLES) {
    const rows = figureRows(report, table)
    if (rows.length === 0) continue
    const cells = (row: FigureRow): string[] => row.cells.map((node, i) => figureCell(report, table.columns[i]!, node, fmt))
    const body = rows.map((row) => (row.workload === null ? [style.heading('total'), ...cells(row).map(style.heading)] : [terminal(row.workload), ...cells(row)]))
    sections.push(section(style, table.title, [table.byComponent ? 'component' : 'workload', ...table.columns.map((c) => c.header)], body))
  }
  sections.push(...uncertaintySections(report, style, binary))
  const availability = availabilitySection(report, style, fmt)
  if (availability) sections.push(availability)
  sections.push(
    section(
      style,
      'Conventions',
      ['convention', 'value', 'set by'],
      report.conventions.map((c) => [terminal(c.label), terminal(c.display), c.source === 'default' ? style.dim('default') : terminal(c.path)]),
    ),
  )
  return `${sections.join('\n\n')}\n`
}


function projection(report: EstimateReport, style: Style, fmt: Format): string {
  const years = Array.from({length: report.horizonYears}, (_, i) => i + 1)
  const rows = years.map((y) => [`year ${y}`, fmt(findMetric(report.metrics, `storage.year.${y}`))])
  return section(style, 'Storage held, year by year (with growth)', ['end of', 'stored'], rows)
}

function availabilitySection(report: EstimateReport, style: Style, fmt: Format): string | null {
  const m = report.metrics
  const parts: string[] = []
  const slo = findMetric(m, 'input.slo.availability')
  const composite = findMetric(m, 'availability.composite')
  if (!slo && !composite) return null
  const periods: readonly DowntimePeriod[] = ['year', 'quarter', 'month', 'week', 'day', 'hour']
  // The SLO's error budget in failed requests, beside its downtime, when there are requests to fail.
  const budget = slo !== undefined && findMetric(m, errorBudgetId('month')) !== undefined
  const head = ['allowed downtime per', ...(slo ? [`SLO ${fmt(slo)}`] : []), ...(budget ? ['failed requests (SLO)'] : []), ...(composite ? [`components ${fmt(composite)}`] : [])]
  const rows = periods.map((p) => [
    p,
    ...(slo ? [fmt(findMetric(m, downtimeId('slo', p)))] : []),
    ...(budget ? [fmt(findMetric(m, errorBudgetId(p)))] : []),
    ...(composite ? [fmt(findMetric(m, downtimeId('composite', p)))] : []),
  ])
  parts.push(section(style, 'Availability budget', head, rows))
  const burn = burnRateTable((id) => findMetric(m, id) !== null, (id) => fmt(findMetric(m, id)))
  if (burn) parts.push(section(style, BURN_RATE_TITLE, burn.head, burn.rows))
  const split = budgetSplitTable(m, terminal, (id) => fmt(findMetric(m, id)))
  if (split) parts.push(section(style, BUDGET_SPLIT_TITLE, split.head, split.rows), split.weakLink)
  for (const check of report.checks) parts.push(check.pass ? style.good(`✔ ${terminal(check.message)}`) : style.bad(`✘ ${terminal(check.message)}`))
  return parts.join('\n')
}

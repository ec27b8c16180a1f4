import {type DowntimePeriod, downtimeId, errorBudgetId, type MetricId} from '../../engine/ids.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {code, md} from '../../spec/sinks/markdown.js'
import type {Numbers} from './numbers.js'
import {BURN_RATE_TITLE, burnRateTable} from '../burn-rate-table.js'
import {BUDGET_SPLIT_TITLE, budgetSplitTable} from '../budget-split-table.js'

export interface AvailabilityView {
  readonly slo: string | null
  readonly composite: string | null
  /** Column headings after `allowed downtime per`: the SLO's, the components'. */
  readonly columns: readonly string[]
  readonly downtime: readonly {readonly period: string; readonly cells: readonly string[]}[]
  readonly errorBudget: string | null
  /** The declared request path, top-down; nesting shows as leading `· `. */
  readonly components: readonly {readonly name: string; readonly availability: string}[]
  readonly checks: readonly {readonly mark: string; readonly message: string}[]
  /** The SLO's burn-rate alerts (SRE Workbook), when it states an availability. */
  readonly burnRates: {readonly title: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]} | null
  /** The error budget split along the request path, and the weak link, when the spec has components. */
  readonly budgetSplit: {readonly title: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly weakLink: string} | null
}

const PERIODS: readonly DowntimePeriod[] = ['year', 'quarter', 'month', 'week', 'day', 'hour']
/** `availability.composite`, `availability.composite.2`, `availability.composite.4.1` … (not their downtime). */
const COMPONENT = /^availability\.composite((?:\.\d+)*)$/

/** Null when the spec states neither an availability SLO nor components. */
export function availabilityView(report: EstimateReport, n: Numbers): AvailabilityView | null {
  const hasSlo = n.has('input.slo.availability')
  const hasComposite = n.has('availability.composite')
  if (!hasSlo && !hasComposite) return null
  // The SLO's error budget in failed requests, beside its downtime, when there are requests to fail.
  const hasBudget = hasSlo && n.has(errorBudgetId('month'))
  const columns: {readonly heading: string; readonly id: (p: DowntimePeriod) => MetricId}[] = [
    ...(hasSlo ? [{heading: `SLO ${n.metric('input.slo.availability')}`, id: (p: DowntimePeriod) => downtimeId('slo', p)}] : []),
    ...(hasBudget ? [{heading: 'failed requests (SLO)', id: errorBudgetId}] : []),
    ...(hasComposite ? [{heading: `components ${n.metric('availability.composite')}`, id: (p: DowntimePeriod) => downtimeId('composite', p)}] : []),
  ]
  return {
    slo: hasSlo ? n.metric('input.slo.availability') : null,
    composite: hasComposite ? n.metric('availability.composite') : null,
    columns: columns.map((c) => c.heading),
    downtime: PERIODS.map((p) => ({period: p, cells: columns.map((c) => n.metric(c.id(p)))})),
    errorBudget: hasBudget ? n.metric(errorBudgetId('month')) : null,
    components: components(report, n),
    burnRates: burnRates(n),
    budgetSplit: budgetSplit(report, n),
    checks: report.checks.map((c) => ({mark: c.pass ? '✔' : '✘', message: `${md(c.message)} (${c.metrics.map((m) => code(m, false)).join(' vs ')})`})),
  }
}

function burnRates(n: Numbers): AvailabilityView['burnRates'] {
  const table = burnRateTable((id) => n.has(id), (id) => n.metric(id))
  return table ? {title: BURN_RATE_TITLE, ...table} : null
}

function budgetSplit(report: EstimateReport, n: Numbers): AvailabilityView['budgetSplit'] {
  const table = budgetSplitTable(report.metrics, md, (id) => n.metric(id))
  return table ? {title: BUDGET_SPLIT_TITLE, ...table} : null
}

function components(report: EstimateReport, n: Numbers): AvailabilityView['components'] {
  const found: {path: number[]; name: string; availability: string}[] = []
  for (const node of Object.values(report.metrics)) {
    const match = COMPONENT.exec(node.id)
    if (!match) continue
    const path = match[1] === '' ? [] : match[1]!.slice(1).split('.').map(Number)
    found.push({path, name: `${'· '.repeat(path.length)}${md(node.label)}`, availability: n.value(node.value, node.unit)})
  }
  // The engine derives children before their parent; a reader wants the path top-down (1, 2, 4, 4.1, 4.2, 4.2.1 …).
  found.sort((a, b) => comparePaths(a.path, b.path))
  return found.map(({name, availability}) => ({name, availability}))
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

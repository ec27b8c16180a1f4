import {type AvailabilitySource, type DowntimePeriod, downtimeId} from '../../engine/ids.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {code, md} from '../../spec/sinks/markdown.js'
import type {Numbers} from './numbers.js'

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
}

const PERIODS: readonly DowntimePeriod[] = ['year', 'quarter', 'month', 'week', 'day', 'hour']
/** `availability.composite`, `availability.composite.2`, `availability.composite.4.1` … (not their downtime). */
const COMPONENT = /^availability\.composite((?:\.\d+)*)$/

/** Null when the spec states neither an availability SLO nor components. */
export function availabilityView(report: EstimateReport, n: Numbers): AvailabilityView | null {
  const hasSlo = n.has('input.slo.availability')
  const hasComposite = n.has('availability.composite')
  if (!hasSlo && !hasComposite) return null
  const sources: AvailabilitySource[] = [...(hasSlo ? (['slo'] as const) : []), ...(hasComposite ? (['composite'] as const) : [])]
  return {
    slo: hasSlo ? n.metric('input.slo.availability') : null,
    composite: hasComposite ? n.metric('availability.composite') : null,
    columns: [...(hasSlo ? [`SLO ${n.metric('input.slo.availability')}`] : []), ...(hasComposite ? [`components ${n.metric('availability.composite')}`] : [])],
    downtime: PERIODS.map((p) => ({period: p, cells: sources.map((s) => n.metric(downtimeId(s, p)))})),
    errorBudget: hasSlo ? n.metric('availability.errorBudget.requestsPerMonth') : null,
    components: components(report, n),
    checks: report.checks.map((c) => ({mark: c.pass ? '✔' : '✘', message: `${md(c.message)} (${c.metrics.map((m) => code(m, false)).join(' vs ')})`})),
  }
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

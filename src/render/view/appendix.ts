import {workloadScope} from '../../engine/ids.js'
import type {MetricNode} from '../../engine/ledger.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {code, md} from '../../spec/sinks/markdown.js'
import {NONE, type Numbers} from './numbers.js'
import {zeroForLackOfTraffic} from './zero-traffic.js'

export interface DerivationRow {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly formula: string
  /** `symbol = value (node id)` for each input of the formula. */
  readonly inputs: string
  readonly conventions: string
}

/**
 * Every number of the report, read from its metric nodes: what came from the
 * spec (and where), the conventions, and each derived metric with its formula,
 * its inputs' values and the conventions it rests on. Nothing is recomputed.
 */
export interface AppendixView {
  readonly sources: readonly {readonly id: string; readonly label: string; readonly value: string; readonly from: string}[]
  readonly groups: readonly {readonly title: string; readonly rows: readonly DerivationRow[]}[]
}

export function appendixView(report: EstimateReport, n: Numbers): AppendixView {
  const nodes = Object.values(report.metrics)
  // Zero only because a workload has no traffic of that kind: left out, as the capacity section says.
  const zero = zeroForLackOfTraffic(report)
  const derived = nodes.filter((m) => m.kind === 'metric' && !zero.has(m.id))
  // Grouped in one pass (a filter per workload was 1,000 passes over 100,000 metrics): a workload's
  // metrics are those under `workload.<name>.`, and a name has no dot, so the prefix names one group.
  const byScope = new Map<string, MetricNode[]>()
  for (const m of derived) {
    if (!m.id.startsWith('workload.')) continue
    const scope = m.id.slice(0, m.id.indexOf('.', 'workload.'.length) + 1)
    const group = byScope.get(scope)
    if (group) group.push(m)
    else byScope.set(scope, [m])
  }
  const ofWorkload = (w: string): MetricNode[] => byScope.get(workloadScope(w)) ?? []
  const system = derived.filter((m) => !m.id.startsWith('workload.'))
  return {
    sources: nodes
      .filter((m) => m.kind !== 'metric')
      .map((m) => ({id: code(m.id), label: md(m.label), value: n.node(m), from: m.source === null ? 'default' : code(m.source)})),
    groups: [
      {title: 'System', rows: system.map((m) => row(report, m, n))},
      ...report.workloads.map((w) => ({title: `Workload ${md(w)}`, rows: ofWorkload(w).map((m) => row(report, m, n))})),
    ].filter((g) => g.rows.length > 0),
  }
}

function row(report: EstimateReport, m: MetricNode, n: Numbers): DerivationRow {
  const inputs = Object.entries(m.inputs).map(([symbol, ref]) => `${code(symbol)} = ${n.node(report.metrics[ref])} (${code(ref)})`)
  return {
    id: code(m.id),
    label: md(m.label),
    value: n.value(m.value, m.unit),
    formula: m.formula === null ? NONE : code(m.formula),
    inputs: inputs.length === 0 ? NONE : inputs.join('; '),
    conventions: m.conventions.length === 0 ? NONE : m.conventions.map((c) => md(c)).join(', '),
  }
}

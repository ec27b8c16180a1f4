import type {Report} from '../analysis/report.js'
import type {DiffSide, SideMetric} from './types.js'

/**
 * One version of a design as the diff sees it: the estimate's derived metrics
 * and spec inputs (conventions are compared on their own), the scaling plan's
 * node counts and the monthly cost as metrics of their own, the decisions,
 * the review findings and the conventions in force. `file` names the side
 * (a scenario is `design.yaml#year3`).
 *
 * Plan and cost metric ids (those of `sizeup check` budgets, plus a
 * breakdown by component): `nodes.total` (every machine of the plan),
 * `nodes.component.<component>`, `cost.monthly` (US dollars a month),
 * `cost.{storage,egress,compute}.monthly`, `cost.component.<component>.monthly`.
 */
export function sideFrom(report: Report, file: string = report.file): DiffSide {
  const metrics: Record<string, SideMetric> = {}
  for (const node of Object.values(report.metrics)) {
    if (node.kind === 'convention') continue
    metrics[node.id] = {id: node.id, label: node.label, value: node.value, unit: node.unit}
  }
  const put = (id: string, label: string, value: number, unit: SideMetric['unit']): void => {
    metrics[id] = {id, label, value, unit}
  }
  if (report.plan) {
    put('nodes.total', 'Machines in the scaling plan', report.plan.totalNodes, 'count')
    const byComponent = new Map<string, number>()
    for (const item of report.plan.items) byComponent.set(item.component, (byComponent.get(item.component) ?? 0) + item.nodes)
    for (const [component, nodes] of byComponent) put(`nodes.component.${component}`, `Machines for ${component}`, nodes, 'count')
  }
  if (report.cost) {
    put('cost.monthly', 'Monthly cost', report.cost.totalMonthlyUsd, 'USD')
    for (const [category, usd] of Object.entries(report.cost.byCategory)) put(`cost.${category}.monthly`, `Monthly ${category} cost`, usd, 'USD')
    for (const [component, usd] of Object.entries(report.cost.byComponent)) put(`cost.component.${component}.monthly`, `Monthly cost of ${component}`, usd, 'USD')
  }
  return {
    file,
    name: report.name,
    workloads: report.workloads,
    metrics,
    decisions: report.decisions,
    findings: report.findings,
    conventions: report.conventions.map(({name, label, value, display, source}) => ({name, label, value, display, source})),
    byteUnits: report.conventions.some((c) => c.name === 'byteUnits' && c.value === 'binary') ? 'binary' : 'decimal',
  }
}

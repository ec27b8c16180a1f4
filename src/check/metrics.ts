import type {CostReport} from '../cost/types.js'
import type {MetricNode} from '../engine/ledger.js'
import type {MetricUnit} from '../config/quantity.js'
import type {ScalingPlan} from '../plan/types.js'

/** A number a budget can limit: its value in base units and its unit. */
export interface BudgetMetric {
  readonly value: number
  readonly unit: MetricUnit
  readonly label: string
}

interface ReportMetric {
  readonly id: string
  readonly label: string
  readonly unit: MetricUnit
  readonly read: (parts: {cost: CostReport | null; plan: ScalingPlan | null}) => number | undefined
}

/**
 * Numbers of the design report that are not estimate metrics: the monthly
 * cost (in total and by category) and the machines of the scaling plan.
 */
export const REPORT_METRICS: readonly ReportMetric[] = [
  {id: 'cost.monthly', label: 'Monthly cost', unit: 'USD', read: ({cost}) => cost?.totalMonthlyUsd},
  {id: 'cost.storage.monthly', label: 'Monthly storage cost', unit: 'USD', read: ({cost}) => cost?.byCategory.storage},
  {id: 'cost.egress.monthly', label: 'Monthly egress cost', unit: 'USD', read: ({cost}) => cost?.byCategory.egress},
  {id: 'cost.compute.monthly', label: 'Monthly compute cost', unit: 'USD', read: ({cost}) => cost?.byCategory.compute},
  {id: 'nodes.total', label: 'Machines in the scaling plan', unit: 'count', read: ({plan}) => plan?.totalNodes},
]

/** Every number of one spec a budget may name, by id: the estimate's metrics and the report's own. */
export function budgetMetrics(metrics: Readonly<Record<string, MetricNode>>, cost: CostReport | null, plan: ScalingPlan | null): Record<string, BudgetMetric> {
  const out: Record<string, BudgetMetric> = {}
  for (const [id, node] of Object.entries(metrics)) out[id] = {value: node.value, unit: node.unit, label: node.label}
  for (const m of REPORT_METRICS) {
    const value = m.read({cost, plan})
    if (value !== undefined) out[m.id] = {value, unit: m.unit, label: m.label}
  }
  return out
}

import type {DesignReport} from '../../analysis/report.js'
import {type AppendixView, appendixView} from './appendix.js'
import {planAndCostGroups} from './appendix-plan-cost.js'
import {type ArchitectureView, architectureView} from './architecture.js'
import {type AssumptionsView, assumptionsView} from './assumptions.js'
import {billYear} from './bill-year.js'
import {type AvailabilityView, availabilityView} from './availability.js'
import {type CapacityView, capacityView} from './capacity.js'
import {type CostView, costView} from './cost.js'
import {type DecisionView, decisionsView} from './decisions.js'
import {type FindingsView, findingsView} from './findings.js'
import {type GrowthView, growthView} from './growth.js'
import {numbersFor} from './numbers.js'
import {type OutcomesView, outcomesView} from './outcomes.js'
import {type PlanView, planView} from './plan.js'
import {type RequirementsView, requirementsView} from './requirements.js'
import {type RisksView, risksView} from './risks.js'
import {type SummaryView, summaryView} from './summary.js'
import {type ScenariosView, scenariosView, type UncertaintyView, uncertaintyView} from './uncertainty.js'

/**
 * What the templates lay out: one field per section (each partial gets its
 * own), every number already formatted and every piece of user text already
 * escaped for where it goes. Optional sections are null, never missing, so
 * strict templates can test them.
 */
export interface ReportView {
  readonly summary: SummaryView
  readonly findings: FindingsView
  readonly requirements: RequirementsView
  readonly assumptions: AssumptionsView
  readonly capacity: CapacityView
  readonly growth: GrowthView
  readonly uncertainty: UncertaintyView | null
  readonly scenarios: ScenariosView | null
  readonly architecture: ArchitectureView
  readonly decisions: readonly DecisionView[]
  readonly outcomes: OutcomesView | null
  readonly availability: AvailabilityView | null
  readonly plan: PlanView | null
  readonly cost: CostView | null
  readonly risks: RisksView
  readonly appendix: AppendixView
}

export function buildView(report: DesignReport): ReportView {
  const n = numbersFor(report)
  const risks = risksView(report)
  return {
    summary: summaryView(report, n, risks.items.length),
    findings: findingsView(report.findings),
    requirements: requirementsView(report, n),
    assumptions: assumptionsView(report, n),
    capacity: capacityView(report, n),
    growth: growthView(report, n),
    uncertainty: uncertaintyView(report, n),
    scenarios: scenariosView(report, n),
    architecture: architectureView(report, n),
    decisions: decisionsView(report.decisions),
    outcomes: outcomesView(report),
    availability: availabilityView(report, n),
    plan: report.plan ? planView(report.plan, n.binary) : null,
    cost: report.cost ? costView(report.cost, billYear(report, n).basis) : null,
    risks,
    appendix: withPlanAndCost(appendixView(report, n), report),
  }
}

/** The appendix with the plan's and the cost's derivations after the estimate's. */
function withPlanAndCost(appendix: AppendixView, report: DesignReport): AppendixView {
  return {...appendix, groups: [...appendix.groups, ...planAndCostGroups(report.plan, report.cost)]}
}

export type {AppendixView, ArchitectureView, AssumptionsView, AvailabilityView, CapacityView, CostView, DecisionView, FindingsView, GrowthView, PlanView, RequirementsView, RisksView, ScenariosView, SummaryView, UncertaintyView}

import {estimateCost} from '../cost/estimate-cost.js'
import type {Estimate} from '../engine/estimate.js'
import {decide} from '../matrices/decide.js'
import type {AppliedOverlay} from '../overlay/apply.js'
import {planWithMetrics} from '../plan/plan.js'
import {type ReviewSettings, runReview} from '../review/run.js'
import type {RuleSet} from '../review/ruleset.js'
import type {LoadedSpec} from '../spec/load.js'
import {estimateReportOf, type ScenarioSummary} from './estimate-report.js'
import type {Report} from './report.js'
import {requirementsOf} from './requirements.js'
import {decisionFacts, risksOf} from './risks.js'

/** What the pipeline after the estimate needs: the knowledge (overlay applied), the rules and their settings. */
export interface PipelineContext {
  readonly knowledge: AppliedOverlay
  readonly rules: RuleSet
  readonly review: ReviewSettings
}

/**
 * The pipeline after the estimate, in order: decisions (with the overlay's
 * restrictions and weights), scaling plan, monthly cost, design review,
 * requirements and risks. Pure and synchronous: same inputs, same Report.
 */
export function reportOf(spec: LoadedSpec, estimate: Estimate, scenarios: readonly ScenarioSummary[], ctx: PipelineContext): Report {
  const {model} = spec
  const decisions = decide(model, estimate, ctx.knowledge.matrices, ctx.knowledge.adjustments)
  const planned = planWithMetrics(model, estimate, decisions, ctx.knowledge.capacities)
  const plan = planned.plan
  // The plan's metrics (Kafka, zone loss) join the estimate's, after them: the Report, the appendix and explain read one ledger.
  const withPlan: Estimate = planned.metrics.length === 0 ? estimate : {...estimate, metrics: {...estimate.metrics, ...Object.fromEntries(planned.metrics.map((m) => [m.id, m]))}}
  const cost = estimateCost(model, withPlan, decisions, plan, ctx.knowledge.prices)
  const findings = runReview({context: {model, estimate: withPlan, decisions, plan, cost}, source: spec.source, suppressions: spec.suppressions}, ctx.rules.rules, ctx.rules.data, ctx.review)
  const base = estimateReportOf(spec, withPlan, scenarios)
  return {
    ...base,
    requirements: requirementsOf(model, spec.source.data),
    decisions,
    plan,
    cost,
    findings,
    risks: risksOf(base.checks, decisions, ctx.knowledge.matrices, decisionFacts(model, estimate, decisions)),
    warnings: ctx.knowledge.warnings.map((w) => `overlay: ${w}`),
  }
}

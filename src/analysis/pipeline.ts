import {estimateCost} from '../cost/estimate-cost.js'
import type {Estimate} from '../engine/estimate.js'
import {decide} from '../matrices/decide.js'
import type {AppliedOverlay} from '../overlay/apply.js'
import {planWithMetrics} from '../plan/plan.js'
import {withTechnologyModels} from '../plan/models/index.js'
import {type ReviewSettings, runReview} from '../review/run.js'
import type {RuleSet} from '../review/ruleset.js'
import type {LoadedSpec} from '../spec/load.js'
import {decisionOutcomes} from './decision-outcomes.js'
import {regretWeightsOf} from './regret-weights.js'
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
export function reportOf(spec: LoadedSpec, derived: Estimate, scenarios: readonly ScenarioSummary[], ctx: PipelineContext, samples: ReadonlyMap<string, Float64Array> = new Map()): Report {
  const {model} = spec
  const decisions = decide(model, derived, ctx.knowledge.matrices, ctx.knowledge.adjustments)
  // The chosen technologies' own models (Redis, PostgreSQL, S3, Cassandra) join the ledger.
  const modelled = withTechnologyModels(model, derived, decisions, ctx.knowledge.capacities)
  const planned = planWithMetrics(model, modelled, decisions, ctx.knowledge.capacities)
  const plan = planned.plan
  // The plan's metrics (Kafka, zone loss) join the estimate's, after them: the Report, the appendix and explain read one ledger.
  const estimate: Estimate = planned.metrics.length === 0 ? modelled : {...modelled, metrics: modelled.metrics.with(planned.metrics)}
  const cost = estimateCost(model, estimate, decisions, plan, ctx.knowledge.prices)
  const findings = runReview({context: {model, estimate, decisions, plan, cost}, source: spec.source, suppressions: spec.suppressions}, ctx.rules.rules, ctx.rules.data, ctx.review)
  const base = estimateReportOf(spec, estimate, scenarios)
  // A spec with ranges: the decisions, plan and bill again in its sampled worlds (decision-outcomes.ts).
  const outcomes = decisionOutcomes(model, derived, samples, ctx.knowledge, regretWeightsOf(spec))
  return {
    ...base,
    requirements: requirementsOf(model, spec.source.data),
    decisions,
    plan,
    cost,
    findings,
    risks: risksOf(base.checks, decisions, ctx.knowledge.matrices, decisionFacts(model, estimate, decisions)),
    warnings: ctx.knowledge.warnings.map((w) => `overlay: ${w}`),
    ...(outcomes === null ? {} : {outcomes}),
  }
}

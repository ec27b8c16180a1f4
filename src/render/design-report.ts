import type {DesignReport} from '../analysis/generated/schema-types.js'
import type {CostReport} from '../cost/types.js'
import type {SystemModel} from '../spec/model.js'
import type {Decision, Matrix} from '../matrices/types.js'
import type {ScalingPlan} from '../plan/types.js'
import {requirementsOf} from './requirements.js'
import type {EstimateReport} from './report.js'
import {risksOf, type StatedFacts} from './risks.js'

export type {Requirements, WorkloadRequirement} from './requirements.js'
export type {Risk} from './risks.js'

/**
 * The canonical result of `sizeup report` (scripts/report-schema.mjs):
 * `--json` prints it; the Markdown design document is a pure function of it.
 */
export type {DesignReport} from '../analysis/generated/schema-types.js'

export interface DesignInputs {
  readonly estimate: EstimateReport
  readonly model: SystemModel
  /** The parsed spec as plain data, for the text the model does not keep (workload descriptions). */
  readonly data: unknown
  readonly decisions: readonly Decision[]
  /** The matrices the decisions came from (to tell which facts they would have read). */
  readonly matrices: readonly Matrix[]
  /** The facts each decision saw, by decision id (null values: the spec did not state them). */
  readonly facts: StatedFacts
  readonly plan: ScalingPlan | null
  readonly cost: CostReport | null
}

export function buildDesignReport(inputs: DesignInputs): DesignReport {
  return {
    ...inputs.estimate,
    requirements: requirementsOf(inputs.model, inputs.data),
    decisions: inputs.decisions,
    plan: inputs.plan,
    cost: inputs.cost,
    risks: risksOf(inputs.estimate.checks, inputs.decisions, inputs.matrices, inputs.facts),
  }
}

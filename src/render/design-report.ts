import type {CostReport} from '../cost/types.js'
import type {SystemModel} from '../spec/model.js'
import type {Decision, Matrix} from '../matrices/types.js'
import type {ScalingPlan} from '../plan/types.js'
import {requirementsOf, type Requirements} from './requirements.js'
import type {EstimateReport} from './report.js'
import {risksOf, type Risk, type StatedFacts} from './risks.js'

export type {Requirements, WorkloadRequirement} from './requirements.js'
export type {Risk} from './risks.js'

/**
 * The canonical result of `sizeup report`: the estimate report plus what the
 * spec asks for, the decisions with the matrix rows behind them, the scaling
 * plan and the monthly cost (null until those are computed), and the risks.
 * `--json` prints it; the Markdown design document is a pure function of it.
 */
export interface DesignReport extends EstimateReport {
  readonly requirements: Requirements
  readonly decisions: readonly Decision[]
  readonly plan: ScalingPlan | null
  readonly cost: CostReport | null
  readonly risks: readonly Risk[]
}

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

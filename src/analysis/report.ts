import type {CostReport} from '../cost/types.js'
import type {Decision} from '../matrices/types.js'
import type {ScalingPlan} from '../plan/types.js'
import type {Finding} from '../review/types.js'
import type {EstimateReport} from './estimate-report.js'
import type {Requirements} from './requirements.js'
import type {Risk} from './risks.js'

export type {Requirements, WorkloadRequirement} from './requirements.js'
export type {Risk} from './risks.js'

/**
 * The canonical result of the analysis: the estimate report plus what the
 * spec asks for, the decisions with the matrix rows behind them, the scaling
 * plan and the monthly cost (null until those are computed), the design
 * review's findings (suppressed ones included, with their reasons) and the
 * risks. `sizeup report --json` prints it; every renderer (Markdown, HTML,
 * check formats, diff) is a pure function of it and never analyses again.
 */
export interface Report extends EstimateReport {
  readonly requirements: Requirements
  readonly decisions: readonly Decision[]
  readonly plan: ScalingPlan | null
  readonly cost: CostReport | null
  /** Every finding of the review rules, in position order; a suppressed one carries the spec's reason. */
  readonly findings: readonly Finding[]
  readonly risks: readonly Risk[]
  /** What the analysis could not do as asked, in words: an overlay restriction it had to drop. */
  readonly warnings: readonly string[]
}

/** The former name of Report, kept for library users. */
export type DesignReport = Report

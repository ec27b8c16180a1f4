import type {Estimate} from '../engine/estimate.js'
import type {MetricId} from '../engine/ids.js'
import type {SystemModel} from '../spec/model.js'
import type {Decision} from '../matrices/types.js'
import type {ScalingPlan} from '../plan/types.js'
import type {CostReport} from '../cost/types.js'
import type {RuleData, SeveritySetting} from './generated/schema-types.js'

// Severities, findings (as diff and check publish them) and rule data (data/rules.yaml): the review's fragments in scripts/.
export type {Contradiction, DecisionMatcher, Finding, RuleData, RuleThreshold, Severity, SeveritySetting} from './generated/schema-types.js'

export const SEVERITY_RANK: Readonly<Record<SeveritySetting, number>> = {off: 0, info: 1, warn: 2, error: 3}

/** Everything a rule may read; rules are pure functions of it. */
export interface RuleContext {
  readonly model: SystemModel
  readonly estimate: Estimate
  readonly decisions: readonly Decision[]
  readonly plan: ScalingPlan | null
  /** The monthly bill of the plan, or null when there is none. */
  readonly cost: CostReport | null
  /** The rule's thresholds after configuration overrides, by name, in base units. */
  readonly thresholds: Readonly<Record<string, number>>
  /** The rule's own data in data/rules.yaml (the contradictions decision-contradiction looks for). */
  readonly data: RuleData
  /**
   * Whether the spec writes a value at a dotted path (`workloads.posts.retention`).
   * The model applies defaults, so a rule asks this to tell "kept forever" from
   * "no retention stated", and to point a finding at a value that exists.
   */
  readonly stated: (path: string) => boolean
}

/** What a rule reports: where in the spec the cause is, and what is wrong, in numbers. */
export interface RuleHit {
  /** Dotted spec path of the value that causes the finding (`slo.availability`, `workloads.posts.writes`). */
  readonly path: string
  readonly message: string
  /** Metric ids the message quotes, so a reader can follow the derivation. */
  readonly metrics?: readonly MetricId[]
}

export interface Rule {
  /** kebab-case, the file name under src/review/rules/. */
  readonly id: string
  /** One line: what the rule looks for. */
  readonly summary: string
  /** Why it matters, for docs/rules.md. */
  readonly description: string
  /** How to fix it; shown with every finding. */
  readonly fix: string
  readonly check: (ctx: RuleContext) => readonly RuleHit[]
}

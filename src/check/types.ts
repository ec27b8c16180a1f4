import type {MetricUnit} from '../config/quantity.js'
import type {Operator} from '../config/types.js'
import type {Finding, Severity, SeveritySetting} from '../review/types.js'

/** What the output formats need to know about a rule (SARIF's rule metadata, JUnit's test cases). */
export interface RuleInfo {
  readonly id: string
  readonly summary: string
  readonly description: string
  readonly fix: string
  readonly defaultSeverity: Severity
}

/** A budget measured against one spec. */
export interface BudgetResult {
  /** As written: `storage.total <= 10 PB`. */
  readonly budget: string
  readonly metric: string
  readonly operator: Operator
  /** The limit as written, and in the metric's unit. */
  readonly limitText: string
  readonly limit: number
  /** The metric's value, in its unit, and as a person reads it. */
  readonly value: number
  readonly unit: MetricUnit
  readonly display: string
  readonly passed: boolean
  /** Where the budget is written: the configuration file, line and column. */
  readonly file: string
  readonly line: number
  readonly column: number
}

/** One spec, checked. */
export interface CheckedFile {
  /** The spec as named on the command line (`<stdin>` for `-`). */
  readonly file: string
  /** The configuration used, as found or given; null for the defaults. */
  readonly config: string | null
  readonly failOn: Severity
  /** Every rule's severity for this file, after configuration (`budget` included). */
  readonly severities: Readonly<Record<string, SeveritySetting>>
  /** Review findings (in the spec) then exceeded budgets (in the configuration), each in position order. */
  readonly findings: readonly Finding[]
  readonly budgets: readonly BudgetResult[]
}

/** The result of `sizeup check`: what every output format is a pure function of. */
export interface CheckResult {
  readonly tool: {readonly name: 'sizeup'; readonly version: string}
  /** Every rule, in documentation order, then `budget`. */
  readonly rules: readonly RuleInfo[]
  /** In the order of their names. */
  readonly files: readonly CheckedFile[]
}

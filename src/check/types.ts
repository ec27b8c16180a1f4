import type {Finding, Severity, SeveritySetting} from '../review/types.js'
import type {BudgetResult} from './generated/schema-types.js'

// As check --format json publishes it (scripts/check-schema.mjs).
export type {BudgetResult} from './generated/schema-types.js'

/** What the output formats need to know about a rule (SARIF's rule metadata, JUnit's test cases). */
export interface RuleInfo {
  readonly id: string
  readonly summary: string
  readonly description: string
  readonly fix: string
  readonly defaultSeverity: Severity
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

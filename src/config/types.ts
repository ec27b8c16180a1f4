import type {ReviewSettings} from '../review/run.js'
import type {Severity} from '../review/types.js'
import type {InputKind} from '../spec/mapping-document.js'
import type {WrittenQuantity} from './quantity.js'

import type {Operator} from './generated/schema-types.js'

// A budget's comparison, as check --format json publishes it (scripts/config-schema.mjs).
export {type Operator, OPERATORS} from './generated/schema-types.js'
/** What sizeup.config.yaml holds, as specs/config.schema.json describes it. */
export type {ConfigDocument} from './generated/schema-types.js'

/** A line and column (1-based) in the configuration file. */
export interface Position {
  readonly line: number
  readonly column: number
}

/**
 * A budget as written (`storage.total <= 10 PB`), parsed but not yet matched
 * with a spec's metrics: which metrics exist, and their units, depend on the spec.
 */
export interface Budget {
  /** The budget as written, trimmed. */
  readonly text: string
  readonly metric: string
  readonly operator: Operator
  /** The limit as written (`10 PB`). */
  readonly limitText: string
  readonly limit: WrittenQuantity
  /** Index in `budgets:` (the budget's path is `budgets.<index>`). */
  readonly index: number
  /** Where the budget is, where its metric id is, and where its limit is. */
  readonly at: Position
  readonly metricAt: Position
  readonly limitAt: Position
}

/** The configuration of `sizeup check`, checked: what sizeup.config.yaml says, or the defaults. */
export interface CheckConfig {
  /** The configuration file as named to the user, or null when there is none. */
  readonly file: string | null
  /** Rule severities and threshold overrides (in the thresholds' units), for runReview. `budget` is a rule here too. */
  readonly settings: ReviewSettings
  readonly budgets: readonly Budget[]
  readonly failOn: Severity
}

export const DEFAULT_CONFIG: CheckConfig = {file: null, settings: {severities: {}, thresholds: {}}, budgets: [], failOn: 'error'}

/** The file sizeup looks for next to a spec and in its parent directories. */
export const CONFIG_FILE_NAME = 'sizeup.config.yaml'

/** A configuration is a page of YAML; anything much larger is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024

/** A configuration as an input: its size limit and what to say about its size and shape. */
export const CONFIG_INPUT: InputKind = {
  maxBytes: MAX_CONFIG_BYTES,
  sizeHint: 'a configuration is a page of YAML; remove generated content',
  emptyHint: 'write `rules:`, `budgets:` or `failOn:`, or delete the file to use the defaults',
  topLevelHint: 'start with `rules:`, `budgets:` or `failOn:`',
}

/** The rule id of exceeded budgets: configurable like a rule, but set in `budgets:`, not in a rule file. */
export const BUDGET_RULE_ID = 'budget'

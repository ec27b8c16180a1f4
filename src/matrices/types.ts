import type {Unit} from '../engine/ledger.js'
import type {Reference} from './generated/schema-types.js'

// A decision as report --json and diff --json publish it (scripts/schema/matrices.mjs).
export type {CriterionResult, Decision, Reference, ScoredOption} from './generated/schema-types.js'

/**
 * A decision matrix, as kept in data/matrices/*.yaml: the options, the
 * criteria that score them from facts, and the thresholds those criteria
 * compare against, each threshold with its source.
 */
export interface Matrix {
  readonly id: string
  readonly title: string
  readonly question: string
  /** `workload`: decided once per workload (that passes `appliesWhen`); `system`: once. */
  readonly subject: 'workload' | 'system'
  /** When the decision is asked at all (e.g. the fan-out model only for workloads with followers). */
  readonly appliesWhen?: Condition
  readonly thresholds: Readonly<Record<string, Threshold>>
  readonly options: readonly MatrixOption[]
  readonly criteria: readonly Criterion[]
  /** The option chosen when no criterion fires or all tie (the first in file order otherwise). */
  readonly default: string
}

export interface Threshold {
  readonly value: number
  readonly unit: Unit
  readonly label: string
  readonly source: string
}

export interface MatrixOption {
  readonly id: string
  readonly label: string
  /** The product recommended when this option wins (PostgreSQL, Redis, Kafka …); null for patterns. */
  readonly technology: string | null
  readonly summary: string
  readonly references: readonly Reference[]
}

export interface Criterion {
  readonly id: string
  readonly when: Condition
  /** Points each option gains (or loses) when the condition holds. */
  readonly scores: Readonly<Record<string, number>>
  /** Why, with `{fact}` and `{threshold}` placeholders filled from the numbers. */
  readonly reason: string
  readonly source: string
}

/** A test on the facts. Number comparisons take a literal or the name of a threshold. */
export type Condition =
  | {readonly fact: string; readonly is: string | number | boolean}
  | {readonly fact: string; readonly in: ReadonlyArray<string | number>}
  | {readonly fact: string; readonly above: number | string}
  | {readonly fact: string; readonly atLeast: number | string}
  | {readonly fact: string; readonly below: number | string}
  | {readonly all: readonly Condition[]}
  | {readonly any: readonly Condition[]}
  | {readonly not: Condition}

/** One fact the matrices can test: a number with its unit (and the metric it came from), or a stated property. */
export interface Fact {
  readonly value: number | string | boolean | null
  readonly unit?: Unit
  /** Metric id (or spec path) the value comes from, so a reason can be traced to its derivation. */
  readonly from?: string
}

export type Facts = Readonly<Record<string, Fact>>


import type {Unit} from '../engine/ledger.js'

// A matrix as data/matrices/*.yaml holds it (scripts/matrix-schema.mjs), and a
// decision as report --json and diff --json publish it (scripts/schema/matrices.mjs).
export type {Criterion, CriterionResult, Decision, Flip, FlipPoint, Matrix, MatrixOption, Reference, ScoredOption, Threshold} from './generated/schema-types.js'

/**
 * A test on the facts. Number comparisons take a literal or the name of a
 * threshold. Declared here rather than generated: the schema states it as one
 * object with optional keys (for plain "unknown key" errors), the code reads
 * it as the union of its forms.
 */
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


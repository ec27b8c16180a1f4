import type {Unit} from '../engine/ledger.js'
import type {Decision, ScoredOption} from '../matrices/types.js'
import type {Finding} from '../review/types.js'

export const DIFF_SCHEMA_VERSION = 1

/** A metric's unit: the engine's units, and US dollars for the cost. */
export type DiffUnit = Unit | 'USD'

/** One number of one version, in base units. */
export interface SideMetric {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: DiffUnit
}

/** A convention in force in one version (the subset of the report's ConventionEntry the diff reads). */
export interface SideConvention {
  readonly name: string
  readonly label: string
  readonly value: number | string
  readonly display: string
  readonly source: 'default' | 'spec'
}

/** One version of a design, reduced to what a diff compares. */
export interface DiffSide {
  /** The spec as named on the command line (`<stdin>` for standard input). */
  readonly file: string
  readonly name: string
  readonly workloads: readonly string[]
  /** Derived metrics and spec inputs by id (conventions are compared on their own), plus `nodes.*` and `cost.*`. */
  readonly metrics: Readonly<Record<string, SideMetric>>
  readonly decisions: readonly Decision[]
  readonly findings: readonly Finding[]
  readonly conventions: readonly SideConvention[]
  readonly byteUnits: 'decimal' | 'binary'
}

export type MetricStatus = 'changed' | 'unchanged' | 'added' | 'removed'

/** How one metric moved from base to head. */
export interface MetricDelta {
  readonly id: string
  readonly label: string
  readonly unit: DiffUnit
  readonly status: MetricStatus
  /** One of the figures a reviewer looks at first (peak QPS, storage, bandwidth, cache, availability, cost, nodes). */
  readonly headline: boolean
  /** Values in base units; null on the side the metric is absent from. */
  readonly base: number | null
  readonly head: number | null
  /** head − base; null when the metric is absent on one side. */
  readonly delta: number | null
  /** (head − base) ÷ |base|; null when absent on one side, or when base is 0 and head is not. */
  readonly relative: number | null
}

/** A choice and its runner-up, as one version decided. */
export interface DecisionSide {
  readonly choice: ScoredOption
  readonly runnerUp: ScoredOption | null
}

/** A decision whose choice or runner-up differs, or that only one version asks. */
export interface DecisionChange {
  readonly id: string
  readonly title: string
  readonly subject: string | null
  readonly status: 'changed' | 'added' | 'removed'
  readonly base: DecisionSide | null
  readonly head: DecisionSide | null
  /** The reasons of the new decision (head's; base's when the decision was removed). */
  readonly reasons: readonly string[]
}

/** A finding of base that head no longer has: fixed, or accepted by a suppression in head. */
export interface ResolvedFinding extends Finding {
  readonly resolvedBy: 'change' | 'suppression'
}

export interface FindingChanges {
  /** Active (unsuppressed) findings of head that base did not have, located in head. */
  readonly added: readonly Finding[]
  /** Active findings of base that head does not have, located in base. */
  readonly resolved: readonly ResolvedFinding[]
  /** Active findings both versions have. */
  readonly unchanged: number
}

/** A convention whose value differs, or that only one version states. */
export interface ConventionChange {
  readonly name: string
  readonly label: string
  readonly base: SideConvention | null
  readonly head: SideConvention | null
}

export interface DiffSummary {
  readonly metrics: {readonly changed: number; readonly added: number; readonly removed: number; readonly unchanged: number}
  readonly decisions: {readonly changed: number; readonly added: number; readonly removed: number}
  readonly findings: {readonly added: number; readonly resolved: number; readonly unchanged: number}
  readonly conventions: {readonly changed: number}
  readonly workloads: {readonly added: number; readonly removed: number}
}

/** Everything that differs between two versions of a design. */
export interface Diff {
  readonly schemaVersion: typeof DIFF_SCHEMA_VERSION
  readonly base: {readonly file: string; readonly name: string}
  readonly head: {readonly file: string; readonly name: string}
  /** The byte convention numbers are shown in (head's). */
  readonly byteUnits: 'decimal' | 'binary'
  readonly summary: DiffSummary
  /** Every metric of either version: headline metrics first, then the rest in a stable order. */
  readonly metrics: readonly MetricDelta[]
  readonly decisions: readonly DecisionChange[]
  readonly findings: FindingChanges
  readonly conventions: readonly ConventionChange[]
  readonly workloads: {readonly added: readonly string[]; readonly removed: readonly string[]}
}

import type {Decision} from '../matrices/types.js'
import type {Finding} from '../review/types.js'
import type {ByteUnits} from '../spec/generated/schema-types.js'
import type {DiffDocument, MetricDelta, SideConvention} from './generated/schema-types.js'

export const DIFF_SCHEMA_VERSION = 1

// The parts of `diff --format json`, as scripts/diff-schema.mjs describes them.
export type {ConventionChange, DecisionChange, DecisionSide, DiffSummary, FindingChanges, MetricDelta, ResolvedFinding, SideConvention} from './generated/schema-types.js'

/** A metric's unit: the engine's units, and US dollars for the cost. */
export type {MetricUnit as DiffUnit} from '../quantity/generated/schema-types.js'

/** One number of one version, in base units. */
export interface SideMetric {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: MetricDelta['unit']
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
  readonly byteUnits: ByteUnits
}

export type MetricStatus = MetricDelta['status']

/** Everything that differs between two versions of a design: the JSON document less what the options of a run add to it. */
export type Diff = Omit<DiffDocument, 'config' | 'allMetrics' | 'thresholds'>

import type {Unit} from '../engine/ledger.js'

/** An answer within `within`× of the true value (either side) earns `points`. */
export interface Band {
  readonly within: number
  readonly points: number
}

/** From data/practice.yaml: correct within 2×, the right order of magnitude within 10×. */
export interface Grading {
  readonly correct: Band
  readonly magnitude: Band
}

/** What an answer to a metric of this unit is written in, with an example. */
export interface UnitHint {
  readonly expect: string
  readonly example: string
}

/** A bundled drill: a spec whose `description` is the interviewer's prompt, and the estimates to ask. */
export interface Scenario {
  readonly id: string
  readonly title: string
  /** The spec's path in the package (`examples/practice/chat.yaml`). */
  readonly file: string
  /** The spec's text, inlined at build time. */
  readonly text: string
  /** Metric ids to ask, in order. */
  readonly ask: readonly string[]
}

/** data/practice.yaml as the build ships it (src/practice/generated/practice.js). */
export interface PracticeData {
  readonly grading: Grading
  readonly units: Readonly<Record<Unit, UnitHint>>
  /** Question text by metric id; a workload's metric falls back to its system id's question. */
  readonly questions: Readonly<Record<string, string>>
  readonly scenarios: readonly Scenario[]
}

import type {PriceCatalog} from '../cost/prices.js'
import type {Matrix} from '../matrices/types.js'
import type {Capacities} from '../plan/capacities.js'
import type {InputKind} from '../spec/mapping-document.js'

/** An overlay is a page of YAML; anything much larger is not one. */
export const MAX_OVERLAY_BYTES = 256 * 1024

/** An overlay as an input: its size limit and what to say about its size and shape. */
export const OVERLAY_INPUT: InputKind = {
  maxBytes: MAX_OVERLAY_BYTES,
  sizeHint: 'an overlay is a page of YAML; remove generated content',
  emptyHint: 'start from the example: examples/overlays/postgres-redis-kafka.yaml',
  topLevelHint: 'start with `technologies:`, `matrices:`, `capacities:` or `prices:`',
}

/** An overlay file as written, as specs/overlay.schema.json describes it; `Overlay` is the checked result. */
export type {OverlayDocument} from './generated/schema-types.js'

/** A number an overlay sets, in base units, with where it comes from. */
export interface SourcedValue {
  readonly value: number
  readonly source: string
  readonly note: string | null
}

export interface MatrixOverlay {
  /** Option ids the matrix may choose from; null when the overlay does not restrict it by id. */
  readonly allow: readonly string[] | null
  /** Extra points per option id. */
  readonly weights: Readonly<Record<string, number>>
  readonly thresholds: Readonly<Record<string, SourcedValue>>
}

/**
 * An organisation's overlay on sizeup's knowledge, validated and with every
 * name resolved: technologies by their catalog names (`Kafka` → `Apache
 * Kafka`), values in base units.
 */
export interface Overlay {
  readonly file: string
  readonly name: string | null
  readonly description: string | null
  /** The only technologies the organisation runs; null when it does not say. */
  readonly technologies: readonly string[] | null
  readonly matrices: Readonly<Record<string, MatrixOverlay>>
  /** Per technology (catalog name), per figure name. */
  readonly capacities: Readonly<Record<string, Readonly<Record<string, SourcedValue>>>>
  /** Per price key (`egress.cdn`). */
  readonly prices: Readonly<Record<string, SourcedValue>>
}

/** What an overlay is checked against and applied to: the shipped (or a test's) matrices, capacities and prices. */
export interface Knowledge {
  readonly matrices: readonly Matrix[]
  readonly capacities: Capacities
  readonly prices: PriceCatalog
}

import {flipRangeText} from '../../src/matrices/flip-text.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import type {FlipPoint, Matrix} from '../../src/matrices/types.js'

/** A matrix by id, as compiled from data/matrices/. */
export const matrixById = (id: string): Matrix => MATRICES.find((m) => m.id === id) as Matrix

/** The facts that flip a decision, each as `direction range → option` (or `not asked`), in the order flip.ts finds them. */
export const flipsOf = (points: readonly FlipPoint[]): Record<string, string[]> =>
  Object.fromEntries(points.filter((p) => p.flips.length > 0).map((p) => [p.fact, p.flips.map((f) => `${f.direction} ${flipRangeText(f, p.unit)} → ${f.becomes?.id ?? 'not asked'}`)]))

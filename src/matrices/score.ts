import {holds} from './conditions.js'
import type {Facts, Matrix, MatrixOption} from './types.js'

/** Extra points per option from an org overlay ("we prefer PostgreSQL"). */
export type Weights = Readonly<Record<string, number>>

/** What scoring a matrix gives: each option's points, which criteria fired, and the options best first. */
export interface Scoring {
  readonly totals: ReadonlyMap<string, number>
  /** Per criterion, in matrix order. */
  readonly fired: readonly boolean[]
  readonly ranked: readonly MatrixOption[]
}

/**
 * Scores every option of a matrix against the facts. The one place the
 * points are added up, so that a decision and any what-if over its facts
 * (flip points) rank the options the same way: ties go to the matrix's
 * default, then to file order.
 */
export function score(matrix: Matrix, facts: Facts, weights: Weights = {}): Scoring {
  const totals = new Map(matrix.options.map((o) => [o.id, weights[o.id] ?? 0]))
  const fired = matrix.criteria.map((c) => {
    const fires = holds(c.when, facts, matrix.thresholds)
    if (fires) for (const [option, points] of Object.entries(c.scores)) if (totals.has(option)) totals.set(option, totals.get(option)! + points)
    return fires
  })
  const order = (id: string): number => (id === matrix.default ? -1 : matrix.options.findIndex((o) => o.id === id))
  const ranked = [...matrix.options].sort((a, b) => totals.get(b.id)! - totals.get(a.id)! || order(a.id) - order(b.id))
  return {totals, fired, ranked}
}

/** The option a matrix would choose for these facts; null when the facts fail its `appliesWhen` (no decision is made). */
export function chosen(matrix: Matrix, facts: Facts, weights: Weights = {}): MatrixOption | null {
  if (matrix.appliesWhen && !holds(matrix.appliesWhen, facts, matrix.thresholds)) return null
  return score(matrix, facts, weights).ranked[0]!
}

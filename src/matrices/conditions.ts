import type {Condition, Facts, Matrix, Threshold} from './types.js'

/** The fact names a condition reads, in order, for filling in reasons. */
export function factsOf(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(factsOf)
  if ('any' in c) return c.any.flatMap(factsOf)
  if ('not' in c) return factsOf(c.not)
  return [c.fact]
}

/** A condition that tests one fact (`{fact, is}`, `{fact, above}` …), as opposed to `all`, `any` or `not`. */
export type Leaf = Extract<Condition, {readonly fact: string}>

/** The one-fact tests inside a condition, in order. */
export function leavesOf(c: Condition): Leaf[] {
  if ('all' in c) return c.all.flatMap(leavesOf)
  if ('any' in c) return c.any.flatMap(leavesOf)
  if ('not' in c) return leavesOf(c.not)
  return [c]
}

/** Every one-fact test of a matrix: its applicability test first, then its criteria, in file order. */
export function matrixLeaves(matrix: Matrix): Leaf[] {
  return [...(matrix.appliesWhen ? leavesOf(matrix.appliesWhen) : []), ...matrix.criteria.flatMap((c) => leavesOf(c.when))]
}

/** Every fact a matrix reads (its applicability test, then its criteria), once each, in file order. */
export function factsRead(matrix: Matrix): string[] {
  return [...new Set(matrixLeaves(matrix).map((l) => l.fact))]
}

/** The threshold names a condition compares against. */
export function thresholdsOf(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(thresholdsOf)
  if ('any' in c) return c.any.flatMap(thresholdsOf)
  if ('not' in c) return thresholdsOf(c.not)
  const limit = 'above' in c ? c.above : 'atLeast' in c ? c.atLeast : 'below' in c ? c.below : null
  return typeof limit === 'string' ? [limit] : []
}

/**
 * Whether a condition holds. A fact that is absent (null) makes a comparison
 * false rather than throwing: a spec need not state every fact, and an unknown
 * fact must not push a decision either way.
 */
export function holds(c: Condition, facts: Facts, thresholds: Readonly<Record<string, Threshold>>): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, facts, thresholds))
  if ('any' in c) return c.any.some((x) => holds(x, facts, thresholds))
  if ('not' in c) return !holds(c.not, facts, thresholds)
  const value = facts[c.fact]?.value ?? null
  if (value === null) return false
  if ('is' in c) return value === c.is
  if ('in' in c) return (c.in as ReadonlyArray<unknown>).includes(value)
  if (typeof value !== 'number') return false
  const limit = (x: number | string): number => (typeof x === 'number' ? x : thresholds[x]!.value)
  if ('above' in c) return value > limit(c.above)
  if ('atLeast' in c) return value >= limit(c.atLeast)
  return value < limit(c.below)
}

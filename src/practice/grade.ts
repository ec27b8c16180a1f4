import type {Grading} from './types.js'

export type Verdict = 'correct' | 'magnitude' | 'wrong'

/** How far an answer is from the true value, and what it earns. */
export interface Grade {
  readonly verdict: Verdict
  readonly points: number
  /** Larger ÷ smaller: 1 is exact, 2 is twice or half the true value; Infinity when one side is 0. */
  readonly factor: number
  readonly direction: 'exact' | 'high' | 'low'
}

/**
 * Bounds are inclusive; the slack absorbs floating point, so that an answer of
 * exactly 10 × the true value is 10× off and not 10.000000000000002×.
 */
const SLACK = 1e-9

/** The factor between an answer and the true value: the same for 2× high and 2× low. */
export function factorOff(answer: number, truth: number): number {
  const a = Math.abs(answer)
  const t = Math.abs(truth)
  if (a === t) return 1
  if (a === 0 || t === 0 || !Number.isFinite(a) || !Number.isFinite(t)) return Number.POSITIVE_INFINITY
  return a > t ? a / t : t / a
}

/** Grades an answer against the true value with the thresholds of data/practice.yaml. */
export function grade(answer: number, truth: number, grading: Grading): Grade {
  const factor = factorOff(answer, truth)
  const direction = factor === 1 ? 'exact' : Math.abs(answer) > Math.abs(truth) ? 'high' : 'low'
  if (factor <= grading.correct.within * (1 + SLACK)) return {verdict: 'correct', points: grading.correct.points, factor, direction}
  if (factor <= grading.magnitude.within * (1 + SLACK)) return {verdict: 'magnitude', points: grading.magnitude.points, factor, direction}
  return {verdict: 'wrong', points: 0, factor, direction}
}

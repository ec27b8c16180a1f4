import type {Unit} from '../engine/ledger.js'
import {matrixLeaves, type Leaf} from './conditions.js'
import {factLabel} from './fact-labels.js'
import {chosen, type Weights} from './score.js'
import type {Fact, Facts, Flip, FlipPoint, Matrix} from './types.js'

/**
 * Most values tried per fact: the boundaries a number is compared with, or
 * the other values of a stated property. A matrix compares a fact with a few
 * thresholds; the cap bounds the work whatever an overlay or a new matrix holds.
 */
export const MAX_CANDIDATES = 16

type Value = number | string | boolean | null
type Outcome = string | null

/**
 * For every fact a matrix tests, the values at which its choice would change,
 * each fact varied alone with every other fact held: the matrix is scored
 * again (the same `chosen` as the decision, overlay weights included), so a
 * flip point cannot disagree with the criteria. `choice` is the option the
 * decision chose. Facts come in matrix order: applicability, then criteria.
 */
export function flipPoints(matrix: Matrix, facts: Facts, choice: string, weights: Weights = {}): FlipPoint[] {
  const leaves = matrixLeaves(matrix)
  const names = [...new Set(leaves.map((l) => l.fact))]
  return names.map((name) => {
    const fact: Fact = facts[name] ?? {value: null}
    const tests = leaves.filter((l) => l.fact === name)
    const outcome = (value: Value): Outcome => chosen(matrix, {...facts, [name]: {...fact, value}}, weights)?.id ?? null
    const numeric = typeof fact.value === 'number' || tests.some(isComparison)
    const becomes = (o: Outcome): Flip['becomes'] => option(matrix, o)
    const flips = numeric ? numericFlips(fact.value, limitsOf(tests, matrix), outcome, choice, becomes) : otherValues(fact.value, tests, outcome, choice, becomes)
    return {fact: name, label: factLabel(name), from: fact.from ?? null, value: fact.value, unit: fact.unit ?? unitOf(tests, matrix), flips}
  })
}

const isComparison = (l: Leaf): boolean => 'above' in l || 'atLeast' in l || 'below' in l

/** The numbers a fact is compared with or must equal, thresholds resolved, ascending, capped. */
function limitsOf(tests: readonly Leaf[], matrix: Matrix): number[] {
  const resolve = (x: number | string): number => (typeof x === 'number' ? x : matrix.thresholds[x]!.value)
  const values = tests.flatMap((l): Array<number | string | boolean> => {
    if ('above' in l) return [resolve(l.above)]
    if ('atLeast' in l) return [resolve(l.atLeast)]
    if ('below' in l) return [resolve(l.below)]
    if ('is' in l) return [l.is]
    return [...l.in]
  })
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  return [...new Set(numbers)].sort((a, b) => a - b).slice(0, MAX_CANDIDATES)
}

/** The unit of the threshold a fact is compared with, for a fact the facts do not carry. */
function unitOf(tests: readonly Leaf[], matrix: Matrix): Unit | null {
  for (const l of tests) {
    const limit = 'above' in l ? l.above : 'atLeast' in l ? l.atLeast : 'below' in l ? l.below : null
    if (typeof limit === 'string') return matrix.thresholds[limit]!.unit
  }
  return null
}

/** A stretch of the number line on which every test of the fact gives the same answer. */
interface Stretch {
  readonly lo: number
  readonly loClosed: boolean
  readonly hi: number
  readonly hiClosed: boolean
}

/**
 * A number's flip points. The boundaries cut the line into stretches on which
 * every comparison gives one answer: each boundary itself, and the open
 * stretch between two (tried at its middle, so "just beyond" a boundary in
 * either direction is covered without picking an epsilon). Neighbouring
 * stretches with the same choice merge; the flips are the merged stretch just
 * below the current value's and the one just above. Facts are magnitudes
 * (rates, bytes, counts, ratios), so the line starts at 0 unless a value is
 * negative. A fact the spec does not state has no position on the line: every
 * stretch whose choice differs is given, as what stating the fact would do.
 */
function numericFlips(current: Value, limits: readonly number[], outcome: (v: Value) => Outcome, choice: string, becomes: (o: Outcome) => Flip['becomes']): Flip[] {
  const x = typeof current === 'number' && Number.isFinite(current) ? current : null
  const floor = Math.min(0, x ?? 0, ...limits)
  const merged: Array<Stretch & {outcome: Outcome}> = []
  for (const s of stretches(limits, floor)) {
    const o = outcome(sample(s))
    const last = merged.at(-1)
    if (last && last.outcome === o) merged[merged.length - 1] = {...last, hi: s.hi, hiClosed: s.hiClosed}
    else merged.push({...s, outcome: o})
  }
  const flip = (s: Stretch & {outcome: Outcome}, direction: Flip['direction']): Flip => ({direction, ...bounds(s, floor), becomes: becomes(s.outcome)})
  if (x === null) return merged.filter((s) => s.outcome !== choice).map((s) => flip(s, 'other'))
  const here = merged.findIndex((s) => contains(s, x))
  const below = merged[here - 1]
  const above = merged[here + 1]
  return [below && below.outcome !== choice ? flip(below, 'down') : null, above && above.outcome !== choice ? flip(above, 'up') : null].filter((f) => f !== null)
}

function stretches(limits: readonly number[], floor: number): Stretch[] {
  const out: Stretch[] = []
  let lo = floor
  let loClosed = true
  for (const b of limits) {
    if (b > lo) out.push({lo, loClosed, hi: b, hiClosed: false})
    out.push({lo: b, loClosed: true, hi: b, hiClosed: true})
    lo = b
    loClosed = false
  }
  out.push({lo, loClosed, hi: Infinity, hiClosed: false})
  return out
}

/** A value inside a stretch: the boundary itself, the middle of an open stretch, or past the last boundary. */
function sample(s: Stretch): number {
  if (s.lo === s.hi) return s.lo
  if (s.hi !== Infinity) return (s.lo + s.hi) / 2
  return s.lo > 0 ? s.lo * 2 : s.lo + 1
}

function contains(s: Stretch, x: number): boolean {
  return (x > s.lo || (x === s.lo && s.loClosed)) && (x < s.hi || (x === s.hi && s.hiClosed))
}

/** A merged stretch as the flip's values: one value, or the bounds it has (the floor is no bound). */
function bounds(s: Stretch, floor: number): Pick<Flip, 'is' | 'above' | 'atLeast' | 'below' | 'atMost'> {
  if (s.lo === s.hi) return {is: s.lo}
  return {
    ...(s.lo === floor && s.loClosed ? {} : s.loClosed ? {atLeast: s.lo} : {above: s.lo}),
    ...(s.hi === Infinity ? {} : s.hiClosed ? {atMost: s.hi} : {below: s.hi}),
  }
}

/**
 * A stated property's flip points: each other value the matrix tests it for
 * (both truth values for a yes/no fact), in matrix order, that changes the
 * choice. A value the matrix never names behaves as any other unnamed one.
 */
function otherValues(current: Value, tests: readonly Leaf[], outcome: (v: Value) => Outcome, choice: string, becomes: (o: Outcome) => Flip['becomes']): Flip[] {
  const named = tests.flatMap((l): Array<string | number | boolean> => ('is' in l ? [l.is] : 'in' in l ? [...l.in] : []))
  const truth = named.some((v) => typeof v === 'boolean') || typeof current === 'boolean' ? [true, false] : []
  const candidates = [...new Set([...named, ...truth])].filter((v) => v !== current).slice(0, MAX_CANDIDATES)
  return candidates.flatMap((value) => {
    const o = outcome(value)
    return o === choice ? [] : [{direction: 'other' as const, is: value, becomes: becomes(o)}]
  })
}

function option(matrix: Matrix, id: Outcome): Flip['becomes'] {
  const o = id === null ? undefined : matrix.options.find((x) => x.id === id)
  return o ? {id: o.id, label: o.label, technology: o.technology} : null
}

import type {Step} from './program.js'
import type {Fold} from './program-schedule.js'
import type {Alloc} from './program-vector.js'

/**
 * A sum's running total while its parts are being made (program-schedule.ts):
 * the parts before the first sampled one add up as a number, then one array
 * takes every later part. Sample by sample this is ((0 + a) + b) + …, the
 * additions of Ledger.sum's closure in its order, so the total is the
 * closure's to the bit (its kernel was checked against the closure when the
 * program was compiled).
 */
export interface RunningSum {
  scalar: number
  array: Float64Array | null
}

/** Adds the parts [fold.from, fold.to) of the sum `step` makes to its running total. */
export function foldParts(step: Step, fold: Fold, arrays: ReadonlyMap<string, Float64Array>, sums: Map<number, RunningSum>, n: number, alloc: Alloc): void {
  let sum = sums.get(fold.step)
  if (!sum) sums.set(fold.step, (sum = {scalar: 0, array: null}))
  for (let j = fold.from; j < fold.to; j++) {
    const part = arrays.get(step.reads[j]!)
    const acc = sum.array
    if (part === undefined) {
      const c = step.point[j]!
      if (acc === null) sum.scalar += c
      else for (let i = 0; i < n; i++) acc[i] = acc[i]! + c
    } else if (acc === null) {
      const start = sum.scalar
      const first = alloc()
      for (let i = 0; i < n; i++) first[i] = start + part[i]!
      sum.array = first
    } else {
      for (let i = 0; i < n; i++) acc[i] = acc[i]! + part[i]!
    }
  }
}

/** The sum's array once every part is in; the running total is forgotten. */
export function finish(sums: Map<number, RunningSum>, step: number, alloc: Alloc): Float64Array {
  const sum = sums.get(step)
  sums.delete(step)
  // Every part precedes its sum in derivation order, so all were folded before the sum's own step.
  if (sum === undefined) throw new Error('sizeup internal error: a sum with no parts folded')
  return sum.array ?? alloc().fill(sum.scalar)
}

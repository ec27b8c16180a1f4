import type {ComputeGraph, Formula} from './ledger.js'
import {createRng, normalDeviates} from '../quantity/random.js'
import {evaluateKernel, type Kernel, parseKernel} from './kernel.js'
import {type Alloc, type Column, vector} from './program-vector.js'
import {schedule, type Schedule} from './program-schedule.js'
import {finish, foldParts, type RunningSum} from './program-fold.js'
import type {Image} from './band-image.js'
import {imageOf} from './kernel-monotone.js'

/**
 * The derivation graph compiled once into a values-only program: the
 * uncertain metrics in derivation order (which is topological: a metric is
 * derived only from nodes already in the ledger), each either a kernel run
 * over whole Float64Arrays (one loop per operation, no object or closure per
 * sample) or, where the formula's text is not plain arithmetic, its closure
 * called per sample as before. The ledger stays the record explain and the
 * JSON read; this only recomputes its formulas over the samples.
 *
 * Interface (stable; decisions under uncertainty and correlated inputs build
 * on it): `compileGraph(graph)` once, then `runProgram(program, inputs)` with
 * the input samples by id, which returns every uncertain metric's samples by
 * id (inputs included), a `Map<metricId, Float64Array>`. To correlate inputs,
 * reorder their arrays (same values, new order) before the run:
 * `runProgram(program, inputs, {reorderInputs})` calls it on a copy of the
 * map first, and the run and the returned map use the reordered arrays.
 */
export interface Program {
  /** The ids of the sampled inputs, in derivation order. */
  readonly inputs: readonly string[]
  /** One step per uncertain metric, in derivation order. */
  readonly steps: readonly Step[]
}

export interface Step {
  readonly id: string
  readonly formula: Formula
  /** The formula's symbols and the ids they read. */
  readonly symbols: readonly string[]
  readonly reads: readonly string[]
  /** The inputs' point values, for the ones that are not sampled. */
  readonly point: readonly number[]
  /** Null: the closure runs per sample. */
  readonly kernel: Kernel | null
  /** The kernel as a monotone function of the one array it reads (kernel-monotone.ts), or null. */
  readonly image: Image | null
}

/** Reorders input samples in place (a rank correlation); it may replace arrays but must keep their lengths. */
export type ReorderInputs = (inputs: Map<string, Float64Array>) => void

export interface RunOptions {
  readonly reorderInputs?: ReorderInputs
  /**
   * Called with every array as it is made (the inputs first, after any
   * reordering), before a later step reads it: a band can be read then.
   * `image`, when the array is its step's kernel (no sample patched from the
   * closure) and that kernel a monotone function of one earlier array;
   * `sum`, when the run has summed the samples (from 0, in order) already.
   */
  readonly seen?: (id: string, samples: Float64Array, image?: Image, sum?: number) => void
  /**
   * With `keep`, only the arrays it accepts are in the returned map: every
   * other one is dropped once the last step that reads it has run, so that
   * the run holds the arrays still to be read, not every one it made.
   */
  readonly keep?: (id: string) => boolean
  /**
   * With `keep`, an array the run made and dropped is reused for an array it
   * makes later, instead of a new one (a thousand workloads make 43,000 arrays
   * of the samples' length): `seen` must then not hold an array after it returns.
   */
  readonly reuse?: boolean
}

/** Samples at which every kernel's result is compared with its closure's, on every run. */
const CHECKED_SAMPLES = 4

export function compileGraph(graph: ComputeGraph): Program {
  const uncertain = new Set(graph.sampled.keys())
  const point = new Map(graph.nodes.map((n) => [n.id, n.value]))
  const steps: Step[] = []
  // Each workload's formulas have the same texts and symbols as the next one's: each read once.
  const parsed = new Map<string, Kernel | null>()
  const parse = (text: string, symbols: readonly string[]): Kernel | null => {
    const key = `${symbols.join('\u0000')}\u0001${text}`
    let kernel = parsed.get(key)
    if (kernel === undefined) parsed.set(key, (kernel = parseKernel(text, symbols)))
    return kernel
  }
  for (const node of graph.nodes) {
    const formula = graph.formulas.get(node.id)
    if (!formula || uncertain.has(node.id)) continue
    const symbols = Object.keys(formula.inputs)
    const reads = symbols.map((s) => formula.inputs[s]!)
    if (!reads.some((id) => uncertain.has(id))) continue
    uncertain.add(node.id)
    const values = reads.map((id) => point.get(id)!)
    const kernel = kernelOf(formula, node.formula, symbols, values, node.value, parse)
    const image = kernel === null ? null : imageOf(kernel, reads, values, (id) => uncertain.has(id))
    steps.push({id: node.id, formula, symbols, reads, point: values, kernel, image})
  }
  return {inputs: [...graph.sampled.keys()], steps}
}

/**
 * A kernel that gives the closure's value bit for bit at the point and at
 * PROBES points around it, or null. The text is how explain shows the
 * formula; the closure may group the same arithmetic otherwise (a rounding
 * apart) or guard a case (a share of nothing is 0, not NaN), and the probes,
 * each input spread by e^(±z/2), catch both.
 */
function kernelOf(formula: Formula, text: string | null, symbols: readonly string[], values: readonly number[], value: number, parse: typeof parseKernel): Kernel | null {
  // A sum (Ledger.sum) adds its parts from 0 in order: ((0 + a) + b) + …, as its closure does.
  const kernel = formula.sum ? symbols.reduce<Kernel>((acc, _, slot) => ({k: 'op', op: '+', left: acc, right: {k: 'symbol', slot}}), {k: 'number', value: 0}) : text === null ? null : parse(text, symbols)
  if (kernel === null || !Object.is(evaluateKernel(kernel, values), value)) return null
  // A sum's kernel is its closure's additions written out (Ledger.sum: acc + v[part], from 0, in
  // order), so there is nothing for probes to find; a system total of a thousand workloads' parts
  // took 32 objects of a thousand keys to probe. Its first samples are still checked (agrees).
  if (formula.sum) return kernel
  const {spreads, factors} = probes(values.length)
  const width = values.length
  const at = new Float64Array(width)
  const v: Record<string, number> = {}
  for (let p = 0; p < PROBES; p++) {
    for (let j = 0; j < width; j++) {
      const x = values[j]!
      at[j] = v[symbols[j]!] = x === 0 ? spreads[p * width + j]! : x * factors[p * width + j]!
    }
    if (!Object.is(evaluateKernel(kernel, at), formula.compute(v))) return null
  }
  return kernel
}

/** Points at which a kernel must give its closure's value before it is used. */
const PROBES = 32
const PROBE_SEED = 17

/**
 * The probes' spreads z/2 and factors e^(z/2) for a formula of `width`
 * inputs, z the first PROBES × width normal deviates of PROBE_SEED: the same
 * for every formula of that width, so made once per width (up to
 * MAX_CACHED_WIDTH; a sum of a thousand workloads' parts is made afresh).
 */
function probes(width: number): {spreads: Float64Array; factors: Float64Array} {
  const cached = PROBE_CACHE.get(width)
  if (cached) return cached
  const spreads = new Float64Array(PROBES * width)
  normalDeviates(createRng(PROBE_SEED), spreads)
  for (let i = 0; i < spreads.length; i++) spreads[i] = spreads[i]! / 2
  const made = {spreads, factors: spreads.map(Math.exp)}
  if (width <= MAX_CACHED_WIDTH) PROBE_CACHE.set(width, made)
  return made
}

const PROBE_CACHE = new Map<number, {spreads: Float64Array; factors: Float64Array}>()
const MAX_CACHED_WIDTH = 64

/** Every uncertain metric's samples by id, inputs first (see Program); sums folded and arrays dropped as `schedule` says. */
export function runProgram(program: Program, sampled: ReadonlyMap<string, Float64Array>, options: RunOptions = {}, plan: Schedule = schedule(program, options.keep)): Map<string, Float64Array> {
  const arrays = new Map(sampled)
  options.reorderInputs?.(arrays)
  const n = arrays.values().next().value?.length ?? 0
  if (n === 0) return arrays
  const {seen} = options
  if (seen) for (const [id, a] of arrays) seen(id, a)
  const sums = new Map<number, RunningSum>()
  // Arrays dropped, to be made again: never more than the run held at once, so no more memory than without.
  const free: Float64Array[] = []
  const alloc: Alloc = () => free.pop() ?? new Float64Array(n)
  const reuse = options.reuse === true
  const settle = (moment: number): void => {
    for (const fold of plan.folds[moment]!) foldParts(program.steps[fold.step]!, fold, arrays, sums, n, alloc)
    for (const id of plan.drops[moment]!) {
      const dropped = arrays.get(id)
      arrays.delete(id)
      // Only arrays of the run's own making: the inputs are the caller's.
      if (reuse && dropped !== undefined && !sampled.has(id)) free.push(dropped)
    }
  }
  settle(0)
  for (let s = 0; s < program.steps.length; s++) {
    const step = program.steps[s]!
    // A folded sum adds as its kernel does (program-fold.ts): it is its kernel's array.
    const [made, byKernel, sum] = plan.folded.has(s) ? [finish(sums, s, alloc), true, undefined] : compute(step, arrays, n, alloc)
    arrays.set(step.id, made)
    seen?.(step.id, made, byKernel && step.image !== null ? step.image : undefined, sum)
    settle(s + 1)
  }
  return arrays
}

/**
 * One step's array: its kernel over whole columns where it agrees with the
 * closure, the closure per sample elsewhere; and whether every sample is the
 * kernel's (none the closure's).
 */
function compute(step: Step, arrays: ReadonlyMap<string, Float64Array>, n: number, alloc: Alloc): [Float64Array, boolean, number | undefined] {
  const columns = step.reads.map((id, j) => arrays.get(id) ?? step.point[j]!)
  let out = step.kernel === null ? null : vector(step.kernel, columns, n, alloc)
  if (out !== null && !agrees(step, columns, out)) out = null
  if (out === null) return [byClosure(step, columns, n, alloc), false, undefined]
  // A finite sum means every sample is finite (a NaN or an infinity would make it NaN or
  // infinite): nothing to patch, and the band need not sum them again.
  let sum = 0
  for (let i = 0; i < n; i++) sum += out[i]!
  if (Number.isFinite(sum)) return [out, true, sum]
  return [out, !patchNonFinite(step, columns, out), undefined]
}

/** The closure at the first samples gives what the kernel gave (bit for bit). */
function agrees(step: Step, columns: readonly Column[], out: Float64Array): boolean {
  const v: Record<string, number> = {}
  for (let i = 0; i < Math.min(CHECKED_SAMPLES, out.length); i++) {
    step.symbols.forEach((s, j) => {
      const c = columns[j]!
      v[s] = typeof c === 'number' ? c : c[i]!
    })
    if (!Object.is(step.formula.compute(v), out[i])) return false
  }
  return true
}

/** Where a kernel gave NaN or ±∞ (a division by zero its closure may guard), the closure's value instead; whether any was. */
function patchNonFinite(step: Step, columns: readonly Column[], out: Float64Array): boolean {
  let v: Record<string, number> | null = null
  for (let i = 0; i < out.length; i++) {
    if (Number.isFinite(out[i])) continue
    v ??= {}
    for (let j = 0; j < step.symbols.length; j++) {
      const c = columns[j]!
      v[step.symbols[j]!] = typeof c === 'number' ? c : c[i]!
    }
    out[i] = step.formula.compute(v)
  }
  return v !== null
}

/** The formula's closure per sample, with one object reused for every sample. */
function byClosure(step: Step, columns: readonly Column[], n: number, alloc: Alloc): Float64Array {
  const v: Record<string, number> = {}
  const keys: string[] = []
  const arrays: Float64Array[] = []
  step.symbols.forEach((s, j) => {
    const c = columns[j]!
    if (typeof c === 'number') v[s] = c
    else {
      keys.push(s)
      arrays.push(c)
    }
  })
  const out = alloc()
  const width = keys.length
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < width; k++) v[keys[k]!] = arrays[k]![i]!
    out[i] = step.formula.compute(v)
  }
  return out
}

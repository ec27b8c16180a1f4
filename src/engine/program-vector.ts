import {apply, type Kernel, type Op} from './kernel.js'

/**
 * A kernel (kernel.ts) run over whole sample arrays for the compiled
 * evaluator (program.ts): one plain loop per operation, temporaries reused,
 * constants folded; the same operations in the same order as one sample's
 * evaluation (evaluateKernel), so the same bits.
 */

/** A new array of the run's length (program.ts may hand out one a dropped array left): its caller writes every element. */
export type Alloc = () => Float64Array

/** A formula's input over the samples: an array, or one number for every sample. */
export type Column = number | Float64Array

/** The kernel over the columns; the result is a new array. */
export function vector(kernel: Kernel, columns: readonly Column[], n: number, alloc: Alloc): Float64Array {
  const result = evaluate(kernel, columns, n, alloc)
  if (typeof result.value === 'number') return alloc().fill(result.value)
  if (result.owned) return result.value
  const copy = alloc()
  copy.set(result.value)
  return copy
}

interface Value {
  readonly value: Column
  /** A temporary this evaluation made, which an operation may overwrite. */
  readonly owned: boolean
}

function evaluate(kernel: Kernel, columns: readonly Column[], n: number, alloc: Alloc): Value {
  switch (kernel.k) {
    case 'symbol':
      return {value: columns[kernel.slot]!, owned: false}
    case 'number':
      return {value: kernel.value, owned: false}
    case 'neg': {
      const a = evaluate(kernel.arg, columns, n, alloc)
      if (typeof a.value === 'number') return {value: -a.value, owned: false}
      const out = a.owned ? a.value : alloc()
      const x = a.value
      for (let i = 0; i < n; i++) out[i] = -x[i]!
      return {value: out, owned: true}
    }
    case 'op': {
      const a = evaluate(kernel.left, columns, n, alloc)
      const b = evaluate(kernel.right, columns, n, alloc)
      if (typeof a.value === 'number' && typeof b.value === 'number') return {value: apply(kernel.op, a.value, b.value), owned: false}
      const out = a.owned ? (a.value as Float64Array) : b.owned ? (b.value as Float64Array) : alloc()
      binary(kernel.op, a.value, b.value, out, n)
      return {value: out, owned: true}
    }
    case 'min':
    case 'max': {
      const pick = kernel.k === 'min' ? Math.min : Math.max
      const args = kernel.args.map((a) => evaluate(a, columns, n, alloc))
      if (args.every((a) => typeof a.value === 'number')) return {value: pick(...args.map((a) => a.value as number)), owned: false}
      const out = alloc()
      const row = new Float64Array(args.length)
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < args.length; j++) {
          const v = args[j]!.value
          row[j] = typeof v === 'number' ? v : v[i]!
        }
        out[i] = args.length === 2 ? pick(row[0]!, row[1]!) : pick(...row)
      }
      return {value: out, owned: true}
    }
    case 'call': {
      // Constant arguments (a growth and retention that are not ranges) make one call for every sample.
      const args = kernel.args.map((a) => evaluate(a, columns, n, alloc).value)
      if (args.every((a) => typeof a === 'number')) return {value: kernel.fn(...(args as number[])), owned: false}
      const out = alloc()
      const row = new Array<number>(args.length)
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < args.length; j++) {
          const v = args[j]!
          row[j] = typeof v === 'number' ? v : v[i]!
        }
        out[i] = kernel.fn(...row)
      }
      return {value: out, owned: true}
    }
  }
}

/** One operation over a whole column: plain indexed loops, one per operator and shape. */
function binary(op: Op, a: Column, b: Column, out: Float64Array, n: number): void {
  if (typeof a === 'number') {
    const y = b as Float64Array
    if (op === '+') for (let i = 0; i < n; i++) out[i] = a + y[i]!
    else if (op === '-') for (let i = 0; i < n; i++) out[i] = a - y[i]!
    else if (op === '*') for (let i = 0; i < n; i++) out[i] = a * y[i]!
    else for (let i = 0; i < n; i++) out[i] = a / y[i]!
  } else if (typeof b === 'number') {
    const x = a
    if (op === '+') for (let i = 0; i < n; i++) out[i] = x[i]! + b
    else if (op === '-') for (let i = 0; i < n; i++) out[i] = x[i]! - b
    else if (op === '*') for (let i = 0; i < n; i++) out[i] = x[i]! * b
    else for (let i = 0; i < n; i++) out[i] = x[i]! / b
  } else {
    const x = a
    const y = b
    if (op === '+') for (let i = 0; i < n; i++) out[i] = x[i]! + y[i]!
    else if (op === '-') for (let i = 0; i < n; i++) out[i] = x[i]! - y[i]!
    else if (op === '*') for (let i = 0; i < n; i++) out[i] = x[i]! * y[i]!
    else for (let i = 0; i < n; i++) out[i] = x[i]! / y[i]!
  }
}

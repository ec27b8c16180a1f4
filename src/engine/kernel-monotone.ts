import {apply, evaluateKernel, type Kernel} from './kernel.js'
import type {Image} from './band-image.js'

/**
 * Whether a kernel whose varying symbols all read one array is a monotone
 * function of it (band-image.ts), shown from the operations alone: a sum or
 * difference with a constant, a product or quotient by a constant of known
 * sign, negation, min and max, and sums of terms that move the same way.
 * Anything else (a product of two varying terms, a constant divided by one, a
 * call) is not shown, and the band is selected as before.
 */
export function imageOf(kernel: Kernel, reads: readonly string[], point: readonly number[], varies: (id: string) => boolean): Image | null {
  const varying = new Set(reads.filter(varies))
  if (varying.size !== 1) return null
  const of = [...varying][0]!
  const slots = reads.map((id) => id === of)
  const direction = shape(kernel, slots, point)
  if (direction === null || 'value' in direction) return null
  const values = Float64Array.from(point)
  return {
    of,
    decreasing: direction.dir < 0,
    at: (x) => {
      for (let j = 0; j < slots.length; j++) if (slots[j]) values[j] = x
      return evaluateKernel(kernel, values)
    },
  }
}

/** A constant's value, or the direction of a varying term (+1 never falls, −1 never rises); null when not shown. */
type Shape = {readonly value: number} | {readonly dir: 1 | -1} | null

function shape(kernel: Kernel, slots: readonly boolean[], point: readonly number[]): Shape {
  switch (kernel.k) {
    case 'symbol':
      return slots[kernel.slot] ? {dir: 1} : constant(point[kernel.slot]!)
    case 'number':
      return constant(kernel.value)
    case 'neg': {
      const a = shape(kernel.arg, slots, point)
      return a === null ? null : 'value' in a ? constant(-a.value) : {dir: flip(a.dir)}
    }
    case 'op': {
      const a = shape(kernel.left, slots, point)
      const b = shape(kernel.right, slots, point)
      if (a === null || b === null) return null
      if ('value' in a && 'value' in b) return constant(apply(kernel.op, a.value, b.value))
      switch (kernel.op) {
        case '+':
          if ('value' in a) return b
          if ('value' in b) return a
          return a.dir === b.dir ? a : null
        case '-':
          if ('value' in b) return a
          if ('value' in a) return {dir: flip((b as {dir: 1 | -1}).dir)}
          return a.dir !== b.dir ? a : null
        case '*':
          if ('value' in a) return scaled((b as {dir: 1 | -1}).dir, a.value)
          return 'value' in b ? scaled(a.dir, b.value) : null
        case '/':
          return 'value' in b ? scaled((a as {dir: 1 | -1}).dir, b.value) : null
      }
      return null
    }
    case 'min':
    case 'max': {
      const args = kernel.args.map((a) => shape(a, slots, point))
      if (args.some((a) => a === null)) return null
      const dirs = new Set(args.flatMap((a) => (a !== null && 'dir' in a ? [a.dir] : [])))
      if (dirs.size === 0) return constant((kernel.k === 'min' ? Math.min : Math.max)(...args.map((a) => (a as {value: number}).value)))
      return dirs.size === 1 ? {dir: [...dirs][0]!} : null
    }
    case 'call':
      // A call of constants is a constant; of a varying term, not shown.
      return kernel.args.every((a) => {
        const s = shape(a, slots, point)
        return s !== null && 'value' in s
      })
        ? constant(evaluateKernel(kernel, point))
        : null
  }
}

/** Only a finite constant keeps a direction (x + ∞ and x × ∞ do not). */
const constant = (value: number): Shape => (Number.isFinite(value) ? {value} : null)

const flip = (dir: 1 | -1): 1 | -1 => (dir > 0 ? -1 : 1)

/** A direction times a constant: kept by a positive one, turned by a negative one; 0 makes ±0, not shown. */
const scaled = (dir: 1 | -1, by: number): Shape => (by > 0 ? {dir} : by < 0 ? {dir: flip(dir)} : null)

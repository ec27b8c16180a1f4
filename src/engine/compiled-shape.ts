import type {Input, SystemModel} from '../spec/model.js'
import {isFrozenModel, isFrozenPart} from '../spec/frozen-model.js'

/**
 * A model's structure, apart from its Input values: the key a point
 * estimate's template is found by (compiled-estimate.ts), and the model's
 * Inputs in the order of the walk, from which a template reads the values.
 */
export interface Shape {
  /** Every name, enum, flag and number that is not an Input's value, every key, and each Input's path and flags; null when the model cannot be compiled (an Input with samples, or something not a model). */
  readonly fingerprint: string | null
  /** The Inputs, in walk order (an Input held twice is here twice). */
  readonly inputs: readonly Input[]
  /** Their values, in the same order: what a template reads (one typed array, not an object per Input of whatever layout). */
  readonly values: Float64Array
}

/** A model is a tree a few levels deep (the loader caps its workloads); past this depth the walk gives up. */
const MAX_DEPTH = 32

/** Shapes of frozen models (spec/frozen-model.ts), which cannot change: the walk runs once per model object. */
const SHAPES = new WeakMap<SystemModel, Shape>()

export function shapeOf(model: SystemModel): Shape {
  if (!isFrozenModel(model)) return walkShape(model)
  let shape = SHAPES.get(model)
  if (shape === undefined) {
    shape = walkShape(model)
    SHAPES.set(model, shape)
  }
  return shape
}

/** An object the model types call an Input: a number value and a path, with no key but these and the flags. */
export function isInput(value: object): value is Input {
  const v = value as Record<string, unknown>
  if (typeof v.value !== 'number' || typeof v.path !== 'string') return false
  for (const key of Object.keys(v)) if (!INPUT_KEYS.has(key)) return false
  return true
}

const INPUT_KEYS = new Set(['value', 'path', 'isDefault', 'samples'])

/** An array or an object of the Object prototype (or none): what a model is made of, and all the walk can see through. */
export function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function walkShape(model: SystemModel): Shape {
  const inputs: Input[] = []
  // One string at the end, not one per level: the walk runs on every call for a model that is not frozen.
  const out: string[] = []
  return walk(model, 0, out, inputs) ? {fingerprint: out.join(' '), inputs, values: Float64Array.from(inputs, valueOf)} : {fingerprint: null, inputs, values: EMPTY}
}

const EMPTY = new Float64Array(0)
const valueOf = (input: Input): number => input.value

/** The text and Inputs of a part of a frozen model, walked once: a model built by hand from a loaded model's parts walks only what is its own. */
const PARTS = new WeakMap<object, {readonly text: string; readonly inputs: readonly Input[]} | null>()

/** Keys, written out once each (a model repeats the same few dozen). */
const KEYS = new Map<string, string>()
const MAX_KEYS = 4096

function walk(value: unknown, depth: number, out: string[], inputs: Input[]): boolean {
  if (value === null) out.push('n')
  else if (typeof value === 'number') out.push(Object.is(value, -0) ? '-0' : String(value))
  else if (typeof value === 'string') out.push(JSON.stringify(value))
  else if (typeof value === 'boolean') out.push(value ? 't' : 'f')
  else if (value === undefined) out.push('u')
  else if (typeof value !== 'object' || depth > MAX_DEPTH || !isPlain(value)) return false
  else if (depth > 0 && isFrozenPart(value)) {
    // An Input too: a hand-built model's workloads share a loaded model's Inputs, each walked once.
    let part = PARTS.get(value)
    if (part === undefined) {
      const own: string[] = []
      const held: Input[] = []
      part = walkPart(value, depth, own, held) ? {text: own.join(' '), inputs: held} : null
      PARTS.set(value, part)
    }
    if (part === null) return false
    out.push(part.text)
    for (const input of part.inputs) inputs.push(input)
  } else return walkPart(value, depth, out, inputs)
  return true
}

/** An Input, or an object or array walked key by key. */
function walkPart(value: object, depth: number, out: string[], inputs: Input[]): boolean {
  if (!isInput(value)) return walkObject(value, depth, out, inputs)
  // A ranged input is sampled: the Monte Carlo's own path.
  if ('samples' in value) return false
  inputs.push(value)
  out.push('I', JSON.stringify(value.path))
  if ('isDefault' in value && !walk(value.isDefault, depth + 1, out, inputs)) return false
  // Closed, so that an Input without the flag followed by a flag-like value reads apart from one with it.
  out.push('/I')
  return true
}

function walkObject(value: object, depth: number, out: string[], inputs: Input[]): boolean {
  if (Array.isArray(value)) {
    out.push('[')
    for (const item of value) if (!walk(item, depth + 1, out, inputs)) return false
    out.push(']')
    return true
  }
  out.push('{')
  for (const key in value) {
    let text = KEYS.get(key)
    if (text === undefined) {
      text = JSON.stringify(key)
      if (KEYS.size < MAX_KEYS) KEYS.set(key, text)
    }
    out.push(text)
    if (!walk((value as Record<string, unknown>)[key], depth + 1, out, inputs)) return false
  }
  out.push('}')
  return true
}

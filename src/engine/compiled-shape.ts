import type {Input, SystemModel} from '../spec/model.js'
import {isFrozenModel, isFrozenPart} from '../spec/frozen-model.js'

/**
 * A model's structure, apart from its Input values: the key a point
 * estimate's template is found by (compiled-estimate.ts), and the model's
 * Inputs in the order of the walk, from which a template reads the values.
 */
export interface Shape {
  /** Every name, enum, flag and number that is not an Input's value, every key, and each Input's path and flags (below the top, by token); null when the model cannot be compiled (an Input with samples, or something not a model). */
  readonly fingerprint: string | null
  /** The Inputs' values, in walk order (an Input held twice is here twice): what a template reads (one typed array, not an object per Input of whatever layout). */
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
  const values: number[] = []
  const fingerprint = textOf(model, 0, values)
  return fingerprint === null ? {fingerprint: null, values: EMPTY} : {fingerprint, values: new Float64Array(values)}
}

const EMPTY = new Float64Array(0)

/**
 * The fingerprint is the model's text, in which every object, array and
 * Input below the top stands as a token of its own text (`#7`), one per
 * distinct text. The text of a workload is thus a line of tokens, and a model
 * copied with one value moved, or put together from loaded workloads, has a
 * fingerprint of a few tokens: before, each call joined and hashed the whole
 * text of every workload to find its template (10 workloads: a third of the
 * call; past 16,383 characters V8 hashes a string's length alone, so larger
 * models did not pay it, and the time per workload fell with size). A token
 * stands for its text whether the part is frozen or walked afresh, so equal
 * fingerprints are one shape and a hand-built model has the shape of the
 * loaded one. No leaf's text starts with `#`. A token is never given to
 * another text (the count goes on when the map is emptied); the texts kept
 * are bounded (MAX_TOKEN_CHARS): past it the map starts again, and a text met
 * again takes a new token (its shape a new template, not a wrong one).
 */
const TOKENS = new Map<string, string>()
const MAX_TOKEN_CHARS = 4_000_000
let tokenChars = 0
let nextToken = 0

function tokenOf(text: string): string {
  let token = TOKENS.get(text)
  if (token === undefined) {
    if (tokenChars + text.length > MAX_TOKEN_CHARS) {
      TOKENS.clear()
      tokenChars = 0
    }
    token = `#${nextToken++}`
    TOKENS.set(text, token)
    tokenChars += text.length
  }
  return token
}

/** The token and Input values of a part of a frozen model, walked once: a model built by hand from a loaded model's parts walks only what is its own. */
const PARTS = new WeakMap<object, {readonly token: string; readonly values: readonly number[]} | null>()

/** Keys, written out once each (a model repeats the same few dozen). */
const KEYS = new Map<string, string>()
const MAX_KEYS = 4096

/** A value's text (the top) or token (below it), its Inputs' values pushed in walk order; null when it cannot be compiled. */
function textOf(value: unknown, depth: number, values: number[]): string | null {
  if (value === null) return 'n'
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'boolean') return value ? 't' : 'f'
  if (value === undefined) return 'u'
  if (typeof value !== 'object' || depth > MAX_DEPTH || !isPlain(value)) return null
  if (depth === 0) return partText(value, depth, values)
  if (!isFrozenPart(value)) {
    const text = partText(value, depth, values)
    return text === null ? null : tokenOf(text)
  }
  // An Input too: a hand-built model's workloads share a loaded model's Inputs, each walked once.
  let part = PARTS.get(value)
  if (part === undefined) {
    const held: number[] = []
    const text = partText(value, depth, held)
    part = text === null ? null : {token: tokenOf(text), values: held}
    PARTS.set(value, part)
  }
  if (part === null) return null
  for (let i = 0; i < part.values.length; i++) values.push(part.values[i]!)
  return part.token
}

/** An Input's text, or an object's or array's, its children by token. */
function partText(value: object, depth: number, values: number[]): string | null {
  if (!isInput(value)) return objectText(value, depth, values)
  // A ranged input is sampled: the Monte Carlo's own path.
  if ('samples' in value) return null
  values.push(value.value)
  if (!('isDefault' in value)) return `I ${JSON.stringify(value.path)}`
  // A flag, as the loader writes it, or nothing: the tracer copies it as it is (compiled-trace.ts), so
  // an Input held there would be read by the walk and not by the template.
  const flag = value.isDefault as unknown
  if (flag !== undefined && typeof flag !== 'boolean') return null
  return `I ${JSON.stringify(value.path)} ${flag === undefined ? 'u' : flag ? 't' : 'f'}`
}

function objectText(value: object, depth: number, values: number[]): string | null {
  const out: string[] = []
  if (Array.isArray(value)) {
    out.push('[')
    for (const item of value) {
      const text = textOf(item, depth + 1, values)
      if (text === null) return null
      out.push(text)
    }
    out.push(']')
    return out.join(' ')
  }
  out.push('{')
  for (const key in value) {
    let name = KEYS.get(key)
    if (name === undefined) {
      name = JSON.stringify(key)
      if (KEYS.size < MAX_KEYS) KEYS.set(key, name)
    }
    const text = textOf((value as Record<string, unknown>)[key], depth + 1, values)
    if (text === null) return null
    out.push(name, text)
  }
  out.push('}')
  return out.join(' ')
}

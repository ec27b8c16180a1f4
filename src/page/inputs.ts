/**
 * The inputs the live page lets a reader edit: every scalar the spec states
 * (`users.dau`, `workloads.posts.reads.perUserPerDay`), and each convention
 * the spec leaves at its default (`conventions.secondsPerDay`, empty until
 * edited). Edits are applied to the spec's YAML document, value by value, so
 * its comments and layout survive into the edited text.
 */
import type {DefaultConvention} from '../render/html-live.js'
import {type Document, isMap, isScalar, isSeq, type Node, parse, parseDocument} from 'yaml'

/** A path into the spec: map keys and sequence indices. */
export type SpecPath = readonly (string | number)[]

export interface EditableInput {
  /** The spec path as text, the input's `data-input` hook and its key in the URL fragment. */
  readonly key: string
  readonly path: SpecPath
  /** What the file states, as written; empty for a convention at its default. */
  readonly value: string
  /** For a default: what it is (`86,400 s`), shown until edited. */
  readonly placeholder: string
  /** The top-level section it is in (`users`, `workloads`, `conventions` …), for grouping. */
  readonly group: string
}

/** At most this many inputs: a spec of thousands of values is edited in its file, not in a page. */
export const MAX_INPUTS = 2_000
/** At most this many characters in an edited value. */
export const MAX_VALUE_CHARS = 200

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** `users.dau`, `workloads.posts.reads`, `zones[0]`, `workloads["a.b"]`. */
export function pathKey(path: SpecPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : PLAIN_KEY.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`)).join('')
}

/** Every scalar of the spec document, in document order, then each default convention not stated; at most MAX_INPUTS. */
export function editableInputs(doc: Document, defaults: readonly DefaultConvention[]): EditableInput[] {
  const inputs: EditableInput[] = []
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (inputs.length >= MAX_INPUTS) return
    if (isScalar(node)) {
      if (path.length > 0) inputs.push({key: pathKey(path), path: [...path], value: scalarText(node), placeholder: '', group: String(path[0])})
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key
        if (typeof key === 'string' || typeof key === 'number') visit(pair.value, [...path, typeof key === 'number' ? String(key) : key])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]))
    }
  }
  visit(doc.contents, [])
  const stated = new Set(inputs.map((i) => i.key))
  for (const d of defaults) {
    if (inputs.length >= MAX_INPUTS) break
    const path = d.path.split('.')
    const key = pathKey(path)
    if (!stated.has(key)) inputs.push({key, path, value: '', placeholder: `default: ${d.display}`, group: 'conventions'})
  }
  return inputs
}

/** A scalar as the reader would write it back: its source text when it has one. */
function scalarText(node: Node): string {
  const value = isScalar(node) ? node.value : null
  if (isScalar(node) && typeof node.source === 'string' && node.source !== '') return node.source
  return value === null || value === undefined ? '' : String(value)
}

/**
 * A value typed in the page as YAML would read it written plainly after the
 * key (`2000000` a number, `true` a boolean, `60%` or `1 KB` text); anything
 * that would read as more than one value (`[1, 2]`, `a: b`) stays text.
 */
export function scalarOf(raw: string): unknown {
  const text = raw.slice(0, MAX_VALUE_CHARS)
  try {
    const value: unknown = parse(text)
    if (value === null || ['number', 'boolean', 'string'].includes(typeof value)) return value
  } catch {
    // Not YAML on its own: the text as it is.
  }
  return text
}

/**
 * The spec text with the edits applied (input key → typed value), through
 * the YAML document: a stated value's node is given the new value (its
 * comment stays with it); a default convention is added under `conventions`.
 * No edits: the file's text exactly.
 */
export function applyEdits(text: string, inputs: readonly EditableInput[], edits: ReadonlyMap<string, string>): string {
  if (edits.size === 0) return text
  const doc = parseDocument(text)
  for (const input of inputs) {
    const raw = edits.get(input.key)
    if (raw === undefined) continue
    const node = doc.getIn(input.path, true)
    const value = scalarOf(raw)
    if (isScalar(node)) {
      node.value = value
      // The source text and its style were the old value's; the new one is written as YAML chooses.
      delete node.source
      delete node.type
    } else doc.setIn(input.path, value)
  }
  return doc.toString()
}

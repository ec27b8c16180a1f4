/**
 * The live page's edits in its URL fragment, so that a link or a reload
 * shows the same numbers: `#users.dau=200M&conventions.secondsPerDay=100000`,
 * form-encoded. A fragment is anyone's text (a shared link): only keys of the
 * page's inputs are read, each value cut at MAX_VALUE_CHARS, in the inputs'
 * order, so the same edits give the same fragment.
 */
import {type EditableInput, MAX_VALUE_CHARS} from './inputs.js'

/** The edits as a fragment (with its `#`), in the inputs' order; empty for none. */
export function encodeFragment(inputs: readonly EditableInput[], edits: ReadonlyMap<string, string>): string {
  const params = new URLSearchParams()
  for (const input of inputs) {
    const value = edits.get(input.key)
    if (value !== undefined) params.append(input.key, value)
  }
  const text = params.toString()
  return text === '' ? '' : `#${text}`
}

/** The edits a fragment holds: known keys only (the last value of a repeated one), values cut to MAX_VALUE_CHARS. */
export function decodeFragment(hash: string, inputs: readonly EditableInput[]): Map<string, string> {
  const known = new Set(inputs.map((i) => i.key))
  const found = new Map<string, string>()
  // Bounded before it is parsed: a fragment longer than every input at its longest holds nothing more.
  const limit = inputs.reduce((sum, i) => sum + i.key.length * 3 + MAX_VALUE_CHARS * 9 + 2, 0)
  const params = new URLSearchParams(hash.replace(/^#/, '').slice(0, limit))
  for (const [key, value] of params) if (known.has(key)) found.set(key, value.slice(0, MAX_VALUE_CHARS))
  const edits = new Map<string, string>()
  for (const input of inputs) {
    const value = found.get(input.key)
    if (value !== undefined) edits.set(input.key, value)
  }
  return edits
}

import {type Dimension, sameDimension} from './dimension.js'
import type {Distribution} from './distribution.js'
import {scanLiteral} from './literal.js'
import type {UnitConventions} from './units.js'

/** A range written in a spec, before its dimension is checked against the field. */
export interface RangeLiteral {
  readonly dist: Distribution
  readonly dim: Dimension
  /** True when written with percentages or ratios (a share range such as `5%..15%`). */
  readonly isShare: boolean
}

const FORMS: Readonly<Record<string, number>> = {normal: 2, uniform: 2, triangular: 3, pert: 3}

/**
 * Reads `100M..300M`, `normal(800 B, 100 B)`, `uniform(1 KB, 2 KB)`,
 * `triangular(1, 2, 5)` or `pert(5%, 10%, 25%)`. Returns null when the text
 * is not a range at all, and a message when it is one but malformed.
 */
export function parseRange(text: string, conv: UnitConventions): RangeLiteral | string | null {
  const t = text.trim()
  const call = functionForm(t)
  let parts: string[]
  let kind: string
  if (call && FORMS[call.name] !== undefined) {
    kind = call.name
    parts = call.inner.split(',').map((p) => p.trim())
    if (parts.length !== FORMS[kind]) return `${kind}(…) takes ${FORMS[kind]} values, not ${parts.length}`
  } else {
    const bounds = intervalForm(t)
    if (bounds === null) return null
    kind = 'lognormal90'
    parts = bounds
  }
  const values = parts.map((p) => {
    const lit = scanLiteral(p, 0, conv)
    return lit && lit.end === p.length ? lit.quantity : null
  })
  if (values.some((v) => v === null)) {
    return kind === 'lognormal90' && values.every((v) => v === null) ? null : `the bounds of \`${t}\` must be plain quantities such as \`100M\` or \`800 B\``
  }
  const qs = values.map((v) => v!)
  // Bare numbers take the unit of the others: `normal(800 B, 100)` is 100 B.
  const dim = qs.find((q) => !sameDimension(q.dim, {bytes: 0, seconds: 0}))?.dim ?? qs[0]!.dim
  if (qs.some((q) => !sameDimension(q.dim, dim) && !sameDimension(q.dim, {bytes: 0, seconds: 0}))) return `the values of \`${t}\` have different units`
  const v = qs.map((q) => q.value)
  const isShare = qs.some((q) => q.isShare === true)
  switch (kind) {
    case 'lognormal90':
      return {dist: {kind, low: v[0]!, high: v[1]!}, dim, isShare}
    case 'normal':
      return {dist: {kind, mean: v[0]!, sd: v[1]!}, dim, isShare}
    case 'uniform':
      return {dist: {kind, low: v[0]!, high: v[1]!}, dim, isShare}
    default:
      return {dist: {kind: kind as 'triangular' | 'pert', low: v[0]!, mode: v[1]!, high: v[2]!}, dim, isShare}
  }
}

/*
 * The two forms are found with indexOf and trims rather than one regular
 * expression: a lazy `(.+?)\s*\.\.` backtracks once per character for every
 * character, so a long field of spaces took seconds; these are one pass each.
 */

/** `name(inner)`: lower-case letters, optional spaces, and the text up to a closing parenthesis that ends it. */
function functionForm(t: string): {name: string; inner: string} | null {
  let end = 0
  while (end < t.length && t.charCodeAt(end) >= 97 && t.charCodeAt(end) <= 122) end++
  if (end === 0 || !t.endsWith(')')) return null
  const open = end + (t.length - end - t.slice(end).trimStart().length)
  if (t[open] !== '(' || open === t.length - 1) return null
  return {name: t.slice(0, end), inner: t.slice(open + 1, -1)}
}

/** `low..high` around the first `..` that has something before it; null for `...` or a missing side. */
function intervalForm(t: string): [string, string] | null {
  if (t.includes('...')) return null
  const at = t.indexOf('..', 1)
  if (at < 0) return null
  const low = t.slice(0, at).trimEnd()
  const high = t.slice(at + 2).trimStart()
  return low === '' || high === '' ? null : [low, high]
}

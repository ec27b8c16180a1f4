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
  const fn = /^([a-z]+)\s*\((.*)\)$/s.exec(t)
  let parts: string[]
  let kind: string
  if (fn && FORMS[fn[1]!] !== undefined) {
    kind = fn[1]!
    parts = fn[2]!.split(',').map((p) => p.trim())
    if (parts.length !== FORMS[kind]) return `${kind}(…) takes ${FORMS[kind]} values, not ${parts.length}`
  } else {
    const m = /^(.+?)\s*\.\.\s*(.+)$/s.exec(t)
    if (!m || /\.\.\./.test(t)) return null
    kind = 'lognormal90'
    parts = [m[1]!, m[2]!]
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

import {DIMENSIONLESS, type Quantity} from './dimension.js'
import {own} from './own.js'
import {COUNT_SUFFIXES, UNITS, type UnitConventions} from './units.js'

/** A quantity literal found in a text, and where it ends. */
export interface ScannedLiteral {
  readonly quantity: Quantity
  readonly end: number
}

const NUMBER = /^(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/
const WORD = /^(?:[A-Za-zµμ]+(?:\/[A-Za-z]+)?|\/[A-Za-z]+)/
const SPACES = /^[ \t]*/

function readNumber(text: string): {value: number; length: number; digits: string} | null {
  const m = NUMBER.exec(text)
  if (!m) return null
  const digits = m[0].replaceAll('_', '')
  return {value: Number(digits), length: m[0].length, digits}
}

/**
 * Reads one quantity literal at `start`: `300M`, `1.5B`, `800 B`, `1 MiB`,
 * `5 years`, `500 ms`, `10 Gbps`, `3.47 K/s`, `10%`, `5:1`. Returns null when
 * no number starts there. A word after a space is taken as a unit only if it is
 * a known one, so that in an expression `2 mau` leaves `mau` to be a reference.
 */
export function scanLiteral(text: string, start: number, conv: UnitConventions): ScannedLiteral | null {
  const num = readNumber(text.slice(start))
  if (!num) return null
  let pos = start + num.length
  let value = num.value
  const rest = (): string => text.slice(pos)

  const percent = /^[ \t]*%/.exec(rest())
  if (percent) {
    // Shift the decimal point in the text: 99.99 / 100 is 0.9998999999999999 in
    // binary floating point, while Number('99.99e-2') is the closest double to 0.9999.
    const shifted = num.digits.includes('e') || num.digits.includes('E') ? value / 100 : Number(`${num.digits}e-2`)
    return {quantity: {value: shifted, dim: DIMENSIONLESS, isShare: true}, end: pos + percent[0].length}
  }
  const ratio = /^:(\d[\d_]*(?:\.\d+)?)/.exec(rest())
  if (ratio?.[1] !== undefined) {
    const denominator = Number(ratio[1].replaceAll('_', ''))
    return {quantity: {value: value / denominator, dim: DIMENSIONLESS, isShare: true}, end: pos + ratio[0].length}
  }

  // Attached word: a count suffix (`10K`, `1.5B`) or a unit (`10MB`, `500ms`, `10K/s`).
  const attached = WORD.exec(rest())?.[0]
  if (attached !== undefined) {
    const suffixEnd = attached.indexOf('/')
    const head = suffixEnd > 0 ? attached.slice(0, suffixEnd) : attached
    const suffix = own(COUNT_SUFFIXES, head)
    if (suffix !== undefined && (suffixEnd > 0 ? UNITS.has(attached.slice(suffixEnd)) : true)) {
      value *= suffix
      pos += head.length
    } else if (UNITS.has(attached)) {
      const unit = UNITS.get(attached)!
      return {quantity: {value: value * unit.factor(conv), dim: unit.dim}, end: pos + attached.length}
    } else {
      return {quantity: {value, dim: DIMENSIONLESS}, end: pos}
    }
  }

  // Optional unit after spaces (or straight after a count suffix: `10K/s`).
  const gap = SPACES.exec(rest())?.[0].length ?? 0
  const afterGap = text.slice(pos + gap)
  let word = WORD.exec(afterGap)?.[0]
  if (word !== undefined && gap > 0 && attached === undefined && /^(?:[KMTk]|bn)(?:$|\/)/.test(word)) {
    // `3.47 K/s` or `1.5 bn` as printed by sizeup itself; a spaced `B` stays bytes.
    const head = word.split('/')[0]!
    value *= COUNT_SUFFIXES[head]!
    pos += gap + head.length
    word = word.length > head.length ? word.slice(head.length) : undefined
    if (word === undefined) return {quantity: {value, dim: DIMENSIONLESS}, end: pos}
    const unit = UNITS.get(word)
    if (!unit) return {quantity: {value, dim: DIMENSIONLESS}, end: pos}
    return {quantity: {value: value * unit.factor(conv), dim: unit.dim}, end: pos + word.length}
  }
  if (word !== undefined && (gap > 0 || attached !== undefined) && UNITS.has(word)) {
    const unit = UNITS.get(word)!
    return {quantity: {value: value * unit.factor(conv), dim: unit.dim}, end: pos + gap + word.length}
  }
  return {quantity: {value, dim: DIMENSIONLESS}, end: pos}
}

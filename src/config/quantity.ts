import {BYTES, BYTES_PER_SECOND, DIMENSIONLESS, type Dimension, describeDimension, PER_BYTE, PER_SECOND, SECONDS, sameDimension} from '../quantity/dimension.js'
import {scanLiteral} from '../quantity/literal.js'
import type {MetricUnit} from '../quantity/generated/schema-types.js'
import type {UnitConventions} from '../quantity/units.js'
import {FIXED_CALENDAR} from '../quantity/calendar.js'
import {overLength} from '../quantity/text-limit.js'

/** The unit of a number a budget can name: the engine's units, and US dollars for the cost. */
export type {MetricUnit} from '../quantity/generated/schema-types.js'

/**
 * Quantities in a configuration are read with fixed conventions, as in an
 * overlay: a day of 86,400 s, a 30-day month, a 365-day year and decimal
 * bytes (1 KB = 1,000 B; write KiB for binary). One configuration serves
 * several specs, so no spec's conventions can apply to it.
 */
const CONFIG_UNITS: UnitConventions = FIXED_CALENDAR

/** A quantity as written in the configuration, before it meets the unit of what it limits. */
export interface WrittenQuantity {
  /** In base units: bytes, seconds, per second, US dollars, or a plain number. */
  readonly value: number
  /** The dimension, or 'USD' for an amount of money. */
  readonly dim: Dimension | 'USD'
  /** Written as a percentage or a ratio (`99.9%`, `3:1`). */
  readonly share: boolean
}

export type Problem = {readonly problem: string; readonly hint: string}

const LITERAL_HINT = 'write a number with its unit, e.g. `10 PB`, `20K/s`, `500 ms`, `99.9%` or `50000 USD`'

/**
 * Reads a quantity: `10 PB`, `8K/s`, `500 ms`, `99.95%`, `20K`, `50000 USD`,
 * `$50,000`, or a plain number. Returns what is wrong when it is not one.
 */
export function readQuantity(raw: string | number): WrittenQuantity | Problem {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? {value: raw, dim: DIMENSIONLESS, share: false} : {problem: `\`${String(raw)}\` is not a number of at least 0`, hint: LITERAL_HINT}
  let text = raw.trim()
  const tooLong = overLength(text)
  if (tooLong !== null) return {problem: `the quantity ${tooLong}`, hint: LITERAL_HINT}
  let currency = false
  if (text.startsWith('$')) {
    currency = true
    text = text.slice(1).trimStart()
  }
  // A suffix test and a trim, not `/\s*USD$/`: that pattern retries its spaces from every one of them.
  if (/^usd$/i.test(text.slice(-3))) {
    currency = true
    text = text.slice(0, -3).trimEnd()
  }
  // `50,000`: thousands separators in the leading number.
  text = text.replace(/^\d{1,3}(?:,\d{3})+(?=\.\d|\D|$)/, (digits) => digits.replaceAll(',', ''))
  const lit = text === '' ? null : scanLiteral(text, 0, CONFIG_UNITS)
  if (!lit || text.slice(lit.end).trim() !== '') return {problem: `\`${raw}\` is not a quantity`, hint: LITERAL_HINT}
  const {value, dim, isShare} = lit.quantity
  if (!Number.isFinite(value)) return {problem: `\`${raw}\` is too large`, hint: LITERAL_HINT}
  if (currency && (!sameDimension(dim, DIMENSIONLESS) || isShare === true)) return {problem: `\`${raw}\` mixes US dollars with ${isShare === true ? 'a share' : describeDimension(dim)}`, hint: 'write an amount such as `50000 USD` or `$50K`'}
  return {value, dim: currency ? 'USD' : dim, share: isShare === true}
}

/** What a number of a unit may be written as, and how to read it. */
interface Accepts {
  readonly dims: ReadonlyArray<Dimension | 'USD'>
  readonly what: string
  readonly example: string
  /** Base-unit seconds per unit, for metrics kept in days or years. */
  readonly secondsPerUnit?: number
  readonly shares?: boolean
}

const COUNT: Accepts = {dims: [DIMENSIONLESS], what: 'a count', example: '`10M`'}
const ACCEPTS: Readonly<Record<MetricUnit, Accepts>> = {
  users: COUNT,
  req: COUNT,
  count: COUNT,
  x: {dims: [DIMENSIONLESS], what: 'a multiplier', example: '`3`', shares: true},
  ratio: {dims: [DIMENSIONLESS], what: 'a share', example: '`99.9%` or `0.999`', shares: true},
  'req/s': {dims: [PER_SECOND, DIMENSIONLESS], what: 'a rate per second', example: '`20K/s` or `20K`'},
  B: {dims: [BYTES, DIMENSIONLESS], what: 'a size in bytes', example: '`10 PB` or `500 GiB`'},
  'B/s': {dims: [BYTES_PER_SECOND, DIMENSIONLESS], what: 'a bandwidth', example: '`10 Gbps` or `200 MB/s`'},
  s: {dims: [SECONDS, DIMENSIONLESS], what: 'a duration', example: '`500 ms` or `1 hour`'},
  days: {dims: [SECONDS, DIMENSIONLESS], what: 'a duration', example: '`30 days`', secondsPerUnit: CONFIG_UNITS.secondsPerDay},
  years: {dims: [SECONDS, DIMENSIONLESS], what: 'a duration', example: '`5 years`', secondsPerUnit: CONFIG_UNITS.secondsPerYear},
  USD: {dims: ['USD', DIMENSIONLESS], what: 'an amount in US dollars', example: '`50000 USD`'},
  // Prices are inputs of the spec; a budget on one is a plain number of dollars per byte or per request.
  'USD/B': {dims: [PER_BYTE, DIMENSIONLESS], what: 'a price per byte', example: '`0.00000000002` ($0.02 per GB)'},
  'USD/req': {dims: [DIMENSIONLESS], what: 'a price per request', example: '`0.0000004` ($0.40 per million)'},
}

/** `a size in bytes`, `an amount in US dollars` … */
export function describeUnit(unit: MetricUnit): string {
  return ACCEPTS[unit].what
}

function describeWritten(q: WrittenQuantity): string {
  if (q.share) return 'a share'
  return q.dim === 'USD' ? 'an amount in US dollars' : describeDimension(q.dim)
}

/**
 * The value of a written quantity in `unit` (the unit the engine keeps the
 * number in), or why it cannot be one: a plain number is taken in that unit;
 * a quantity with a unit must have its dimension.
 */
export function inUnit(q: WrittenQuantity, unit: MetricUnit, written: string): {readonly value: number} | Problem {
  const accepts = ACCEPTS[unit]
  const hint = `write ${accepts.what}, e.g. ${accepts.example}`
  const fits = accepts.dims.some((d) => (d === 'USD' || q.dim === 'USD' ? d === q.dim : sameDimension(d, q.dim)))
  if (!fits || (q.share && accepts.shares !== true)) return {problem: `is ${accepts.what}, but \`${written}\` is ${describeWritten(q)}`, hint}
  const seconds = q.dim !== 'USD' && sameDimension(q.dim, SECONDS)
  return {value: seconds && accepts.secondsPerUnit !== undefined ? q.value / accepts.secondsPerUnit : q.value}
}

import {BYTES, BYTES_PER_SECOND, DIMENSIONLESS, type Dimension, describeDimension, PER_SECOND, SECONDS, sameDimension} from '../quantity/dimension.js'
import {scanLiteral} from '../quantity/literal.js'
import type {UnitConventions} from '../quantity/units.js'
import {FIXED_CALENDAR, SECONDS_PER_DAY, SECONDS_PER_YEAR} from '../quantity/calendar.js'
import {overLength} from '../quantity/text-limit.js'

/**
 * Quantities in an overlay are read with fixed conventions: a day of 86,400 s
 * and decimal bytes (1 KB = 1,000 B; write KiB for binary). An overlay is
 * shared across specs, so a spec's conventions cannot apply to it.
 */
const OVERLAY_UNITS: UnitConventions = FIXED_CALENDAR

/** What a value must be for a unit of the catalogs (figures) or the engine (thresholds). */
interface Expected {
  readonly dims: readonly Dimension[]
  readonly what: string
  readonly example: string
  /** Divides the base-unit value into the unit (days from seconds). */
  readonly scale: number
  readonly whole?: boolean
  readonly atLeastOne?: boolean
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  'req/s': {dims: [PER_SECOND, DIMENSIONLESS], what: 'a rate per second', example: '`12K/s` or `12000`', scale: 1},
  B: {dims: [BYTES], what: 'a size in bytes', example: '`12 GiB` or `2 TB`', scale: 1},
  'B/s': {dims: [BYTES_PER_SECOND], what: 'a bandwidth', example: '`200 MB/s` or `1 Gbps`', scale: 1},
  s: {dims: [SECONDS], what: 'a duration', example: '`500 ms`', scale: 1},
  days: {dims: [SECONDS], what: 'a duration', example: '`30 days`', scale: SECONDS_PER_DAY},
  years: {dims: [SECONDS], what: 'a duration', example: '`5 years`', scale: SECONDS_PER_YEAR},
  x: {dims: [DIMENSIONLESS], what: 'a multiplier of at least 1', example: '`3`', scale: 1, atLeastOne: true},
  count: {dims: [DIMENSIONLESS], what: 'a whole number', example: '`1`', scale: 1, whole: true},
  users: {dims: [DIMENSIONLESS], what: 'a count', example: '`10M`', scale: 1},
  req: {dims: [DIMENSIONLESS], what: 'a count', example: '`1B`', scale: 1},
  ratio: {dims: [DIMENSIONLESS], what: 'a share', example: '`70%` or `0.7`', scale: 1},
}

/** A value in base units, or what is wrong with it (message and hint). */
export type Parsed = {readonly value: number} | {readonly problem: string; readonly hint: string}

/**
 * Reads an overlay value for a unit: a plain number (taken in that unit), or
 * a quantity string whose dimension must match (`12 GiB` for bytes).
 */
export function parseValue(raw: unknown, unit: string, where: string): Parsed {
  const expected = EXPECTED[unit] ?? {dims: [DIMENSIONLESS], what: 'a number', example: '`1`', scale: 1}
  const hint = `write ${expected.what}, e.g. ${expected.example}`
  let value: number
  if (typeof raw === 'number') value = raw
  else if (typeof raw === 'string') {
    const text = raw.trim()
    const tooLong = overLength(text)
    if (tooLong !== null) return {problem: `${where} ${tooLong}`, hint}
    const lit = scanLiteral(text, 0, OVERLAY_UNITS)
    if (!lit || text.slice(lit.end).trim() !== '') return {problem: `${where} should be ${expected.what}, not \`${raw}\``, hint}
    const dim = lit.quantity.dim
    if (!expected.dims.some((d) => sameDimension(d, dim))) return {problem: `${where} should be ${expected.what}, but \`${raw}\` is ${describeDimension(dim)}`, hint}
    value = lit.quantity.value / (sameDimension(dim, SECONDS) ? expected.scale : 1)
  } else return {problem: `${where} should be ${expected.what}`, hint}
  if (!Number.isFinite(value) || value < 0) return {problem: `${where} must be a finite number of at least 0 (got \`${String(raw)}\`)`, hint}
  if (expected.whole === true && !Number.isInteger(value)) return {problem: `${where} must be a whole number (got \`${String(raw)}\`)`, hint}
  if (expected.atLeastOne === true && value < 1) return {problem: `${where} must be at least 1 (got \`${String(raw)}\`)`, hint}
  if (unit !== 'count' && unit !== 'ratio' && value === 0) return {problem: `${where} must be greater than 0`, hint}
  return {value}
}

import type {Unit} from '../engine/ledger.js'
import type {Conventions} from '../spec/model.js'
import {BYTES, BYTES_PER_SECOND, DIMENSIONLESS, type Dimension, describeDimension, PER_BYTE, PER_SECOND, type Quantity, SECONDS, sameDimension} from '../quantity/dimension.js'
import {scanLiteral} from '../quantity/literal.js'
import {overLength} from '../quantity/text-limit.js'
import type {UnitConventions} from '../quantity/units.js'

/** What a typed answer turned out to be. */
export type Reading =
  | {readonly kind: 'value'; readonly value: number}
  | {readonly kind: 'skip'}
  | {readonly kind: 'empty'}
  | {readonly kind: 'unreadable'}
  /** Longer than any estimate: not read at all. */
  | {readonly kind: 'too-long'; readonly length: number}
  | {readonly kind: 'wrong-dimension'; readonly got: string; readonly expected: string}

/** The dimension an answer to a metric of this unit must have (a bare number always fits). */
export function answerDimension(unit: Unit): Dimension {
  switch (unit) {
    case 'req/s':
      return PER_SECOND
    case 'B':
      return BYTES
    case 'B/s':
      return BYTES_PER_SECOND
    case 'USD/B':
      return PER_BYTE
    case 's':
    case 'days':
    case 'years':
      return SECONDS
    default:
      return DIMENSIONLESS
  }
}

/** The spec's calendar and byte conventions, which answers are read in (`1 month`, `1 KB`). */
export function unitConventions(c: Conventions): UnitConventions {
  return {
    secondsPerDay: c.secondsPerDay.value,
    secondsPerMonth: c.secondsPerMonth.value,
    secondsPerYear: c.daysPerYear.value * c.secondsPerDay.value,
    binaryBytes: c.byteUnits === 'binary',
  }
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const WORDS: Readonly<Record<string, string>> = {thousand: 'K', million: 'M', billion: 'B', trillion: 'T'}
const PERIOD: Readonly<Record<string, string>> = {perDay: 'day', perMonth: 'month', perYear: 'year'}

/**
 * The ways people write estimates that sizeup's literals do not read, rewritten
 * into ones they do: `~3,500`, `3.5 × 10³`, `3.5x10^3`, `300 million`,
 * `3.5K writes/s`, `52m 34s` (for a duration), `240 GB/day` (for a per-day figure),
 * `1.5 B` (a billion, for a count).
 */
function normalise(text: string, unit: Unit, metricId: string): string {
  // A pattern that starts with \s* is tried from every space of a run, each try
  // reading the rest of the run: quadratic in the run. `(?<!\s)` lets it start
  // only where a run starts, which matches the same text in one pass.
  let t = text.trim().replace(/^(?:~|≈|about\s+|roughly\s+)/i, '')
  t = t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  t = t.replace(/(\d(?:\.\d+)?)\s*[x×*]\s*10\s*(?:\^|\*\*)\s*([+-]?\d+)/g, '$1e$2')
  t = t.replace(/(\d(?:\.\d+)?)\s*[x×*]\s*10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, m: string, sup: string) => `${m}e${[...sup].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPTS.indexOf(c)))).join('')}`)
  t = t.replace(/(\d)\s*(thousand|million|billion|trillion)\b/gi, (_, d: string, w: string) => `${d}${WORDS[w.toLowerCase()]}`)
  t = t.replace(/(?<!\s)\s*(?:per|a|an|every)\s+(second|sec)\b/gi, '/s')
  t = t.replace(/([\dKMBTk])\s*(?:writes?|reads?|requests?|queries|messages|events|uploads|views|ops)\s*(?=\/)/g, '$1 ')
  t = t.replace(/([\dKMBTk])\s+\/s\b/g, '$1/s')
  if (unit === 's' || unit === 'days' || unit === 'years') t = t.replace(/(\d)\s*m\b/g, '$1 min')
  // `1.5 B` is bytes to sizeup's literals, but a count question can only mean a billion.
  if (answerDimension(unit) === DIMENSIONLESS) t = t.replace(/(\d)\s+B$/, '$1B')
  const period = PERIOD[metricId.split('.').pop() ?? '']
  if (period !== undefined) t = t.replace(new RegExp(`(?<!\\s)\\s*(?:/\\s*|(?:per|a|an|every)\\s+)${period}$`, 'i'), '')
  if (unit === 'x') t = t.replace(/(?<!\s)\s*[x×]$/, '')
  return t.trim()
}

/** Every literal in the text, one after another; null when anything else is there. */
function scanAll(text: string, conv: UnitConventions): Quantity[] | null {
  const parts: Quantity[] = []
  let pos = 0
  while (pos < text.length) {
    const gap = /^\s*/.exec(text.slice(pos))![0].length
    pos += gap
    if (pos >= text.length) break
    const lit = scanLiteral(text, pos, conv)
    if (!lit || lit.end === pos) return null
    parts.push(lit.quantity)
    pos = lit.end
  }
  return parts
}

/**
 * Reads an answer to the metric `metricId` of unit `unit`: a quantity with a
 * unit (`3.5K/s`, `240 GB`, `55 PB`, `52 min`, `1h 30 min`), or a bare number,
 * taken in the metric's base unit (requests, bytes, seconds; days or years for
 * metrics counted in them). The value comes back in the metric's base unit.
 */
export function readAnswer(text: string, unit: Unit, metricId: string, conv: UnitConventions): Reading {
  const trimmed = text.trim()
  if (trimmed === '') return {kind: 'empty'}
  if (overLength(trimmed) !== null) return {kind: 'too-long', length: trimmed.length}
  if (/^(?:skip|pass|\?)$/i.test(trimmed)) return {kind: 'skip'}
  const parts = scanAll(normalise(trimmed, unit, metricId), conv)
  if (parts === null || parts.length === 0) return {kind: 'unreadable'}
  const expected = answerDimension(unit)
  // `1h 30 min`: durations written in parts are added up; nothing else may be.
  if (parts.length > 1 && !parts.every((p) => sameDimension(p.dim, SECONDS))) return {kind: 'unreadable'}
  const q: Quantity = parts.length === 1 ? parts[0]! : {value: parts.reduce((s, p) => s + p.value, 0), dim: SECONDS}
  if (sameDimension(q.dim, DIMENSIONLESS)) {
    // A percentage is a share: it answers a ratio, nothing else.
    if (q.isShare === true && unit !== 'ratio' && unit !== 'x') return {kind: 'wrong-dimension', got: 'a percentage', expected: describeDimension(expected)}
    return {kind: 'value', value: q.value}
  }
  if (!sameDimension(q.dim, expected)) return {kind: 'wrong-dimension', got: describeDimension(q.dim), expected: describeDimension(expected)}
  if (unit === 'days') return {kind: 'value', value: q.value / conv.secondsPerDay}
  if (unit === 'years') return {kind: 'value', value: q.value / conv.secondsPerYear}
  return {kind: 'value', value: q.value}
}

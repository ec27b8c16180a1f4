import {zeroMeans} from './fact-labels.js'
import {formatFact} from './select.js'
import type {Flip, FlipPoint} from './types.js'

/**
 * Flip points in words, as plain text that each renderer escapes for its
 * sink: the values the way decision reasons quote them (formatFact), so a
 * flip at the 5,000/s guideline reads as the reason that cites it.
 */

/** A fact's value: `6,944/s`, `99.99%`, `point`, `yes`; `not stated` for an unknown one. */
export function flipValueText(value: FlipPoint['value'], unit: FlipPoint['unit']): string {
  if (value === null) return 'not stated'
  return formatFact(unit === null ? {value} : {value, unit})
}

/** A flip point's own value: as flipValueText, with a 0 that means a word said in it (`never`). */
export function flipPointValueText(p: Pick<FlipPoint, 'fact' | 'value' | 'unit'>): string {
  return (p.value === 0 ? zeroMeans(p.fact) : null) ?? flipValueText(p.value, p.unit)
}

/** The values a flip covers: `5,000/s or less`, `above 96 GB`, `99.9% or more and below 99.99%`, `timeline`. */
export function flipRangeText(flip: Flip, unit: FlipPoint['unit']): string {
  const v = (n: number): string => flipValueText(n, unit)
  if (flip.is !== undefined) return flipValueText(flip.is, unit)
  const lower = flip.atLeast !== undefined ? `${v(flip.atLeast)} or more` : flip.above !== undefined ? `above ${v(flip.above)}` : null
  const upper = flip.atMost !== undefined ? `${v(flip.atMost)} or less` : flip.below !== undefined ? `below ${v(flip.below)}` : null
  return [lower, upper].filter((p) => p !== null).join(' and ') || 'any value'
}

/** What the choice becomes: `Relational database — PostgreSQL`, or that no decision is made. */
export function flipBecomesText(flip: Flip): string {
  const o = flip.becomes
  if (o === null) return 'no decision (the matrix no longer applies)'
  // As the design document names an option: the product after the label, unless the label names it already.
  return o.technology && !o.label.includes(o.technology) ? `${o.label} — ${o.technology}` : o.label
}

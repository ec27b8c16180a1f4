import {describeDimension, type Quantity, sameDimension} from '../quantity/dimension.js'
import {own} from '../quantity/own.js'
import {type FieldKind, KIND_DIMENSION, KIND_WORDS} from './field-kinds.js'

/** Magnitudes a spec value may have (in base units), so that products of a few of them stay finite and non-zero. */
export const MAX_MAGNITUDE = 1e300
export const MIN_MAGNITUDE = 1e-300

const FACTOR_HINTS: Readonly<Record<string, string>> = {
  peakFactor: 'the peak cannot be below the average; use 1 for perfectly flat traffic',
  replication: '1 means a single copy; 3 means three',
  overhead: '1 means no overhead; 1.3 adds 30 % for indexes and metadata',
  compression: '1 means no compression; `3:1` stores a third of the size',
}

export interface FieldProblem {
  readonly message: string
  readonly hint: string | null
}

const problem = (message: string, hint: string | null): FieldProblem => ({message, hint})

/**
 * What is wrong with a field's value for its kind, or null: its dimension, a
 * value that is not a number, too large or too small to compute with,
 * negative, a share where a count belongs, a share over 100 %, a factor
 * below 1. `shown` is the value as written; `raw` as YAML read it.
 */
export function fieldProblem(path: string, kind: FieldKind, q: Quantity, shown: string, raw: unknown): FieldProblem | null {
  const expected = KIND_DIMENSION[kind]
  if (!sameDimension(q.dim, expected)) {
    const hint = kind === 'bytes' && sameDimension(q.dim, KIND_DIMENSION.count) && /\dB$/.test(shown)
      ? `\`${shown}\` means ${shown.slice(0, -1)} billion; for bytes put a space before the unit: \`${shown.slice(0, -1)} B\``
      : kind === 'pricePerByte' && q.dim.bytes === -1 && q.dim.seconds === -1
        ? 'a storage price is per month already (the spec\'s month): write e.g. `0.023 / 1 GB`'
        : `write ${KIND_WORDS[kind].what}, e.g. ${KIND_WORDS[kind].example}`
    return problem(`\`${path}\` should be ${KIND_WORDS[kind].what}, but \`${shown}\` is ${describeDimension(q.dim)}`, hint)
  }
  if (Number.isNaN(q.value)) {
    return problem(`\`${path}\` is not a number (got \`${shown}\`)`, /\//.test(shown) ? 'check for a division by zero' : `write e.g. ${KIND_WORDS[kind].example}`)
  }
  if (!Number.isFinite(q.value) || Math.abs(q.value) > MAX_MAGNITUDE) {
    return problem(`\`${path}\` is too large to compute with (got \`${shown}\`)`, /[/^]/.test(shown) ? 'check for a division by zero, or a part of the expression past 1e300' : 'use a value below 1e300')
  }
  if (q.value !== 0 && Math.abs(q.value) < MIN_MAGNITUDE) {
    return problem(`\`${path}\` is too small to compute with (got \`${shown}\`)`, 'use 0, or a value above 1e-300 in its base unit')
  }
  if (q.value < 0) {
    return problem(`\`${path}\` must not be negative (got \`${shown}\`)`, /^-[\d.\s]/.test(shown) ? 'remove the minus sign' : 'the expression comes out below zero; check its subtraction')
  }
  if (kind === 'count' && q.isShare) {
    return problem(`\`${path}\` should be ${KIND_WORDS.count.what}, but \`${shown}\` is a share`, `write ${KIND_WORDS.count.example}, or a share of another field such as \`50% * mau\``)
  }
  if (kind === 'share' && q.value > 1) {
    const asPercent = typeof raw === 'number' && raw <= 100 ? `; if you meant ${raw} %, write \`${raw}%\`` : ''
    return problem(`\`${path}\` is a share and cannot be over 100 % (got \`${shown}\`)`, `write a percentage or a fraction between 0 and 1${asPercent}`)
  }
  if (kind === 'factor' && q.value < 1) {
    return problem(`\`${path}\` must be at least 1 (got \`${shown}\`)`, own(FACTOR_HINTS, path.split('.').at(-1) ?? '') ?? 'use 1 for none')
  }
  return null
}

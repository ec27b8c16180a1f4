import {UNITS} from '../quantity/units.js'
import {closest, didYouMean} from './suggest.js'

const UNIT_LIST = 'B, KB, MB, GB, TB (KiB, MiB … binary); ms, s, min, h, days, weeks, months, years; /s, /day'

/**
 * Explains a name in a field's text that is not a field of the spec: a typo
 * of a field, a unit without a number, a misspelt unit after a number, or
 * words that were never meant as an expression.
 */
export function explainUnknownName(
  path: string,
  text: string,
  name: string,
  fields: readonly string[],
  expected: {what: string; example: string},
): {message: string; hint: string} {
  const fieldGuess = didYouMean(name, fields)
  if (fieldGuess) return {message: `\`${path}\` refers to \`${name}\`, which is not a number field of this spec`, hint: fieldGuess}
  if (name === 'forever') {
    return path.endsWith('.retention')
      ? {message: `\`${path}\` should be a duration or \`forever\`, not \`${text}\``, hint: 'write `forever` alone, or a duration such as `5 years`'}
      : {message: `\`${path}\` cannot be \`forever\``, hint: `only \`retention\` may be \`forever\`; write ${expected.what}, e.g. ${expected.example}`}
  }
  if (UNITS.has(name)) return {message: `\`${path}\`: the unit \`${name}\` has no number before it`, hint: `write e.g. \`1 ${name}\``}
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (new RegExp(`\\d\\s*${escaped}\\b`).test(text)) {
    const unit = closest(name, [...UNITS.keys()])
    // Short words are close to some unit by chance; only a difference of case counts for them.
    const likely = unit !== null && (name.length >= 3 || unit.toLowerCase() === name.toLowerCase())
    return {message: `\`${path}\`: unknown unit \`${name}\` in \`${text}\``, hint: likely ? `did you mean \`${unit}\`?` : `units: ${UNIT_LIST}`}
  }
  if (/^[A-Za-z_][\w.]*$/.test(text) && text === name) {
    return {message: `\`${path}\` should be ${expected.what}, not \`${text}\``, hint: `write e.g. ${expected.example}; a name must be another number field of this spec`}
  }
  if (/^[\w\s.]+$/.test(text) && /\s/.test(text.trim()) && !/\d/.test(text)) {
    return {message: `\`${path}\` should be ${expected.what}, not \`${text}\``, hint: `write e.g. ${expected.example}`}
  }
  return {message: `\`${path}\` refers to \`${name}\`, which is not a number field of this spec`, hint: 'refer to a sibling field by its name (`mau`) or to any field by its full path (`users.mau`)'}
}

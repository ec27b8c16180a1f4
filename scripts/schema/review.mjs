// The review's fragments: severities, and a located finding as `diff` and
// `check` publish it (each with its own descriptions of the fields).
import {closed, nullable, position, str, strings} from './shapes.mjs'
import {typed} from './typed.mjs'

/** Mildest first; outputs that rank by severity list them the other way. */
export const SEVERITIES = ['info', 'warn', 'error']

/** A severity, its values in the order given. */
export const severity = (values = SEVERITIES) => typed('review', 'Severity', {type: 'string', enum: values})

/**
 * A finding's fields; `described` gives some of them a description where an
 * output documents them, `severities` the order that output lists severities in.
 */
export const findingProperties = ({described = {}, severities} = {}) => {
  const properties = {
    ruleId: str,
    severity: severity(severities),
    message: str,
    hint: str,
    file: str,
    line: position,
    column: position,
    path: str,
    metrics: strings,
    suppressed: nullable(closed({reason: str, by: {type: 'string', enum: ['spec', 'baseline'], description: 'What accepts it: a suppression in the spec (`suppress:`), or the baseline `sizeup check --baseline` reads.'}})),
  }
  for (const [key, description] of Object.entries(described)) properties[key] = {...properties[key], description}
  return properties
}

export const finding = (description, options) =>
  typed('review', 'Finding', closed(findingProperties(options), description), {
    doc: 'A located finding, as every output format reads it. `suppressed` is set when a suppression in the spec accepts the finding; suppressed findings never fail a check.',
  })

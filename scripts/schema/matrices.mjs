// The decision matrices' fragments: a matrix's references, and a decision as
// the report and the diff publish it.
import {closed, nullable, num, record, ref, str, strOrNull, strings} from './shapes.mjs'
import {unit} from './quantity.mjs'
import {typed} from './typed.mjs'

export const reference = typed('matrices', 'Reference', closed({title: str, url: str}))

export const scoredOption = typed('matrices', 'ScoredOption', closed({id: str, label: str, technology: strOrNull, score: num}))

const criterionResult = typed('matrices', 'CriterionResult', closed({id: str, fired: {type: 'boolean'}, scores: record(num), reason: str, source: str}), {
  doc: 'How one criterion played in a decision: whether it fired, the points it gives each option, and its reason with the numbers filled in.',
})

const flipValue = {type: ['number', 'string', 'boolean']}

const flip = typed('matrices', 'Flip', {
  type: 'object',
  additionalProperties: false,
  required: ['direction', 'becomes'],
  description:
    'Values of one fact at which the choice changes, and what it changes to: one value (`is`), or a range bounded below (`above` or `atLeast`), above (`below` or `atMost`), or both. Found by scoring the matrix again with only this fact changed.',
  properties: {
    direction: {
      type: 'string',
      enum: ['up', 'down', 'other'],
      description: '`up`: a larger number than the current one; `down`: a smaller one; `other`: another stated value (or a value for a fact the spec does not state).',
    },
    is: {...flipValue, description: 'The one value at which the choice changes.'},
    above: {...num, description: 'The choice changes for values greater than this.'},
    atLeast: {...num, description: 'The choice changes for values from this one up.'},
    below: {...num, description: 'The choice changes for values less than this.'},
    atMost: {...num, description: 'The choice changes for values up to this one.'},
    becomes: {
      ...nullable(closed({id: str, label: str, technology: strOrNull})),
      description: 'The option the matrix would choose instead; null when the matrix would no longer apply (no decision is made).',
    },
  },
})

const flipPoint = typed('matrices', 'FlipPoint', closed(
  {
    fact: {...str, description: 'The fact name (src/matrices/facts.ts).'},
    label: {...str, description: 'The fact as a reader calls it: `peak writes`.'},
    from: {...strOrNull, description: 'The metric id or spec path the fact comes from.'},
    value: {type: ['number', 'string', 'boolean', 'null'], description: 'The current value, in base units (null: the spec does not state it).'},
    unit: {oneOf: [{type: 'null'}, unit], description: 'The unit of the value and of the flips; null for a stated property.'},
    flips: {type: 'array', items: flip, description: 'Nearest change below and above for a number; every other value that changes the choice for a stated property. Empty: no value of this fact alone changes the choice.'},
  },
  'One input of a decision and the values of it at which the choice would change, everything else held as it is.',
))

export const decisionId = {type: 'string', description: '`datastore.posts` for a workload decision, `queue` for a system one.'}
export const decisionSubject = {type: ['string', 'null'], description: 'The workload decided for, or null.'}

export const decision = typed('matrices', 'Decision', closed(
  {
    id: decisionId,
    matrix: str,
    title: str,
    question: str,
    subject: decisionSubject,
    choice: ref('scoredOption'),
    runnerUp: nullable(ref('scoredOption')),
    reasons: {...strings, description: 'The fired criteria that favour the choice over the runner-up, strongest first.'},
    criteria: {
      type: 'array',
      description: 'Every row of the matrix, whether it fired, and the points it gives each option.',
      items: criterionResult,
    },
    flipPoints: {
      type: 'array',
      description: 'Every fact the matrix tests (its criteria and its applicability), in matrix order, with the values at which the choice would change.',
      items: flipPoint,
    },
    summary: str,
    references: {type: 'array', items: reference},
  },
  'A recommendation: the choice, the runner-up, and the matrix rows and numbers behind them.',
))

// The decision matrices' fragments: a matrix's references, and a decision as
// the report and the diff publish it.
import {closed, nullable, num, record, ref, str, strOrNull, strings} from './shapes.mjs'
import {typed} from './typed.mjs'

export const reference = typed('matrices', 'Reference', closed({title: str, url: str}))

export const scoredOption = typed('matrices', 'ScoredOption', closed({id: str, label: str, technology: strOrNull, score: num}))

const criterionResult = typed('matrices', 'CriterionResult', closed({id: str, fired: {type: 'boolean'}, scores: record(num), reason: str, source: str}), {
  doc: 'How one criterion played in a decision: whether it fired, the points it gives each option, and its reason with the numbers filled in.',
})

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
    summary: str,
    references: {type: 'array', items: reference},
  },
  'A recommendation: the choice, the runner-up, and the matrix rows and numbers behind them.',
))

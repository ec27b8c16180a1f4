// Source of specs/rules.schema.json: data/rules.yaml, the review rules' severities
// and thresholds (the review layer's RuleData and RuleThreshold types), and the
// contradictions between decisions that the rule decision-contradiction looks for.

/** A decision a contradiction names: its matrix, and the choices that take part (any, when none are listed). */
const decisionMatcher = typed('review', 'DecisionMatcher', {
  type: 'object',
  additionalProperties: false,
  required: ['matrix'],
  properties: {
    matrix: {type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'The matrix id (data/matrices/<id>.yaml).'},
    choice: {type: 'array', items: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}, minItems: 1, description: 'Option ids that take part; omitted: any choice.'},
  },
}, {doc: 'A decision a contradiction names: a matrix, and the choices of it that take part (any, when `choice` is omitted).'})

const contradiction = typed('review', 'Contradiction', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'decisions', 'message', 'source'],
  properties: {
    id: {type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'},
    decisions: {type: 'array', items: decisionMatcher, minItems: 1, description: 'Decisions that cannot all hold: each matcher must match a decision of the report.'},
    sameSubject: {type: 'boolean', description: 'Whether the workload-level decisions matched must be about the same workload (a store and its concurrency control); system-level decisions match any.'},
    writing: {type: 'boolean', description: 'Whether the workload-level decisions matched must be about workloads that state writes (a store nothing writes to cannot take writes in the wrong place).'},
    unless: {type: 'array', items: decisionMatcher, minItems: 1, description: 'Decisions any one of which resolves the contradiction (a queue is consumed by fan-out workers).'},
    message: {type: 'string', description: 'Why the decisions contradict each other, after the decisions are named.'},
    source: {type: 'string', minLength: 1},
  },
}, {doc: 'Decisions that cannot all hold at once, as data: the rule decision-contradiction reports each set of decisions that matches, naming them.'})
import {unit} from './schema/quantity.mjs'
import {severity} from './schema/review.mjs'
import {typed} from './schema/typed.mjs'

export const rulesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/rules.schema.json',
  title: 'sizeup review rule data',
  description: 'Per rule id: the default severity and the sourced thresholds the rule compares against.',
  type: 'object',
  propertyNames: {pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'},
  additionalProperties: typed('review', 'RuleData', {
    type: 'object',
    additionalProperties: false,
    required: ['severity', 'thresholds'],
    properties: {
      severity: severity(),
      contradictions: {type: 'array', items: contradiction, description: 'For decision-contradiction: the decisions that cannot all hold.'},
      thresholds: {
        type: 'object',
        additionalProperties: typed('review', 'RuleThreshold', {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'unit', 'description', 'source'],
          properties: {value: {type: 'number'}, unit, description: {type: 'string'}, source: {type: 'string', minLength: 1}},
        }, {doc: 'A number a rule compares against, with its source (data/rules.yaml; overridable in sizeup.config.yaml).'}),
      },
    },
  }, {doc: "A rule's data, kept in data/rules.yaml: its default severity and its thresholds by name."}),
}

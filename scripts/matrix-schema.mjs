// Source of specs/matrix.schema.json: the shape of a decision matrix in data/matrices/
// (the matrices layer's Matrix type and its parts).
import {reference} from './schema/matrices.mjs'
import {unit} from './schema/quantity.mjs'
import {typed} from './schema/typed.mjs'

// One object with optional keys, so that a typo gets a plain "unknown key"
// error; src/matrices/types.ts declares it as the union of its forms.
const condition = typed('matrices', 'Condition', {
  title: 'Condition',
  description: 'A test on the facts: `{fact, is}`, `{fact, in}`, `{fact, above | atLeast | below}` (a number or a threshold name), or `all`, `any`, `not` of conditions.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    fact: {type: 'string', description: 'A fact name (see src/matrices/facts.ts).'},
    is: {type: ['string', 'number', 'boolean']},
    in: {type: 'array', items: {type: ['string', 'number']}, minItems: 1},
    above: {type: ['number', 'string']},
    atLeast: {type: ['number', 'string']},
    below: {type: ['number', 'string']},
    all: {type: 'array', items: {$ref: '#/definitions/condition'}, minItems: 1},
    any: {type: 'array', items: {$ref: '#/definitions/condition'}, minItems: 1},
    not: {$ref: '#/definitions/condition'},
  },
}, {handWritten: 'types.js'})


export const matrixSchema = typed('matrices', 'Matrix', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/matrix.schema.json',
  title: 'sizeup decision matrix',
  description: 'Options, the criteria that score them from facts, and the sourced thresholds the criteria compare against.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'question', 'subject', 'thresholds', 'options', 'criteria', 'default'],
  properties: {
    id: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'},
    title: {type: 'string'},
    question: {type: 'string'},
    subject: {type: 'string', enum: ['workload', 'system']},
    appliesWhen: {$ref: '#/definitions/condition'},
    thresholds: {
      type: 'object',
      additionalProperties: typed('matrices', 'Threshold', {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'unit', 'label', 'source'],
        properties: {value: {type: 'number'}, unit, label: {type: 'string'}, source: {type: 'string', minLength: 1}},
      }, {doc: 'A number the criteria compare facts with, in its unit, with its source.'}),
    },
    options: {
      type: 'array',
      minItems: 2,
      items: typed('matrices', 'MatrixOption', {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label', 'technology', 'summary', 'references'],
        properties: {
          id: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'},
          label: {type: 'string'},
          technology: {type: ['string', 'null']},
          summary: {type: 'string'},
          references: {type: 'array', items: reference},
        },
      }, {doc: 'An option a matrix may recommend: the product (`technology`: PostgreSQL, Redis, Kafka …) when it wins, or null for a pattern.'}),
    },
    criteria: {
      type: 'array',
      minItems: 1,
      items: typed('matrices', 'Criterion', {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'when', 'scores', 'reason', 'source'],
        properties: {
          id: {type: 'string', pattern: '^[a-z][a-z0-9-]*$'},
          when: {$ref: '#/definitions/condition'},
          scores: {type: 'object', additionalProperties: {type: 'number'}, minProperties: 1},
          reason: {type: 'string'},
          source: {type: 'string', minLength: 1},
        },
      }, {doc: 'A row of a matrix: when its condition holds, the points (`scores`) each option gains or loses, and why (`reason`, with `{fact}` and `{threshold}` placeholders filled from the numbers).'}),
    },
    default: {type: 'string'},
  },
  definitions: {condition},
}, {doc: 'A decision matrix, as kept in data/matrices/*.yaml: the options, the criteria that score them from facts, and the sourced thresholds those criteria compare against. `subject`: decided once per workload or once for the system; `default`: the option chosen when no criterion fires or all tie.'})

// Source of specs/rules.schema.json: data/rules.yaml, the review rules' severities
// and thresholds (the review layer's RuleData and RuleThreshold types).
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

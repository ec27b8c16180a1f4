// Source of specs/rules.schema.json: data/rules.yaml, the review rules' severities and thresholds.
const unit = {type: 'string', enum: ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count']}

export const rulesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/rules.schema.json',
  title: 'sizeup review rule data',
  description: 'Per rule id: the default severity and the sourced thresholds the rule compares against.',
  type: 'object',
  propertyNames: {pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'},
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['severity', 'thresholds'],
    properties: {
      severity: {type: 'string', enum: ['info', 'warn', 'error']},
      thresholds: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'unit', 'description', 'source'],
          properties: {value: {type: 'number'}, unit, description: {type: 'string'}, source: {type: 'string', minLength: 1}},
        },
      },
    },
  },
}

// Source of specs/check.schema.json: the contract of `sizeup check --format json`
// (src/render/check/json.ts).

const str = {type: 'string'}
const int = {type: 'integer', minimum: 0}
const severity = {type: 'string', enum: ['error', 'warn', 'info']}
/** An object whose every listed property is required and nothing else allowed. */
const closed = (properties, description) => ({type: 'object', ...(description ? {description} : {}), additionalProperties: false, required: Object.keys(properties), properties})

const finding = closed(
  {
    ruleId: {type: 'string', description: 'The rule (docs/rules.md), or `budget` for an exceeded budget.'},
    severity,
    message: str,
    hint: {type: 'string', description: 'How to fix it.'},
    file: {type: 'string', description: 'The file the finding is located in: the spec, or the configuration for a budget.'},
    line: {type: 'integer', minimum: 1},
    column: {type: 'integer', minimum: 1},
    path: {type: 'string', description: 'Dotted path of the value in that file (`workloads.posts.writes`, `budgets.0`).'},
    metrics: {type: 'array', items: str, description: 'Metric ids the message quotes.'},
    suppressed: {oneOf: [{type: 'null'}, closed({reason: str})], description: 'The suppression in the spec that accepts this finding, with its reason.'},
    fails: {type: 'boolean', description: 'Whether this finding fails the check: at or above the fail level and not suppressed.'},
  },
  'A review finding, or an exceeded budget.',
)

const budget = closed(
  {
    budget: {type: 'string', description: 'As written: `storage.total <= 10 PB`.'},
    metric: str,
    operator: {type: 'string', enum: ['<', '<=', '>', '>=']},
    limitText: {type: 'string', description: 'The limit as written.'},
    limit: {type: 'number', description: "The limit in the metric's unit."},
    value: {type: 'number', description: "The metric's value in its unit."},
    unit: {type: 'string', enum: ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count', 'USD']},
    display: {type: 'string', description: 'The value as a person reads it.'},
    passed: {type: 'boolean'},
    file: {type: 'string', description: 'The configuration file the budget is written in.'},
    line: {type: 'integer', minimum: 1},
    column: {type: 'integer', minimum: 1},
  },
  'A budget measured against a spec.',
)

export const checkSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/check.schema.json',
  title: 'sizeup check result',
  description: 'The output of `sizeup check --format json`: per spec, the review findings and the budgets, and whether the check passed.',
  ...closed({
    schemaVersion: {const: 1},
    tool: closed({name: {const: 'sizeup'}, version: str}),
    passed: {type: 'boolean', description: 'False when a finding (or an exceeded budget) reaches the fail level: exit code 1.'},
    summary: closed({
      files: int,
      errors: {...int, description: 'Findings not suppressed, by severity.'},
      warnings: int,
      infos: int,
      suppressed: int,
      failing: {...int, description: 'Findings that fail the check.'},
      budgets: int,
      budgetsExceeded: int,
      failOn: {type: 'array', items: severity, description: 'The fail levels in use.'},
      passed: {type: 'boolean'},
    }),
    files: {
      type: 'array',
      items: closed({
        file: {type: 'string', description: 'The spec as named on the command line (`<stdin>` for `-`).'},
        config: {type: ['string', 'null'], description: 'The configuration used, or null for the defaults.'},
        failOn: severity,
        passed: {type: 'boolean'},
        findings: {type: 'array', items: {$ref: '#/definitions/finding'}},
        budgets: {type: 'array', items: {$ref: '#/definitions/budget'}},
      }),
    },
  }),
  definitions: {finding, budget},
}

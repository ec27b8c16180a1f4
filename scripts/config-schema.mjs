// Source of specs/config.schema.json: sizeup.config.yaml, the project's
// settings for `sizeup check`. The schema checks the shape; src/config/
// checks the names (rule ids, threshold names) against the rules, the
// quantities and their dimensions, and the budget expressions, with
// did-you-mean hints. Metric ids in budgets are checked against each spec's
// metrics when the spec is checked. The marked fragments are the config
// layer's TypeScript types (ConfigDocument, Operator).
import {SEVERITIES as REVIEW_SEVERITIES} from './schema/review.mjs'
import {typed} from './schema/typed.mjs'

const SEVERITIES = ['off', ...REVIEW_SEVERITIES]
const FAIL_LEVELS = [...REVIEW_SEVERITIES].reverse()

/** A budget's comparison, its values in the order an output lists them. */
export const operator = (values) => typed('config', 'Operator', {type: 'string', enum: values}, {constant: 'OPERATORS'})

const ruleSetting = {
  title: 'Rule setting',
  description:
    "The severity of the rule's findings (`off` switches it off), or a mapping with `severity` and `thresholds`. `budget` is the rule of exceeded budgets.",
  type: ['string', 'object'],
  if: {type: 'string'},
  then: {type: 'string', enum: SEVERITIES},
  additionalProperties: false,
  minProperties: 1,
  properties: {
    severity: typed('review', 'SeveritySetting', {
      title: 'Severity',
      description: "`off`, `info`, `warn` or `error` (default: the rule's own, in docs/rules.md).",
      type: 'string',
      enum: SEVERITIES,
      examples: ['warn'],
    }, {doc: 'A configured severity: a rule can also be switched off.'}),
    thresholds: {
      title: 'Thresholds',
      description:
        "New values for the rule's thresholds, by name: a quantity with its unit (`8K/s`, `10 TB`, `500 ms`, `99.9%`), or a plain number in the threshold's unit. KB, MB … are decimal here (KiB, MiB … binary) and a day is 86,400 s.",
      type: 'object',
      minProperties: 1,
      additionalProperties: {type: ['string', 'number'], examples: ['8K/s']},
      examples: [{writeQpsPerPrimary: '8K/s'}],
    },
  },
  examples: ['warn', {severity: 'warn', thresholds: {writeQpsPerPrimary: '8K/s'}}],
}

export const configSchema = typed('config', 'ConfigDocument', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/config.schema.json',
  title: 'sizeup configuration (sizeup.config.yaml)',
  description:
    'Settings for `sizeup check`: rule severities and thresholds, budgets on the numbers of a design, and the level at which the check fails. sizeup finds the file next to the spec or in a parent directory (up to the repository root), or reads the file given with --config.',
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      title: 'Rules',
      description: 'Per rule id (see docs/rules.md): a severity, or `{severity, thresholds}`.',
      type: 'object',
      additionalProperties: ruleSetting,
      examples: [{'slo-unreachable': 'warn', 'relational-write-ceiling': {thresholds: {writeQpsPerPrimary: '8K/s'}}}],
    },
    budgets: {
      title: 'Budgets',
      description:
        'Limits on the numbers of a design, each `metric operator limit`: a metric id of `sizeup estimate --json` or of the report (`cost.monthly`, `cost.storage.monthly`, `cost.egress.monthly`, `cost.compute.monthly`, `nodes.total`), one of `<`, `<=`, `>`, `>=`, and a limit in the dimension of the metric. A budget the design breaks is a finding of the rule `budget`.',
      type: 'array',
      items: {
        title: 'Budget',
        description: '`metric operator limit`, e.g. `storage.total <= 10 PB`, `cost.monthly <= 50000 USD`, `qps.write.peak <= 20K`.',
        type: 'string',
        examples: ['storage.total <= 10 PB'],
      },
      examples: [['storage.total <= 10 PB', 'cost.monthly <= 50000 USD', 'qps.write.peak <= 20K']],
    },
    failOn: typed('review', 'Severity', {
      title: 'Fail level',
      description: 'The check fails (exit 1) when a finding not suppressed is at this severity or above. --fail-on overrides it.',
      type: 'string',
      enum: FAIL_LEVELS,
      default: 'error',
      examples: ['warn'],
    }),
  },
  examples: [{rules: {'slo-unreachable': 'warn'}, budgets: ['storage.total <= 10 PB'], failOn: 'error'}],
})

// Source of specs/check.schema.json: the contract of `sizeup check --format json`
// (src/render/check/json.ts). Findings are the review's, units the quantity
// layer's; budgets and the summary are the check layer's types, the document
// and its findings the renderer's.
import {operator} from './config-schema.mjs'
import {metricUnit} from './schema/quantity.mjs'
import {findingProperties, SEVERITIES, severity as severityOf} from './schema/review.mjs'
import {closed, count as int, position, str} from './schema/shapes.mjs'
import {typed} from './schema/typed.mjs'

// This output lists severities gravest first.
const severity = severityOf([...SEVERITIES].reverse())

const finding = typed('render', 'CheckJsonFinding', closed(
  {
    ...findingProperties({
      severities: severity.enum,
      described: {
        ruleId: 'The rule (docs/rules.md), or `budget` for an exceeded budget.',
        hint: 'How to fix it.',
        file: 'The file the finding is located in: the spec, or the configuration for a budget.',
        path: 'Dotted path of the value in that file (`workloads.posts.writes`, `budgets.0`).',
        metrics: 'Metric ids the message quotes.',
        suppressed: 'The suppression in the spec that accepts this finding, with its reason.',
      },
    }),
    fails: {type: 'boolean', description: 'Whether this finding fails the check: at or above the fail level and not suppressed.'},
  },
  'A review finding, or an exceeded budget.',
))

const budget = typed('check', 'BudgetResult', closed(
  {
    budget: {type: 'string', description: 'As written: `storage.total <= 10 PB`.'},
    metric: str,
    operator: operator(['<', '<=', '>', '>=']),
    limitText: {type: 'string', description: 'The limit as written.'},
    limit: {type: 'number', description: "The limit in the metric's unit."},
    value: {type: 'number', description: "The metric's value in its unit."},
    unit: metricUnit(),
    display: {type: 'string', description: 'The value as a person reads it.'},
    passed: {type: 'boolean'},
    file: {type: 'string', description: 'The configuration file the budget is written in.'},
    line: position,
    column: position,
  },
  'A budget measured against a spec.',
))

export const checkSchema = typed('render', 'CheckJson', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/check.schema.json',
  title: 'sizeup check result',
  description: 'The output of `sizeup check --format json`: per spec, the review findings and the budgets, and whether the check passed.',
  ...closed({
    schemaVersion: {const: 1},
    tool: closed({name: {const: 'sizeup'}, version: str}),
    passed: {type: 'boolean', description: 'False when a finding (or an exceeded budget) reaches the fail level: exit code 1.'},
    summary: typed('check', 'CheckSummary', closed({
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
    })),
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
})

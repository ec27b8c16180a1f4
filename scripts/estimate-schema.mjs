// Source of specs/estimate.schema.json: the contract of `sizeup estimate --json`.
// The engine's parts (metrics, checks, uncertainty) are scripts/schema/engine.mjs;
// what this adds (the file, the conventions in force, the scenarios) is the
// analysis layer's, as the TypeScript types generated from the marks say.
import {check, engineDefinitions, uncertainty} from './schema/engine.mjs'
import {outcomes} from './schema/outcomes.mjs'
import {closed, ref} from './schema/shapes.mjs'
import {typed} from './schema/typed.mjs'

/** Where a convention's value came from. */
export const conventionSource = {type: 'string', enum: ['default', 'spec']}

export const conventionEntry = typed('analysis', 'ConventionEntry', closed({
  name: {type: 'string'},
  label: {type: 'string'},
  value: {type: ['number', 'string']},
  display: {type: 'string'},
  source: conventionSource,
  path: {type: 'string'},
}), {doc: 'A convention in force, how it reads (`display`), whether the spec or the default set it, and the spec path that sets it; `value` is in base units, a string for a named choice.'})

const scenarioSummary = typed('analysis', 'ScenarioSummary', closed({name: {type: 'string'}, metrics: {type: 'object', additionalProperties: {type: 'number'}}}), {doc: "One scenario's figures: every metric's value (base units) by metric id, as `--scenario` estimates it."})

export const estimateSchema = typed('analysis', 'EstimateReport', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/estimate.schema.json',
  title: 'sizeup estimate result',
  description: 'What `sizeup estimate --json` prints: every input, convention and derived metric with its formula, and the verdicts.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'file', 'name', 'description', 'workloads', 'horizonYears', 'conventions', 'metrics', 'checks', 'uncertainty', 'scenarios'],
  properties: {
    schemaVersion: {const: 1},
    file: {type: 'string', description: 'The spec file as named on the command line (`<stdin>` for standard input).'},
    name: {type: 'string'},
    description: {type: ['string', 'null']},
    workloads: {type: 'array', items: {type: 'string'}},
    horizonYears: {type: 'integer', minimum: 1},
    conventions: {type: 'array', items: conventionEntry},
    metrics: {type: 'object', additionalProperties: ref('metric')},
    uncertainty: {
      description: 'Monte Carlo results when the spec has ranges; null when every input is exact.',
      oneOf: [{type: 'null'}, uncertainty],
    },
    scenarios: {
      type: 'array',
      description: "The spec's scenarios estimated side by side: every metric's value by metric id (the tables show the headline ones).",
      items: scenarioSummary,
    },
    checks: {type: 'array', items: check},
    // Optional: only a spec with ranges has sampled worlds to decide in.
    outcomes,
  },
  definitions: engineDefinitions,
})

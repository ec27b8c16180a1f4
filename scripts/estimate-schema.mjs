// Source of specs/estimate.schema.json: the contract of `sizeup estimate --json`.
const unit = {type: 'string', enum: ['users', 'req', 'req/s', 'B', 'B/s', 's', 'days', 'years', 'ratio', 'x', 'count']}

const metric = {
  title: 'Metric',
  description: 'A named number: an input from the spec, a convention, or a metric derived by a formula from other nodes.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'label', 'value', 'unit', 'formula', 'inputs', 'conventions', 'source'],
  properties: {
    id: {type: 'string', description: 'Stable id, e.g. `qps.write.peak` or `workload.posts.storage.total`.'},
    kind: {type: 'string', enum: ['input', 'convention', 'metric']},
    label: {type: 'string'},
    value: {type: 'number', description: 'The value in base units (requests, bytes, seconds, fractions).'},
    unit,
    formula: {type: ['string', 'null'], description: 'The formula in terms of the input symbols; null for inputs and conventions.'},
    inputs: {type: 'object', description: 'Formula symbol → id of the node it stands for.', additionalProperties: {type: 'string'}},
    conventions: {type: 'array', items: {type: 'string'}, description: 'Conventions this value depends on, directly or through its inputs.'},
    source: {type: ['string', 'null'], description: 'Spec path an input came from.'},
  },
}

const band = {
  type: 'object',
  additionalProperties: false,
  required: ['mean', 'p5', 'p50', 'p95'],
  properties: {mean: {type: 'number'}, p5: {type: 'number'}, p50: {type: 'number'}, p95: {type: 'number'}},
}

const swing = {
  type: 'object',
  additionalProperties: false,
  required: ['input', 'atLow', 'atHigh', 'swing'],
  properties: {input: {type: 'string'}, atLow: {type: 'number'}, atHigh: {type: 'number'}, swing: {type: 'number'}},
}

export const estimateSchema = {
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
    conventions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'label', 'value', 'display', 'source', 'path'],
        properties: {
          name: {type: 'string'},
          label: {type: 'string'},
          value: {type: ['number', 'string']},
          display: {type: 'string'},
          source: {type: 'string', enum: ['default', 'spec']},
          path: {type: 'string'},
        },
      },
    },
    metrics: {type: 'object', additionalProperties: {$ref: '#/definitions/metric'}},
    uncertainty: {
      description: 'Monte Carlo results when the spec has ranges; null when every input is exact.',
      oneOf: [
        {type: 'null'},
        {
          type: 'object',
          additionalProperties: false,
          required: ['samples', 'bands', 'sensitivity'],
          properties: {
            samples: {type: 'integer', minimum: 1},
            bands: {type: 'object', description: 'Metric id → its spread over the samples.', additionalProperties: {$ref: '#/definitions/band'}},
            sensitivity: {
              type: 'object',
              description: 'Headline metric id → the uncertain inputs ranked by how far they move it (each swung p5 → p95, the others at their medians).',
              additionalProperties: {type: 'array', items: {$ref: '#/definitions/swing'}},
            },
          },
        },
      ],
    },
    scenarios: {
      type: 'array',
      description: "The spec's scenarios estimated side by side: headline values by metric id.",
      items: {type: 'object', additionalProperties: false, required: ['name', 'metrics'], properties: {name: {type: 'string'}, metrics: {type: 'object', additionalProperties: {type: 'number'}}}},
    },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'pass', 'message', 'metrics'],
        properties: {id: {type: 'string'}, pass: {type: 'boolean'}, message: {type: 'string'}, metrics: {type: 'array', items: {type: 'string'}}},
      },
    },
  },
  definitions: {metric, band, swing},
}

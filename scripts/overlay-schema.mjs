// Source of specs/overlay.schema.json: an organisation's overlay on sizeup's
// knowledge. The schema checks the shape; src/overlay/check.ts checks the
// names (matrix ids, option ids, technologies, figures, price keys) against
// the shipped data, with did-you-mean hints. The overlay layer's
// OverlayDocument type is generated from it.
import {typed} from './schema/typed.mjs'

const QUANTITY = {
  description: 'The number: a plain number in base units (requests per second, bytes, bytes per second), or a quantity such as `12K/s`, `10 TB` or `200 MB/s`.',
  type: ['number', 'string'],
}
const USD = {description: 'The price in US dollars, per the unit of the key it replaces (GB-month, GB, machine hour).', type: 'number', minimum: 0}

const sourced = (title, description, example, value = QUANTITY) => ({
  title,
  description,
  type: 'object',
  additionalProperties: false,
  required: ['value', 'source'],
  examples: [example],
  properties: {
    value: {
      title: 'Value',
      ...value,
      examples: [example.value],
    },
    source: {
      title: 'Source',
      description: 'Where the number comes from: a benchmark, a contract, a measurement. Reports quote it next to the number.',
      type: 'string',
      examples: [example.source],
    },
    note: {title: 'Note', description: 'Conditions of the measurement, or why this number and not another.', type: 'string', examples: ['p99 under 20 ms at this rate']},
  },
})

const technologyList = {
  title: 'Technologies',
  description: 'The only products the organisation runs, named as the matrices name them. Every matrix whose options name technologies is limited to the options naming one of these (options that are patterns, with no technology, stay).',
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: {type: 'string'},
  examples: [['PostgreSQL', 'Redis', 'Kafka']],
}

const matrixOverlay = {
  title: 'Matrix overlay',
  description: 'What the organisation changes in one decision matrix.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  examples: [{allow: ['relational', 'object-storage'], weights: {relational: 2}}],
  properties: {
    allow: {
      title: 'Allowed options',
      description: 'The option ids this matrix may choose from; the others are never recommended.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {type: 'string'},
      examples: [['relational', 'object-storage']],
    },
    weights: {
      title: 'Weights',
      description: 'Extra points per option id, added to what the criteria give it (negative to discourage).',
      type: 'object',
      minProperties: 1,
      additionalProperties: {type: 'number', minimum: -100, maximum: 100, examples: [2]},
      examples: [{relational: 2, document: -1}],
    },
    thresholds: {
      title: 'Thresholds',
      description: "New values for the matrix's thresholds, by name, each with its source.",
      type: 'object',
      minProperties: 1,
      additionalProperties: sourced('Threshold', 'A threshold the matrix criteria compare facts with.', {value: '20 TB', source: 'our largest primary runs 20 TB comfortably'}),
      examples: [{relationalPrimaryBytes: {value: '20 TB', source: 'our largest primary runs 20 TB comfortably'}}],
    },
  },
}

export const overlaySchema = typed('overlay', 'OverlayDocument', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/overlay.schema.json',
  title: 'sizeup organisation overlay',
  description: "An organisation's own knowledge over sizeup's: approved technologies, preferred options, thresholds, per-node capacities and prices.",
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: {title: 'Name', description: 'Whose standards these are.', type: 'string', examples: ['Acme platform standards']},
    description: {title: 'Description', description: 'What the overlay is for.', type: 'string', examples: ['The technologies our platform team operates.']},
    technologies: technologyList,
    matrices: {
      title: 'Matrices',
      description: 'Per decision matrix (by id: `datastore`, …): allowed options, weights, thresholds.',
      type: 'object',
      minProperties: 1,
      additionalProperties: matrixOverlay,
      examples: [{datastore: {weights: {relational: 2}}}],
    },
    capacities: {
      title: 'Capacities',
      description: 'Per technology, per-node figures that replace the reference ones (data/capacities.yaml), each with its source.',
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        type: 'object',
        minProperties: 1,
        additionalProperties: sourced('Figure', 'A per-node figure, by name (`writesPerNode`, `memoryPerNode`, …).', {value: '12K/s', source: 'pgbench on our db.r6g.4xlarge, 2026-03'}),
      },
      examples: [{PostgreSQL: {writesPerNode: {value: '12K/s', source: 'pgbench on our db.r6g.4xlarge, 2026-03'}}}],
    },
    prices: {
      title: 'Prices',
      description: 'Unit prices in USD that replace the catalog ones (data/prices.yaml), by key (`storage.object`, `egress.cdn`, `compute.m6i.xlarge`, …), each with its source.',
      type: 'object',
      minProperties: 1,
      additionalProperties: sourced('Price', 'A unit price in USD.', {value: 0.02, source: 'our CloudFront contract, 2026'}, USD),
      examples: [{'egress.cdn': {value: 0.02, source: 'our CloudFront contract, 2026'}}],
    },
  },
})

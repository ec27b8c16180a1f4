// The engine's fragments of the output schemas: named numbers, verdicts and
// Monte Carlo results, as `estimate --json` and `report --json` print them.
import {unit} from './quantity.mjs'
import {closed, ref} from './shapes.mjs'
import {typed} from './typed.mjs'

export const metric = typed('engine', 'MetricNode', {
  title: 'Metric',
  description: 'A named number: an input from the spec, a convention, or a metric derived by a formula from other nodes.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'label', 'value', 'unit', 'formula', 'inputs', 'conventions', 'source'],
  properties: {
    id: {type: 'string', description: 'Stable id, e.g. `qps.write.peak` or `workload.posts.storage.total`.'},
    kind: typed('engine', 'NodeKind', {type: 'string', enum: ['input', 'convention', 'metric']}),
    label: {type: 'string'},
    value: {type: 'number', description: 'The value in base units (requests, bytes, seconds, fractions).'},
    unit,
    formula: {type: ['string', 'null'], description: 'The formula in terms of the input symbols; null for inputs and conventions.'},
    inputs: {type: 'object', description: 'Formula symbol → id of the node it stands for.', additionalProperties: {type: 'string'}},
    conventions: {type: 'array', items: {type: 'string'}, description: 'Conventions this value depends on, directly or through its inputs.'},
    source: {type: ['string', 'null'], description: 'Spec path an input came from; for a figure of the knowledge the scaling plan reads (`figure.<technology>.<name>`, in report --json), the source it cites.'},
  },
})

const stats = (names) => Object.fromEntries(names.map((n) => [n, {type: 'number'}]))

export const band = typed('engine', 'Band', closed(stats(['mean', 'p5', 'p50', 'p95'])), {doc: "A metric's spread over the Monte Carlo samples."})

/** Optional: present when the samples were enough to read it (src/engine/sobol.ts). */
const firstOrder = {type: 'number', minimum: 0, maximum: 1, description: 'The first-order (Sobol\') index of the input for the metric: the share of the metric\'s variance over the samples that knowing this input alone removes, Var(E[metric | input]) ÷ Var(metric), by binned conditional means on the Monte Carlo\'s own samples (at most 10,000). Inputs are ranked by it; a product\'s indices sum to less than 1 (the rest is interaction), correlated inputs share their common part.'}

const swingShape = closed({input: {type: 'string'}, ...stats(['atLow', 'atHigh', 'swing'])})
export const swing = typed('engine', 'Swing', {...swingShape, properties: {...swingShape.properties, firstOrder}}, {
  doc: 'How far one uncertain input (`input`) moves a metric when swung from its p5 (`atLow`) to its p95 (`atHigh`), the others at their medians; `swing` is |atHigh − atLow|; `firstOrder` its share of the metric\'s variance.',
})

const correlation = typed('engine', 'InputCorrelation', closed({
  between: {type: 'array', items: {type: 'string'}, minItems: 2, maxItems: 2, description: 'The spec paths of the two ranged fields.'},
  rank: {type: 'number', description: 'The rank (Spearman) correlation the spec states.'},
  achieved: {type: 'number', description: 'The rank correlation of their samples after the reordering (Iman–Conover).'},
}), {doc: 'Two ranged inputs the spec correlates (`correlations:`), and how closely their samples follow it.'})

export const check = typed('engine', 'Check', closed({id: {type: 'string'}, pass: {type: 'boolean'}, message: {type: 'string'}, metrics: {type: 'array', items: {type: 'string'}}}), {
  doc: 'A pass/fail verdict the engine can state from the numbers alone; `metrics` are the metric ids it compares.',
})

const uncertaintyShape = closed({
  samples: {type: 'integer', minimum: 1},
  bands: {type: 'object', description: 'Metric id → its spread over the samples.', additionalProperties: ref('band')},
  sensitivity: {
    type: 'object',
    description: 'Headline metric id → the uncertain inputs ranked by their first-order index (their share of its variance), each with how far it moves the metric swung p5 → p95, the others at their medians.',
    additionalProperties: {type: 'array', items: ref('swing')},
  },
})
export const uncertainty = typed('engine', 'Uncertainty', {...uncertaintyShape, properties: {...uncertaintyShape.properties, correlations: {type: 'array', description: 'The rank correlations the spec declares between ranged inputs; absent when it declares none.', items: correlation}}}, {doc: 'The Monte Carlo bands of every metric that depends on a range in the spec, and the sensitivity of the headline metrics.'})

/** The definitions the fragments above refer to by `$ref`. */
export const engineDefinitions = {metric, band, swing}

// Source of specs/report.schema.json: the contract of `sizeup report --json`.
// The estimate's parts (metrics, conventions, checks) are those of
// scripts/estimate-schema.mjs; this adds what a design report carries on top.
import {estimateSchema} from './estimate-schema.mjs'

const str = {type: 'string'}
const num = {type: 'number'}
const strOrNull = {type: ['string', 'null']}
const numOrNull = {type: ['number', 'null']}
const boolOrNull = {type: ['boolean', 'null']}
const strings = {type: 'array', items: str}
const record = (values) => ({type: 'object', additionalProperties: values})
/** An object whose every listed property is required and nothing else allowed. */
const closed = (properties, description) => ({type: 'object', ...(description ? {description} : {}), additionalProperties: false, required: Object.keys(properties), properties})
const ref = (name) => ({$ref: `#/definitions/${name}`})
const nullable = (name) => ({oneOf: [{type: 'null'}, ref(name)]})

const rate = {oneOf: [{type: 'null'}, closed({basis: {type: 'string', enum: ['perUserPerDay', 'perUserPerMonth', 'perSecond', 'perDay', 'perMonth']}, amount: num})]}

const workloadRequirement = closed(
  {
    name: str,
    description: strOrNull,
    writes: rate,
    reads: rate,
    existingRecords: numOrNull,
    retentionSeconds: {type: ['number', 'null'], description: 'Seconds data is kept; null means forever.'},
    access: {type: ['string', 'null'], enum: ['point', 'range', 'timeline', 'traversal', 'search', 'blob', 'timeseries', null]},
    transactions: boolOrNull,
    relationships: boolOrNull,
    ordering: boolOrNull,
    fanout: {oneOf: [{type: 'null'}, closed({averageFollowers: num, maxFollowers: numOrNull})]},
  },
  'What one workload must do, as the spec states it; null where the spec says nothing.',
)

const requirements = closed(
  {
    users: closed({mau: num, dau: num}),
    slo: closed({
      availability: numOrNull,
      latencySeconds: {...record(num), description: 'Latency targets in seconds by percentile (p50, p99 …).'},
      consistency: {type: ['string', 'null'], enum: ['strong', 'eventual', null]},
      durability: numOrNull,
    }),
    workloads: {type: 'array', items: ref('workloadRequirement')},
  },
  'The functional (workloads) and non-functional (users, SLO) requirements of the spec, in base units.',
)

const scoredOption = closed({id: str, label: str, technology: strOrNull, score: num})

const decision = closed(
  {
    id: {type: 'string', description: '`datastore.posts` for a workload decision, `queue` for a system one.'},
    matrix: str,
    title: str,
    question: str,
    subject: {type: ['string', 'null'], description: 'The workload decided for, or null.'},
    choice: ref('scoredOption'),
    runnerUp: nullable('scoredOption'),
    reasons: {...strings, description: 'The fired criteria that favour the choice over the runner-up, strongest first.'},
    criteria: {
      type: 'array',
      description: 'Every row of the matrix, whether it fired, and the points it gives each option.',
      items: closed({id: str, fired: {type: 'boolean'}, scores: record(num), reason: str, source: str}),
    },
    summary: str,
    references: {type: 'array', items: closed({title: str, url: str})},
  },
  'A recommendation: the choice, the runner-up, and the matrix rows and numbers behind them.',
)

const nodePlan = closed({
  component: str,
  workload: strOrNull,
  technology: str,
  role: str,
  nodes: {type: 'integer', minimum: 0},
  shards: {type: 'integer', minimum: 0},
  shardKey: strOrNull,
  basis: strings,
  capacities: {type: 'array', items: closed({key: str, value: num, unit: str, source: str})},
  nodeClass: strOrNull,
  sized: {type: 'boolean', description: 'False when the catalog has no reference capacity for the technology.'},
  storage: {
    oneOf: [
      {type: 'null'},
      closed({medium: {type: 'string', enum: ['block', 'object', 'managed']}, logicalBytes: num, copies: num, from: {type: 'string', description: 'Metric the logical bytes come from.'}}),
    ],
  },
})

const plan = closed(
  {items: {type: 'array', items: ref('nodePlan')}, totalNodes: {type: 'integer', minimum: 0}, targetUtilization: {type: 'number', description: 'Share of each node planned for at peak.'}},
  'How many machines each chosen technology needs, and why.',
)

const category = {type: 'string', enum: ['storage', 'egress', 'compute']}
const costLine = closed({component: str, category, description: str, quantity: num, quantityUnit: str, unitPriceUsd: num, monthlyUsd: num, priceKey: str, source: str})

const cost = closed(
  {
    currency: {const: 'USD'},
    pricesAsOf: {type: 'string', description: 'Date of the price catalog used.'},
    lines: {type: 'array', items: ref('costLine')},
    byCategory: closed({storage: num, egress: num, compute: num}),
    byComponent: record(num),
    totalMonthlyUsd: num,
    region: {type: 'string', description: 'Region the prices are for.'},
    hoursPerMonth: {type: 'number', description: 'Hours in the billed month (machine hours).'},
    secondsPerMonth: {type: 'number', description: "Seconds in the spec's month (traffic volume: egress)."},
    unpriced: {type: 'array', items: closed({component: str, technology: strOrNull, reason: str})},
    notes: strings,
  },
  'The monthly bill: quantities times sourced unit prices.',
)

const finding = closed(
  {
    ruleId: {type: 'string', description: 'The review rule (docs/rules.md).'},
    severity: {type: 'string', enum: ['error', 'warn', 'info'], description: 'After the configuration (sizeup.config.yaml) the analysis ran with.'},
    message: str,
    hint: {type: 'string', description: 'How to fix it.'},
    file: {type: 'string', description: 'The spec the finding is located in.'},
    line: {type: 'integer', minimum: 1},
    column: {type: 'integer', minimum: 1},
    path: {type: 'string', description: 'Dotted path of the value in the spec that causes it (`workloads.posts.writes`).'},
    metrics: {...strings, description: 'Metric ids the message quotes.'},
    suppressed: {oneOf: [{type: 'null'}, closed({reason: str})], description: 'The suppression in the spec that accepts this finding, with its reason; a suppressed finding never fails a check.'},
  },
  'A finding of the design review, located at the spec value that causes it.',
)

const risk = {
  description: 'What a reviewer should look at first: a failed check, a decision won by a small margin, or a fact a matrix reads that the spec does not state.',
  oneOf: [
    closed({kind: {const: 'failed-check'}, check: str, message: str, metrics: strings}),
    closed({kind: {const: 'close-call'}, decision: str, choice: str, runnerUp: str, marginPoints: num}),
    closed({kind: {const: 'unstated-fact'}, fact: str, path: strOrNull, decisions: strings}),
  ],
}

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/report.schema.json',
  title: 'sizeup design report',
  description: 'What `sizeup report --json` prints: the estimate (every metric with its derivation), the requirements, the decisions with their matrix rows, the scaling plan and monthly cost (null until computed), the design review\'s findings, the risks, and what the analysis could not do as asked.',
  type: 'object',
  additionalProperties: false,
  required: [...estimateSchema.required, 'requirements', 'decisions', 'plan', 'cost', 'findings', 'risks', 'warnings'],
  properties: {
    ...estimateSchema.properties,
    requirements,
    decisions: {type: 'array', items: ref('decision')},
    plan: nullable('plan'),
    cost: nullable('cost'),
    findings: {type: 'array', description: 'Every finding of the review rules in position order, suppressed ones included (with their reasons).', items: ref('finding')},
    risks: {type: 'array', items: risk},
    warnings: {...strings, description: 'What the analysis could not do as asked, in words: an overlay restriction it had to drop.'},
  },
  definitions: {...estimateSchema.definitions, workloadRequirement, scoredOption, decision, nodePlan, plan, costLine, cost, finding},
}

// Source of specs/report.schema.json: the contract of `sizeup report --json`.
// The estimate's parts are those of scripts/estimate-schema.mjs; the
// decisions, plan and cost are the fragments of their layers
// (scripts/schema/); this adds the requirements and the risks, the analysis
// layer's, and composes the whole. A new report field is one entry in
// `additions` below.
import {estimateSchema} from './estimate-schema.mjs'
import {cost, costLine} from './schema/cost.mjs'
import {decision, scoredOption} from './schema/matrices.mjs'
import {outcomes} from './schema/outcomes.mjs'
import {nodePlan, plan} from './schema/plan.mjs'
import {finding as findingOf} from './schema/review.mjs'
import {boolOrNull, closed, nullable, num, numOrNull, record, ref, str, strOrNull, strings} from './schema/shapes.mjs'
import {typed} from './schema/typed.mjs'
import {accessOrNull, consistencyOrNull, rateBasis} from './spec-schema.mjs'
import {connectionsRequirement, queryRequirements} from './schema/spec-query-facts.mjs'

const statedRate = typed('analysis', 'StatedRate', closed({basis: rateBasis, amount: num}), {doc: 'A rate as the spec states it: `2` `perUserPerDay`.'})

const workloadRequirement = typed('analysis', 'WorkloadRequirement', closed(
  {
    name: str,
    description: strOrNull,
    writes: nullable(statedRate),
    reads: nullable(statedRate),
    existingRecords: numOrNull,
    retentionSeconds: {type: ['number', 'null'], description: 'Seconds data is kept; null means forever.'},
    access: accessOrNull,
    transactions: boolOrNull,
    relationships: boolOrNull,
    ordering: boolOrNull,
    fanout: nullable(closed({averageFollowers: num, maxFollowers: numOrNull})),
    queries: queryRequirements,
  },
  'What one workload must do, as the spec states it; null where the spec says nothing.',
))

const requirements = typed('analysis', 'Requirements', closed(
  {
    users: closed({mau: {type: ['number', 'null'], description: 'Monthly active users; null when the spec does not say.'}, dau: {type: ['number', 'null'], description: 'Daily active users; null when the spec does not say.'}}),
    slo: closed({
      availability: numOrNull,
      latencySeconds: {...record(num), description: 'Latency targets in seconds by percentile (p50, p99 …).'},
      consistency: consistencyOrNull,
      durability: numOrNull,
    }),
    workloads: {type: 'array', items: ref('workloadRequirement')},
    connections: connectionsRequirement,
  },
  'The functional (workloads) and non-functional (users, SLO) requirements of the spec, in base units.',
))

const risk = typed('analysis', 'Risk', {
  description: 'What a reviewer should look at first: a failed check, a decision won by a small margin, or a fact a matrix reads that the spec does not state.',
  oneOf: [
    closed({kind: {const: 'failed-check'}, check: str, message: str, metrics: strings}),
    closed({kind: {const: 'close-call'}, decision: str, choice: str, runnerUp: str, marginPoints: num}),
    closed({kind: {const: 'unstated-fact'}, fact: str, path: strOrNull, decisions: strings}),
  ],
})

// The report lists severities gravest first, as `check` does.
const finding = findingOf('A finding of the design review, located at the spec value that causes it.', {
  severities: ['error', 'warn', 'info'],
  described: {
    ruleId: 'The review rule (docs/rules.md).',
    severity: 'After the configuration (sizeup.config.yaml) the analysis ran with.',
    hint: 'How to fix it.',
    file: 'The spec the finding is located in.',
    path: 'Dotted path of the value in the spec that causes it (`workloads.posts.writes`).',
    metrics: 'Metric ids the message quotes.',
    suppressed: 'The suppression in the spec that accepts this finding, with its reason; a suppressed finding never fails a check.',
  },
})

/** What a design report carries on top of the estimate, in the order it is printed. */
const additions = {
  requirements,
  decisions: {type: 'array', items: ref('decision')},
  plan: nullable(ref('plan')),
  cost: nullable(ref('cost')),
  findings: {type: 'array', description: 'Every finding of the review rules in position order, suppressed ones included (with their reasons).', items: ref('finding')},
  risks: {type: 'array', items: risk},
  warnings: {...strings, description: 'What the analysis could not do as asked, in words: an overlay restriction it had to drop.'},
}

export const reportSchema = typed('analysis', 'DesignReport', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/report.schema.json',
  title: 'sizeup design report',
  description: 'What `sizeup report --json` prints: the estimate (every metric with its derivation), the requirements, the decisions with their matrix rows, the scaling plan and monthly cost (null until computed), the design review\'s findings, the risks, and what the analysis could not do as asked.',
  type: 'object',
  additionalProperties: false,
  required: [...estimateSchema.required, ...Object.keys(additions)],
  // Optional: only a spec with ranges has sampled worlds to decide in.
  properties: {...estimateSchema.properties, ...additions, outcomes},
  definitions: {...estimateSchema.definitions, workloadRequirement, scoredOption, decision, nodePlan, plan, costLine, cost, finding},
}, {extends: estimateSchema})

// Source of specs/diff.schema.json: the contract of `sizeup diff --format json`.
// Decisions, findings, conventions and units are the fragments of the layers
// that own them; the marks name the diff layer's own TypeScript types.
import {conventionEntry} from './estimate-schema.mjs'
import {decisionId, decisionSubject, scoredOption} from './schema/matrices.mjs'
import {metricUnit} from './schema/quantity.mjs'
import {finding as reviewFinding, findingProperties} from './schema/review.mjs'
import {closed, count, nullable, numOrNull, ref, str, strings} from './schema/shapes.mjs'
import {typed} from './schema/typed.mjs'
import {BYTE_UNITS} from './spec-schema.mjs'

const unit = metricUnit("The metric's base unit; USD for the monthly cost.")

const version = closed({file: {type: 'string', description: 'The spec as named on the command line (`<stdin>` for standard input).'}, name: str})

const metricDelta = typed('diff', 'MetricDelta', closed(
  {
    id: {type: 'string', description: 'Metric id: those of `sizeup estimate --json` (derived metrics and `input.*`; conventions are compared under `conventions`), plus `cost.monthly`, `cost.{storage,egress,compute}.monthly`, `cost.component.<component>.monthly`, `nodes.total` and `nodes.component.<component>`.'},
    label: str,
    unit,
    status: {type: 'string', enum: ['changed', 'unchanged', 'added', 'removed'], description: '`added`: only head has the metric; `removed`: only base.'},
    headline: {type: 'boolean', description: 'One of the figures listed first: peak QPS, storage kept and per day, peak bandwidth, cache memory, the availability budget, monthly cost, machines.'},
    base: {...numOrNull, description: 'Value in base units; null when base does not have the metric.'},
    head: {...numOrNull, description: 'Value in base units; null when head does not have the metric.'},
    delta: {...numOrNull, description: 'head − base in base units; null when the metric is in one version only.'},
    relative: {...numOrNull, description: '(head − base) ÷ |base| as a fraction (0.2 = +20 %); null when the metric is in one version only, or base is 0 and head is not.'},
  },
  'How one metric moved from base to head.',
))

const decisionSide = typed('diff', 'DecisionSide', closed({choice: ref('scoredOption'), runnerUp: nullable(ref('scoredOption'))}), {doc: 'A choice and its runner-up, as one version decided.'})

const decisionChange = typed('diff', 'DecisionChange', closed(
  {
    id: decisionId,
    title: str,
    subject: decisionSubject,
    status: {type: 'string', enum: ['changed', 'added', 'removed'], description: '`changed`: the choice or the runner-up differs; `added`/`removed`: only head/base asks this decision.'},
    base: nullable(ref('decisionSide')),
    head: nullable(ref('decisionSide')),
    reasons: {...strings, description: "The new decision's reasons (head's; base's for a removed decision), strongest first."},
  },
  'A decision whose choice or runner-up changed, or that one version only asks.',
))

const describedFinding = {described: {path: 'Dotted spec path of the value that causes the finding.'}}
const finding = reviewFinding('A review finding, located in the version it comes from.', describedFinding)
const resolvedFinding = typed('diff', 'ResolvedFinding', closed(
  {...findingProperties(describedFinding), resolvedBy: {type: 'string', enum: ['change', 'suppression'], description: '`suppression`: head still has the finding but its `suppress:` accepts it.'}},
  'A finding of base that head no longer has, located in base.',
))

// A convention as the report lists it, less the spec path.
const {path, ...conventionProperties} = conventionEntry.properties
const convention = typed('diff', 'SideConvention', closed(conventionProperties), {doc: 'A convention in force in one version.'})

const threshold = typed('diff', 'ThresholdResult', closed(
  {
    expression: {type: 'string', description: 'The --fail-on expression as given.'},
    metric: str,
    operator: {type: 'string', enum: ['>', '>=', '<', '<=']},
    relative: {type: 'boolean', description: 'True for a percentage, compared with (head − base) ÷ |base|.'},
    value: {type: 'number', description: "The threshold in the metric's base unit, or a fraction when relative."},
    unit: {oneOf: [{type: 'null'}, unit], description: "The metric's unit; null for a count (findings.added …)."},
    actual: {...numOrNull, description: 'The change compared (or the count); null when it cannot be measured: the metric is in one version only, or a relative change from 0.'},
    holds: {type: 'boolean', description: 'True when the threshold holds; any that holds makes the exit code 1.'},
  },
  'A --fail-on threshold and whether it holds.',
))

export const diffSchema = typed('diff', 'DiffDocument', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/diff.schema.json',
  title: 'sizeup diff',
  description: 'What `sizeup diff --format json` prints: how two versions of a system spec differ (metrics, decisions, findings, conventions, workloads) and whether each --fail-on threshold holds.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'base', 'head', 'byteUnits', 'config', 'summary', 'allMetrics', 'metrics', 'decisions', 'findings', 'conventions', 'workloads', 'thresholds'],
  properties: {
    schemaVersion: {const: 1},
    base: version,
    head: version,
    byteUnits: typed('spec', 'ByteUnits', {type: 'string', enum: BYTE_UNITS, description: "Head's byte convention (the one the text and Markdown formats print sizes in)."}),
    config: {type: ['string', 'null'], description: 'The sizeup.config.yaml whose rule settings (severities, thresholds) reviewed both versions, or null for the defaults.'},
    summary: typed('diff', 'DiffSummary', closed({
      metrics: closed({changed: count, added: count, removed: count, unchanged: count}),
      decisions: closed({changed: count, added: count, removed: count}),
      findings: closed({added: count, resolved: count, unchanged: count}),
      conventions: closed({changed: count}),
      workloads: closed({added: count, removed: count}),
    })),
    allMetrics: {type: 'boolean', description: 'True with --all: `metrics` lists unchanged metrics too; otherwise they are only counted in the summary.'},
    metrics: {type: 'array', items: ref('metricDelta'), description: 'Headline metrics first, then system-wide, cost and machines, per workload, spec inputs and calendar metrics, each in natural id order.'},
    decisions: {type: 'array', items: ref('decisionChange'), description: "In head's order, then those only base asks."},
    findings: typed('diff', 'FindingChanges', closed({added: {type: 'array', items: ref('finding')}, resolved: {type: 'array', items: ref('resolvedFinding')}, unchanged: count}, 'Active (unsuppressed) findings matched by rule id, spec path and message, not by line.')),
    conventions: {type: 'array', items: typed('diff', 'ConventionChange', closed({name: str, label: str, base: nullable(ref('convention')), head: nullable(ref('convention'))}), {doc: 'A convention whose value differs, or that only one version states.'}), description: 'Conventions whose value changed.'},
    workloads: closed({added: strings, removed: strings}),
    thresholds: {type: 'array', items: ref('threshold')},
  },
  definitions: {metricDelta, scoredOption, decisionSide, decisionChange, finding, resolvedFinding, convention, threshold},
})

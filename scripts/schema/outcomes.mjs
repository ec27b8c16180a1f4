// Decisions under uncertainty (src/analysis/decision-outcomes.ts): what the
// decisions, the plan and the bill come to across the sampled worlds of a spec
// with ranges. Added to the report's properties by report-schema.mjs.
import {closed, num, ref, str} from './shapes.mjs'
import {typed} from './typed.mjs'

const share = closed({option: str, label: str, share: {type: 'number', minimum: 0, maximum: 1, description: 'Share of the worlds in which this option wins.'}})
// The sides of the regret and the component's cost band came later: optional, so that a report saved before them still reads (diff --compare-to).
const optional = (schema, later) => ({...schema, required: schema.required.filter((k) => !later.includes(k))})

const expectedRegret = optional(closed({
  option: str,
  regretUsd: {...num, description: 'Mean regret over the regret worlds, in the weights\' units (dollars a month, raised to the exponent): overUsd + underUsd.'},
  overUsd: {...num, description: 'The part of regretUsd from worlds where this option costs more than the world\'s own choice (paying for capacity not needed), averaged over all the regret worlds.'},
  underUsd: {...num, description: 'The part of regretUsd from worlds where this option costs less than the world\'s own choice (running short), averaged over all the regret worlds.'},
  overShare: {type: 'number', minimum: 0, maximum: 1, description: 'Share of the regret worlds where this option costs more than the world\'s own choice.'},
  underShare: {type: 'number', minimum: 0, maximum: 1, description: 'Share of the regret worlds where this option costs less than the world\'s own choice.'},
}), ['overUsd', 'underUsd', 'overShare', 'underShare'])

const decisionOutcome = optional(closed({
  id: {...str, description: 'The decision id (as in `decisions`).'},
  shares: {type: 'array', description: 'The options that win in some world, most first; they sum to less than 1 where the decision does not arise in every world.', items: share},
  nodes: {oneOf: [{type: 'null'}, ref('band')], description: 'Nodes of the technology this decision chooses, for its workload, across the worlds (the world\'s own choice); null when it chooses no sized technology.'},
  monthlyUsd: {oneOf: [{type: 'null'}, ref('band')], description: 'Monthly cost of this decision\'s component (the bill\'s lines named by the decision id: its machines, disks, storage, egress) across the worlds, 0 where it does not arise; null when no world\'s bill has a line for it.'},
  leastRegret: {
    oneOf: [{type: 'null'}, closed({option: str, label: str, expected: {type: 'array', items: expectedRegret}})],
    description: 'When more than one option wins somewhere: the one with the lowest expected regret, each contender re-planned and priced in every regret world, the other decisions as that world made them.',
  },
}), ['monthlyUsd'])

export const outcomes = typed('analysis', 'DecisionOutcomes', optional(closed({
  worlds: {type: 'integer', minimum: 1, description: 'Sampled worlds each decision is scored in: the first of the Monte Carlo\'s samples (at most 250, and at most 2,500 ÷ workloads but never under 20, so that the work stays bounded).'},
  regretWorlds: {type: 'integer', minimum: 0, description: 'Worlds the least-regret pick re-plans each contender in (at most 100, the first of the worlds).'},
  weights: closed({overProvision: num, underProvision: num, exponent: num, source: {...str, description: 'Where the weights come from: Netflix\'s defaults (with the page), or the spec\'s `uncertainty.regret`.'}}, 'How being wrong is weighed (the spec\'s `uncertainty.regret`, or Netflix\'s defaults): a world whose best plan costs y a month regrets an option costing x there over × (x − y)^exponent when x > y, under × (y − x)^exponent when x < y.'),
  totalNodes: ref('band'),
  monthlyUsd: ref('band'),
  decisions: {type: 'array', items: decisionOutcome},
  unpicked: {type: 'array', items: str, description: 'Decisions where more than one option wins but no least-regret pick was made: the re-plans it needs (contenders × regret worlds × workloads) were past the budget of 60,000 workloads planned, spent in decision order. Absent when every pick was made.'},
}), ['unpicked']), {doc: 'What the decisions, node counts and monthly cost come to across the sampled worlds of a spec with ranges: each option\'s share of wins, bands, and a least-regret pick.'})

import {expect, it} from 'vitest'
import type {OutcomesView} from '../../../src/render/view/outcomes.js'
import {renderPartial} from './render-partial.js'

const view: OutcomesView = {
  worlds: '250',
  regretWorlds: '100',
  weights: 'over-provisioning × 1, under-provisioning × 1.25, exponent 1.2',
  weightsSource: "the spend regret of Netflix's service-capacity-modeling",
  nodes: '12 (8–20)',
  monthly: '$4,100 ($2,900–$6,800)',
  rows: [{decision: 'datastore.events', shares: 'Wide-column store in 59.2%, Relational database in 40.8%', nodes: '3 (1–5)', monthly: '$1,226 ($772–$1,349)', leastRegret: 'Wide-column store (expected regret wide-column 1260, relational 3360)'}],
}

it('outcomes partial: the shares, the bands and the least-regret pick, with the weights', () => {
  expect(renderPartial('outcomes', view)).toBe(`## Decisions under uncertainty

The decisions, the scaling plan and the bill made again in 250 of the sampled worlds (the first of the Monte Carlo's samples): nodes 12 (8–20), monthly cost $4,100 ($2,900–$6,800) (p50, p5–p95).

| decision | wins | nodes | monthly cost | least regret |
| --- | --- | ---: | ---: | --- |
| datastore.events | Wide-column store in 59.2%, Relational database in 40.8% | 3 (1–5) | $1,226 ($772–$1,349) | Wide-column store (expected regret wide-column 1260, relational 3360) |

The least-regret pick re-plans and prices each contending option in the first 100 worlds: a world whose own choice costs y a month regrets one that costs x there by weight × |x − y|^exponent, over-provisioning × 1, under-provisioning × 1.25, exponent 1.2 (the spend regret of Netflix's service-capacity-modeling). A decision's monthly cost is its component's lines of the bill.
`)
})

it('outcomes partial: every decision the same in every world', () => {
  expect(renderPartial('outcomes', {...view, rows: []})).toContain('Every decision is the same in every world.')
})

import {describe, expect, it} from 'vitest'
import {type DecisionExplanation, decisionExplanationText} from '../../src/render/explain-decision.js'

/*
 * A decision the re-planning budget left without a pick (`outcomes.unpicked`,
 * a spec with many ranged workloads) is not one where an option wins every
 * world: explain said "the same option wins in every world" beside shares of
 * 98.6 % and 1.44 % (found in review).
 */
const base: DecisionExplanation = {
  id: 'queue',
  question: 'Which message broker, if any?',
  choice: {option: 'none', label: 'No broker', score: 2},
  runnerUp: {option: 'kafka', label: 'Kafka', score: 1},
  reasons: ['nothing to decouple'],
  outcomes: {
    worlds: 208,
    regretWorlds: 20,
    shares: [
      {option: 'none', share: 0.986},
      {option: 'kafka', share: 0.014},
    ],
    nodes: null,
    monthlyUsd: null,
    weights: {overProvisioning: 1, underProvisioning: 1.25, exponent: 1.2, source: 'Netflix service-capacity-modeling'},
    unpicked: true,
    leastRegret: null,
  },
} as unknown as DecisionExplanation

describe('explain on a decision left without a pick', () => {
  it('says the budget ran out, not that one option wins everywhere', () => {
    const text = decisionExplanationText(base)
    expect(text).toContain('regret:   not weighed: several options win, but the re-planning budget of this run ran out')
    expect(text).not.toContain('wins in every world')
  })

  it('still says so when one option did win every world', () => {
    const text = decisionExplanationText({...base, outcomes: {...base.outcomes!, unpicked: false, shares: [{option: 'none', share: 1}]}} as unknown as DecisionExplanation)
    expect(text).toContain('the same option wins in every world: no pick to make')
  })
})

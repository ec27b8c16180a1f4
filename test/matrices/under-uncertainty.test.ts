import {describe, expect, it} from 'vitest'
import {DEFAULT_REGRET, leastRegret, regret, winShares} from '../../src/matrices/under-uncertainty.js'

describe('regret of a choice in a sampled world', () => {
  it('weighs running short more than paying too much, and large misses more than in proportion', () => {
    // Defaults (Netflix service-capacity-modeling, CapacityRegretParameters.spend): over 1, under 1.25, exponent 1.2.
    // $10 a month over: 1 × 10^1.2 = 15.8489; $10 under: 1.25 × 10^1.2 = 19.8112; $20 over: 20^1.2 = 36.4113.
    expect(regret(110, 100, DEFAULT_REGRET)).toBeCloseTo(15.8489, 4)
    expect(regret(90, 100, DEFAULT_REGRET)).toBeCloseTo(19.8112, 4)
    expect(regret(120, 100, DEFAULT_REGRET)).toBeCloseTo(36.4113, 4)
    expect(regret(100, 100, DEFAULT_REGRET)).toBe(0)
  })

  it('picks the option with the lowest mean regret, which need not be the one that wins most often', () => {
    // Three worlds whose own best bills are 100, 100, 400. Option a (the winner in the first two) costs 100, 100, 200
    // there: regrets 0, 0, 1.25 × 200^1.2 = 725.3 → mean 241.8. Option b costs 150, 150, 400: 50^1.2 = 109.3 twice, 0 → 72.9.
    const optimal = Float64Array.of(100, 100, 400)
    const pick = leastRegret(new Map([['a', Float64Array.of(100, 100, 200)], ['b', Float64Array.of(150, 150, 400)]]), optimal, DEFAULT_REGRET)!
    expect(pick.option).toBe('b')
    expect(pick.expected[0]!.regretUsd).toBeCloseTo((1.25 * 200 ** 1.2) / 3, 6)
    expect(pick.expected[1]!.regretUsd).toBeCloseTo((2 * 50 ** 1.2) / 3, 6)
    // Over-provisioning weighed at 0: the bigger option costs nothing to be wrong with.
    expect(leastRegret(new Map([['a', Float64Array.of(100, 100, 200)], ['b', Float64Array.of(150, 150, 400)]]), optimal, {overProvision: 0, underProvision: 1.25, exponent: 1.2})!.expected[1]!.regretUsd).toBe(0)
  })

  it('the weights decide between a cheap option that runs short and a dear one that overpays', () => {
    // Two worlds. In the first the world's own choice costs 100 a month; option a costs 100 there, b 110 (b overpays by 10).
    // In the second the world's own choice (b) costs 100; a costs 90 there (a runs short by 10), b 100.
    // Exponent 1, over 1, under 1.25: a = (0 + 1.25 × 10) ÷ 2 = 6.25; b = (1 × 10 + 0) ÷ 2 = 5 → b.
    // Under 0.5 instead: a = (0 + 0.5 × 10) ÷ 2 = 2.5; b still 5 → a.
    // Exponent 2, over 1, under 1.25: a = 1.25 × 10² ÷ 2 = 62.5; b = 10² ÷ 2 = 50 → b.
    const optimal = Float64Array.of(100, 100)
    const costs = new Map([['a', Float64Array.of(100, 90)], ['b', Float64Array.of(110, 100)]])
    const pick = (w: {overProvision: number; underProvision: number; exponent: number}) => leastRegret(costs, optimal, w)!
    const base = pick({overProvision: 1, underProvision: 1.25, exponent: 1})
    expect(base.option).toBe('b')
    expect(base.expected).toEqual([
      {option: 'a', regretUsd: 6.25, overUsd: 0, underUsd: 6.25, overShare: 0, underShare: 0.5},
      {option: 'b', regretUsd: 5, overUsd: 5, underUsd: 0, overShare: 0.5, underShare: 0},
    ])
    const lenient = pick({overProvision: 1, underProvision: 0.5, exponent: 1})
    expect(lenient.option).toBe('a')
    expect(lenient.expected.map((e) => e.regretUsd)).toEqual([2.5, 5])
    const squared = pick({overProvision: 1, underProvision: 1.25, exponent: 2})
    expect(squared.option).toBe('b')
    expect(squared.expected.map((e) => e.regretUsd)).toEqual([62.5, 50])
  })

  it('counts each option\'s wins, most first, worlds where the decision does not arise for none', () => {
    expect(winShares(['x', 'y', 'x', null], ['y', 'x'])).toEqual([{option: 'x', share: 0.5}, {option: 'y', share: 0.25}])
  })
})

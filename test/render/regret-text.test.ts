import {describe, expect, it} from 'vitest'
import {outcomeRows, regretText} from '../../src/render/outcomes-text.js'
import type {DecisionOutcomes} from '../../src/analysis/decision-outcomes.js'

/*
 * Regret in the tables: grouped whole dollars from 10 up, as explain prints
 * them (the tables printed "2308799086965441", and digits past a float's
 * precision); and a decision the budget left unpicked says so (found in review).
 */
describe('regret in the outcome tables', () => {
  it('groups whole dollars from 10 up and keeps three significant digits below', () => {
    expect(regretText(2308799086965441)).toBe('2,308,799,086,965,441')
    expect(regretText(1259.4)).toBe('1,259')
    expect(regretText(0)).toBe('0')
  })

  it('says a decision left without a pick was not weighed', () => {
    const o = {
      worlds: 208,
      regretWorlds: 20,
      unpicked: ['queue'],
      decisions: [{id: 'queue', shares: [{option: 'none', label: 'No broker', share: 0.986}, {option: 'kafka', label: 'Kafka', share: 0.014}], nodes: null, monthlyUsd: null, leastRegret: null}],
    } as unknown as DecisionOutcomes
    const [row] = outcomeRows(o, (t) => t)
    expect(row!.leastRegret).toBe('not weighed: the re-planning budget ran out')
  })
})

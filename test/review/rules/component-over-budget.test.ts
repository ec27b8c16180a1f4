import {describe, expect, it} from 'vitest'
import {actual, type Case, expected, sloSpec} from '../helpers.js'

const RULE = 'component-over-budget'

const spec = (availability: string, components: string): string => sloSpec(`  availability: ${availability}`, `components:
${components}`)

const cases: Case[] = [
  {
    // 0.0001 ÷ 0.001 = 10 % and 0.001 ÷ 0.001 = 100 %: each within the budget (at most all of it).
    name: 'links that each spend at most the budget',
    spec: spec('99.9%', '  - {name: lb, availability: 99.99%}\n  - {name: app, availability: 99.9%}\n'),
    findings: [],
  },
  {
    // db: 0.002 ÷ 0.001 = 200 %; the budget is 0.001 × 2,592,000 s = 2,592 s = 43m 12s a 30-day window.
    name: 'a database below the SLO spends the budget twice over',
    spec: spec('99.9%', '  - {name: lb, availability: 99.99%}\n  - {name: db, availability: 99.8%}\n'),
    findings: [{severity: 'warn', line: 11, column: 30, path: 'components.1.availability', message: /^db alone spends 200% of the 99\.9% SLO's error budget \(43m 12s of downtime per .+ window\): it is down 0\.2% of the time$/}],
  },
  {
    // A parallel pair of 99 %: 0.01² = 0.0001 ÷ 0.00001 = 1,000 % of a 99.999 % budget; located at the group.
    name: 'a parallel group is one link, located at the group',
    spec: spec('99.999%', '  - name: apps\n    parallel:\n      - {name: a, availability: 99%}\n      - {name: b, availability: 99%}\n'),
    findings: [{severity: 'warn', line: 10, column: 5, path: 'components.0', message: /^apps alone spends 1000% of the 99\.999% SLO's error budget/}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected, sloSpec} from '../helpers.js'

const RULE = 'single-failure-domain'

const spec = sloSpec

const REGIONS = `components:
  name: edge to store
  series:
    - {name: lb, availability: 99.99%, instances: 2}
    - name: regions
      parallel:
        - {name: region-a, availability: 99.95%, instances: 3}
        - {name: region-b, availability: 99.95%, instances: 3}
`
const ONE_PLACE = `components:
  - {name: lb, availability: 99.99%, instances: 2}
  - {name: app, availability: 99.9%, instances: 4}
`

const cases: Case[] = [
  {
    // Eventual consistency at four nines: the redundancy decision is multi-region.
    name: 'four nines, eventual, regions in parallel',
    spec: spec('  availability: 99.99%\n  consistency: eventual', REGIONS),
    findings: [],
  },
  {
    name: 'three nines need no second region',
    spec: spec('  availability: 99.9%\n  consistency: strong', ONE_PLACE),
    findings: [],
  },
  {
    // Strong consistency makes the redundancy matrix keep one region (multi-az).
    name: 'four nines with strong consistency: the redundancy decision stays in one region',
    spec: spec('  availability: 99.99%\n  consistency: strong'),
    findings: [
      {
        severity: 'warn',
        line: 4,
        column: 17,
        path: 'slo.availability',
        message: 'the redundancy decision keeps one region (multi-az) under a 99.99% SLO (52m 34s of downtime a year), as much as one region is committed to (99.99%), leaving no margin for the system\'s own faults',
      },
    ],
  },
  {
    // 99.99 % × (1 − 0.001⁴) ≈ 99.99 %: instance arithmetic, no zone or region.
    name: 'four nines on a path with no parallel group',
    spec: spec('  availability: 99.99%\n  consistency: eventual', ONE_PLACE),
    findings: [
      {
        severity: 'warn',
        line: 11,
        column: 3,
        path: 'components',
        message: /^the request path has no parallel group of zones or regions under a 99\.99% SLO \(52m 34s of downtime a year\): one zone or region outage takes all of its instances at once \(the 99\.99\d*% composite assumes independent failures\)$/,
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected, sloSpec} from '../helpers.js'

const RULE = 'single-point-of-failure'

const spec = (availability: string, components: string): string => sloSpec(`  availability: ${availability}`, `components:
${components}`)

const cases: Case[] = [
  {
    name: 'spares everywhere, and single copies only inside a parallel group',
    spec: spec(
      '99.9%',
      `  - {name: lb, availability: 99.99%, instances: 2}
  - {name: app, availability: 99.9%, instances: 3, required: 2}
  - name: db
    parallel:
      - {name: zone-a, availability: 99.9%}
      - {name: zone-b, availability: 99.9%}
`,
    ),
    findings: [],
  },
  {
    name: 'a single instance under a 99.5 % SLO is within what one machine is committed to',
    spec: spec('99.5%', '  - {name: app, availability: 99.9%}\n'),
    findings: [],
  },
  {
    name: 'one instance, and every instance required, under three nines',
    spec: spec(
      '99.9%',
      `  - {name: lb, availability: 99.99%, instances: 2}
  - {name: app, availability: 99.9%}
  - {name: db, availability: 99.95%, instances: 3, required: 3}
`,
    ),
    findings: [
      {
        severity: 'warn',
        line: 11,
        column: 5,
        path: 'components.1',
        message: '`app` (99.9%) runs 1 instance with none to spare, in series on the request path: one failure or redeploy takes the path down, under a 99.9% SLO',
      },
      {
        severity: 'warn',
        line: 12,
        column: 62,
        path: 'components.2.required',
        message: '`db` (99.95%) needs all 3 of its 3 instances, in series on the request path: one failure or redeploy takes the path down, under a 99.9% SLO',
      },
    ],
  },
  {
    name: 'a single group member is no parallel group',
    spec: spec(
      '99.99%',
      `  name: path
  series:
    - name: stores
      parallel:
        - {name: db, availability: 99.99%, instances: 1}
`,
    ),
    findings: [
      {
        severity: 'warn',
        line: 14,
        column: 55,
        path: 'components.series.0.parallel.0.instances',
        message: '`db` (99.99%) runs 1 instance with none to spare, in series on the request path: one failure or redeploy takes the path down, under a 99.99% SLO',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

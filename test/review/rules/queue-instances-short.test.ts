import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'
import {latencySpec as spec, feedApi as api} from '../latency-specs.js'

const RULE = 'queue-instances-short'

const cases: Case[] = [
  {
    name: 'enough instances',
    spec: spec(api(', instances: 26')),
    findings: [],
  },
  {
    // 25 × 4 = 100 workers for 100 Erlangs: utilisation 100 %.
    name: 'too few instances: an unstable queue',
    spec: spec(api(', instances: 25')),
    findings: [
      {
        severity: 'error',
        line: 9,
        column: 126,
        path: 'components.0.instances',
        message: 'feed-api runs 25 instances, which give a queue that grows without bound (utilisation of 100 % or more) against its 25 ms budget; it needs 26',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

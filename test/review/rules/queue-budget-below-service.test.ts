import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'
import {latencySpec as spec, feedApi as api} from '../latency-specs.js'

const RULE = 'queue-budget-below-service'

const cases: Case[] = [
  {name: 'a budget above S × ln 100', spec: spec(api('')), findings: []},
  {
    // 10 ms × ln 100 = 46.05 ms > 40 ms
    name: 'a budget below S × ln 100',
    spec: spec(`  - {name: api, availability: 99.9%, peakRate: 100, serviceTime: 10 ms, latency: 40 ms}\n`),
    findings: [
      {
        severity: 'error',
        line: 9,
        column: 66,
        path: 'components.0.serviceTime',
        message: /service time alone is 46\.1 ms \(S × ln 100\), over its 40 ms budget/,
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'
import {latencySpec as spec, feedApi as api} from '../latency-specs.js'

const RULE = 'latency-split-over-slo'

const cases: Case[] = [
  {
    name: 'budgets within the SLO',
    spec: spec(`  - {name: lb, availability: 99.99%, latency: 5 ms}\n${api('')}`),
    findings: [],
  },
  {
    // 5 ms + 25 ms = 30 ms > 20 ms
    name: 'budgets over the SLO',
    spec: spec(`  - {name: lb, availability: 99.99%, latency: 5 ms}\n${api('')}`, '20 ms'),
    findings: [
      {
        severity: 'warn',
        line: 3,
        column: 18,
        path: 'slo.latency.p99',
        message: "the components' p99 budgets add up to 30 ms along the request path, over the 20 ms p99 target",
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

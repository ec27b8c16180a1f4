import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'
import {latencySpec as spec} from '../latency-specs.js'

const RULE = 'fanout-tail'

const cases: Case[] = [
  // 0.99^(1/10) = 0.998995: a stated p99.9 reaches it.
  {
    name: 'backends state a high enough percentile',
    spec: spec(`  - {name: search, availability: 99.9%, fanout: 10, backendLatency: {p999: 20 ms}, latency: 50 ms}\n`),
    findings: [],
  },
  {
    // 100 backends need p99.99 (0.99^(1/100) = 0.9999); at their p99, 1 − 0.99^100 = 63.4 % of requests meet a slower one.
    name: 'backends state only their p99',
    spec: spec(`  - {name: search, availability: 99.9%, fanout: 100, backendLatency: {p99: 10 ms}, latency: 50 ms}\n`),
    findings: [
      {
        severity: 'warn',
        line: 9,
        column: 76,
        path: 'components.0.backendLatency.p99',
        message:
          "search fans out to 100 backends: the backends state their p99 (10 ms), but with 100 backends each must answer within 50 ms at p99.99 for the request's p99; at their p99, 63.4 % of requests meet a slower backend; hedged requests cut this tail",
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

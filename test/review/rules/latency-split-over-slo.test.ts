import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const spec = (components: string, p99 = '200 ms'): string => `name: T
slo:
  latency: {p99: ${p99}}
workloads:
  feed:
    reads: {perSecond: 10K}
    recordSize: 1 KB
components:
${components}`

// λ = 10K × 2 (peak factor) = 20,000/s, S = 5 ms: a = 100 Erlangs; 26 instances of 4 workers meet 25 ms.
const api = (extra: string): string => `  - {name: feed-api, availability: 99.95%, serves: feed.reads, serviceTime: 5 ms, concurrency: 4, latency: 25 ms${extra}}\n`

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

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

// The four rules of sizing from latency, each with a spec that trips it and one that does not.
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

const table: Array<[string, Case[]]> = [
  [
    'queue-instances-short',
    [
      {name: 'enough instances', spec: spec(api(', instances: 26')), findings: []},
      {
        // 25 × 4 = 100 workers for 100 Erlangs: utilisation 100 %.
        name: 'too few instances: an unstable queue',
        spec: spec(api(', instances: 25')),
        findings: [{severity: 'error', line: 9, column: 126, path: 'components.0.instances', message: 'feed-api runs 25 instances, which give a queue that grows without bound (utilisation of 100 % or more) against its 25 ms budget; it needs 26'}],
      },
    ],
  ],
  [
    'queue-budget-below-service',
    [
      {name: 'a budget above S × ln 100', spec: spec(api('')), findings: []},
      {
        // 10 ms × ln 100 = 46.05 ms > 40 ms
        name: 'a budget below S × ln 100',
        spec: spec(`  - {name: api, availability: 99.9%, peakRate: 100, serviceTime: 10 ms, latency: 40 ms}\n`),
        findings: [{severity: 'error', line: 9, column: 66, path: 'components.0.serviceTime', message: /service time alone is 46\.1 ms \(S × ln 100\), over its 40 ms budget/}],
      },
    ],
  ],
  [
    'latency-budget-split',
    [
      {name: 'budgets within the SLO', spec: spec(`  - {name: lb, availability: 99.99%, latency: 5 ms}\n${api('')}`), findings: []},
      {
        // 5 ms + 25 ms = 30 ms > 20 ms
        name: 'budgets over the SLO',
        spec: spec(`  - {name: lb, availability: 99.99%, latency: 5 ms}\n${api('')}`, '20 ms'),
        findings: [{severity: 'warn', line: 3, column: 18, path: 'slo.latency.p99', message: "the components' p99 budgets add up to 30 ms along the request path, over the 20 ms p99 target"}],
      },
    ],
  ],
  [
    'fanout-tail',
    [
      // 0.99^(1/10) = 0.998995: a stated p99.9 reaches it.
      {name: 'backends state a high enough percentile', spec: spec(`  - {name: search, availability: 99.9%, fanout: 10, backendLatency: {p999: 20 ms}, latency: 50 ms}\n`), findings: []},
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
            message: "search fans out to 100 backends: the backends state their p99 (10 ms), but with 100 backends each must answer within 50 ms at p99.99 for the request's p99; at their p99, 63.4 % of requests meet a slower backend; hedged requests cut this tail",
          },
        ],
      },
    ],
  ],
]

describe.each(table)('%s', (rule, cases) => {
  it.each(cases)('$name', async (c) => expect(await actual(rule, c)).toEqual(expected(rule, c)))
})

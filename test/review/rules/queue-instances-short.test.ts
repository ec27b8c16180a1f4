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

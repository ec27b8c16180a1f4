import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'latency-budget'

const spec = (slo: string, components = ''): string => `name: T
users: {mau: 1M, dau: 100K}
slo:
${slo}
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 1 year
${components}`

const THREE = `components:
  - {name: lb, availability: 99.99%, instances: 2}
  - {name: app, availability: 99.9%, instances: 3}
  - {name: db, availability: 99.95%, instances: 3}
`

const cases: Case[] = [
  {
    // 3 × 500 µs + 100 µs = 1.6 ms, well inside 200 ms.
    name: 'three hops and a read fit a 200 ms p99',
    spec: spec('  latency: {p99: 200 ms}', THREE),
    findings: [],
  },
  {
    name: 'three hops and a read do not fit a 1 ms p50',
    spec: spec('  latency: {p50: 1 ms, p99: 100 ms}', THREE),
    findings: [
      {
        severity: 'error',
        line: 4,
        column: 18,
        path: 'slo.latency.p50',
        message: 'the p50 target of 1 ms is below the 1.6 ms the request path takes at least: 3 service hops × 500 µs + an SSD read 100 µs',
      },
    ],
  },
  {
    // 99.999 % with strong consistency: the redundancy decision is multi-region,
    // so a write waits for another region: 2 × 500 µs + 100 µs + 25 ms = 26.1 ms.
    name: 'strong consistency across regions does not fit a 20 ms p99',
    spec: spec('  availability: 99.999%\n  consistency: strong\n  latency:\n    p99: 20 ms'),
    findings: [
      {
        severity: 'error',
        line: 7,
        column: 10,
        path: 'slo.latency.p99',
        message:
          'the p99 target of 20 ms is below the 26.1 ms the request path takes at least: 2 service hops × 500 µs + an SSD read 100 µs + a cross-region round trip 25 ms (multi-region with strong consistency)',
      },
    ],
  },
  {
    name: 'eventual consistency in several regions pays no cross-region round trip',
    spec: spec('  availability: 99.999%\n  consistency: eventual\n  latency:\n    p99: 20 ms'),
    findings: [],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

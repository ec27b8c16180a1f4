import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'latency-targets-out-of-order'

const spec = (latency: string): string => `name: T
users: {mau: 1M, dau: 100K}
slo:
  latency:
${latency}
workloads:
  items:
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
`

const cases: Case[] = [
  {name: 'percentiles in order', spec: spec('    p50: 50 ms\n    p99: 200 ms'), findings: []},
  {name: 'equal targets are possible', spec: spec('    p95: 300 ms\n    p99: 300 ms'), findings: []},
  {
    name: 'a p99 below the p50',
    spec: spec('    p50: 200 ms\n    p99: 100 ms'),
    findings: [{severity: 'error', line: 6, column: 10, path: 'slo.latency.p99', message: 'the p99 target of 100 ms is below the p50 target of 200 ms: a higher percentile cannot be faster'}],
  },
  {
    // Each wrong target is compared with the slowest target below it, once.
    name: 'two targets below the p50',
    spec: spec('    p50: 200 ms\n    p95: 100 ms\n    p99: 150 ms'),
    findings: [
      {severity: 'error', line: 6, column: 10, path: 'slo.latency.p95', message: 'the p95 target of 100 ms is below the p50 target of 200 ms: a higher percentile cannot be faster'},
      {severity: 'error', line: 7, column: 10, path: 'slo.latency.p99', message: 'the p99 target of 150 ms is below the p50 target of 200 ms: a higher percentile cannot be faster'},
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

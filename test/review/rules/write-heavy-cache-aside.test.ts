import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'write-heavy-cache-aside'

const spec = (slo: string, writesPerSecond: number): string => `name: T
users: {mau: 10M, dau: 1M}
${slo}workloads:
  scores:
    writes: {perSecond: ${writesPerSecond}}
    reads: {perSecond: 1000}
    recordSize: 200 B
    retention: 90 days
`

const cases: Case[] = [
  {name: 'more reads than writes', spec: spec('', 500), findings: []},
  {
    // Eventual consistency lets the matrix choose write-behind for a write-heavy workload.
    name: 'write-heavy and eventual: write-behind',
    spec: spec('slo: {consistency: eventual}\n', 2000),
    findings: [],
  },
  {
    // Nothing said about consistency: no criterion separates the strategies, and cache-aside is the default.
    name: 'write-heavy, cache-aside by default',
    spec: spec('', 2000),
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 13,
        path: 'workloads.scores.writes',
        message: '`scores` reads 0.5× per write (below 1×), yet is cached with cache-aside: most entries are invalidated before they are read',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

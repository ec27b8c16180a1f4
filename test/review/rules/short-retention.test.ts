import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'short-retention'

const spec = (retention: string, access = 'point'): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  presence:
    writes: {perSecond: 100K}
    reads: {perSecond: 20K}
    recordSize: 16 B
    retention: ${retention}
    access: ${access}
`

const cases: Case[] = [
  {name: 'kept two days', spec: spec('2 days'), findings: []},
  {name: 'files kept an hour in an object store are not records', spec: spec('1 hour', 'blob'), findings: []},
  {
    // Peak writes 200 K/s; 100 K/s × 30 s × 16 B = 48 MB held.
    name: 'heartbeats kept 30 seconds, in a database',
    spec: spec('30 s'),
    findings: [
      {
        severity: 'warn',
        line: 8,
        column: 16,
        path: 'workloads.presence.retention',
        message: '`presence` keeps its records for 30s (48 MB held), yet they go to DynamoDB (key-value), sized for peak writes of 200,000/s: data kept under 1 day is transient state',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

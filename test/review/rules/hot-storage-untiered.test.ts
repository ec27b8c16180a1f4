import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'hot-storage-untiered'

const spec = (writesPerSecond: number, retention: string): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  events:
    writes: {perSecond: ${writesPerSecond}}
    reads: {perSecond: 2000}
    recordSize: 1 KB
    retention: ${retention}
    access: timeline
`

const cases: Case[] = [
  {
    // 20,000/s × 86,400 × 1 KB × 30 = 51.8 TB, × 3 = 156 TB.
    name: 'a month of events is far under a petabyte',
    spec: spec(20000, '30 days'),
    findings: [],
  },
  {
    // 400,000/s × 86,400 × 1 KB × 30 = 1.04 PB, × 3 = 3.1 PB, but all of it a month old at most.
    name: 'petabytes kept only a month have nothing to tier',
    spec: spec(400000, '30 days'),
    findings: [],
  },
  {
    // 20,000/s × 86,400 × 1 KB × 365 = 630.72 TB, × RF 3 = 1.89 PB on Cassandra disks.
    name: 'a year of events: 1.89 PB on database disks',
    spec: spec(20000, '1 year'),
    findings: [
      {
        severity: 'warn',
        line: 8,
        column: 16,
        path: 'workloads.events.retention',
        message: '`events` keeps 1.89 PB on Cassandra storage (631 TB × 3 copies) for 1 year, past 1 PB, with no colder tier for data older than 30 days',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'unbounded-retention'

const spec = (retention: string): string => `name: T
users: {mau: 1M, dau: 100K}
workloads:
  notes:
    writes: {perUserPerDay: 10}
    recordSize: 1 KB
${retention}  profiles:
    records: 1M
    recordSize: 2 KB
    retention: forever
`

const cases: Case[] = [
  {
    // profiles are kept forever too, but nothing writes to them: their size is fixed.
    name: 'a stated retention',
    spec: spec('    retention: 2 years\n'),
    findings: [],
  },
  {
    // 100 K × 10 × 1 KB = 1 GB a day, 365 GB a year; the horizon is 5 years: 1.825 TB, printed 1.82 TB.
    name: 'kept forever, said so',
    spec: spec('    retention: forever\n'),
    findings: [
      {
        severity: 'info',
        line: 7,
        column: 16,
        path: 'workloads.notes.retention',
        message: '`notes` keeps its data forever: 365 GB more a year, 1.82 TB at the end of year 5, and growing past the projection',
      },
    ],
  },
  {
    name: 'no retention stated: the finding points at the workload',
    spec: spec(''),
    findings: [
      {
        severity: 'info',
        line: 5,
        column: 5,
        path: 'workloads.notes',
        message: '`notes` states no retention, so it keeps its data forever: 365 GB more a year, 1.82 TB at the end of year 5, and growing past the projection',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

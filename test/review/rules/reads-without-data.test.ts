import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'reads-without-data'

const spec = (data: string): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  catalog:
    reads: {perSecond: 5000}
    readSize: 4 KB
${data}`

const cases: Case[] = [
  {name: 'reads of records it holds', spec: spec('    records: 2M\n    recordSize: 4 KB\n'), findings: []},
  {name: 'reads of what it writes', spec: spec('    writes: {perSecond: 50}\n    recordSize: 4 KB\n    retention: 1 year\n'), findings: []},
  {
    // 5,000/s × 2 = 10,000/s at peak. Nothing states how the data is read, so the
    // data-store matrix falls to its default, PostgreSQL: a primary and its standby.
    name: 'reads and nothing to read',
    spec: spec(''),
    findings: [
      {
        severity: 'info',
        line: 5,
        column: 12,
        path: 'workloads.catalog.reads',
        message: '`catalog` reads 10,000/s at peak but writes nothing and holds no records, yet the plan gives it PostgreSQL (relational) on 2 nodes holding no data',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

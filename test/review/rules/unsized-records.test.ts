import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'unsized-records'

const spec = (fields: string): string => `name: T
users: {mau: 1M, dau: 100K}
workloads:
  links:
${fields}`

const cases: Case[] = [
  {name: 'a record size', spec: spec('    writes: {perDay: 1M}\n    recordSize: 500 B\n'), findings: []},
  {name: 'media only: sized by the media', spec: spec('    writes: {perDay: 1M}\n    media: {size: 1 MB}\n'), findings: []},
  {
    // 1 M a day × 1,825 days (forever: the 5-year horizon) = 1.825 bn
    name: 'writes without a size: at the writes',
    spec: spec('    writes: {perDay: 1M}\n'),
    findings: [{severity: 'info', line: 5, column: 13, path: 'workloads.links.writes', message: '`links` holds 1.82 bn records but states no record size, so its storage is counted as 0 B'}],
  },
  {
    name: 'records already held without a size: at the records',
    spec: spec('    records: 300M\n'),
    findings: [{severity: 'info', line: 5, column: 14, path: 'workloads.links.records', message: '`links` holds 300 M records but states no record size, so its storage is counted as 0 B'}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

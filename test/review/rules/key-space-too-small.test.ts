import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'key-space-too-small'

/** Xu, System Design Interview, "Design a URL shortener": 100 M new URLs a day for 10 years, codes of [0-9a-zA-Z]. */
const spec = (keys: string, extra = ''): string => `name: T
users: {mau: 1M, dau: 100K}
workloads:
  urls:
    writes: {perDay: 100M}
    recordSize: 100 B
    retention: 10 years
    keys: ${keys}
${extra}`

const cases: Case[] = [
  // 100 M × 3,650 days = 365 bn records; 62^7 = 3,521,614,606,208 keys: 10.4 % used.
  {name: 'seven characters hold 365 bn records', spec: spec('{alphabet: 62, length: 7}'), findings: []},
  {
    // 62^6 = 56,800,235,584 keys name 56.8 bn ÷ 365 bn = 15.5617 % of the records; 62^7 is the first power past 365 bn.
    name: 'six characters do not: at the length, with the length that fits',
    spec: spec('{alphabet: 62, length: 6}'),
    findings: [{severity: 'error', line: 8, column: 34, path: 'workloads.urls.keys.length', message: '`urls` holds 365 bn records, but 62^6 = 56.8 bn keys name only 15.6% of them: keys of 7 characters are the shortest that fit'}],
  },
  {
    // 1 M a day for 30 days (the retention) = 30 M records; 16^6 = 16,777,216 hex keys: 30 M ÷ 16.8 M = 179 % used. 16^7 = 268 M fits.
    name: 'a shorter retention holds fewer records: hex keys of 6 still fail, by the retention',
    spec: spec('{alphabet: 16, length: 6}').replace('perDay: 100M', 'perDay: 1M').replace('10 years', '30 days'),
    findings: [{severity: 'error', line: 8, column: 34, path: 'workloads.urls.keys.length', message: '`urls` holds 30 M records, but 16^6 = 16.8 M keys name only 55.9% of them: keys of 7 characters are the shortest that fit'}],
  },
  {name: 'no key space: nothing to check', spec: spec('{alphabet: 62, length: 7}').replace('    keys: {alphabet: 62, length: 7}\n', ''), findings: []},
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'read-heavy-without-cache'

const spec = (writesPerSecond: number): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  pages:
    writes: {perSecond: ${writesPerSecond}}
    reads: {perSecond: 10000}
    recordSize: 2 KB
    retention: 1 year
    access: point
`

/** An overlay that asks for a cache only from 100,000 reads/s. */
const LATE_CACHE = `name: Late cache
matrices:
  cache:
    thresholds:
      cacheWorthwhileReadQps:
        value: 100K/s
        source: "our databases serve 100 K reads/s"
`

const cases: Case[] = [
  {name: 'the shipped matrices cache 20,000 reads/s', spec: spec(100), findings: []},
  {
    // 10,000 reads per 2,000 writes: 5×, not read-heavy.
    name: 'without a cache, but only 5 reads per write',
    spec: spec(2000),
    overlay: LATE_CACHE,
    findings: [],
  },
  {
    // 20,000 reads/s at peak, 100 reads per write.
    name: '100 reads per write and no cache',
    spec: spec(100),
    overlay: LATE_CACHE,
    findings: [
      {
        severity: 'warn',
        line: 6,
        column: 12,
        path: 'workloads.pages.reads',
        message: '`pages` peaks at 20,000/s reads (100× reads per write), past 1,000/s and 10×, with no cache in front of its store',
      },
    ],
  },
  {
    // The same 20,000 reads/s at 100 per write, spread evenly over the records: no hot subset, so no cache is
    // asked, and none is missing (before, the rule warned beside a cache decision that rightly was not made).
    name: 'reads spread uniformly: nothing for a cache to keep',
    spec: `${spec(100)}    popularity: uniform\n`,
    findings: [],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

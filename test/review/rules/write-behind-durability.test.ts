import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'write-behind-durability'

const spec = (slo: string, facts = ''): string => `name: T
users: {mau: 10M, dau: 1M}
slo:
  consistency: eventual
${slo}workloads:
  scores:
    writes: {perSecond: 2000}
    reads: {perSecond: 1000}
    recordSize: 200 B
    retention: 90 days
${facts}`

/** An organisation whose caches are all write-behind. */
const WRITE_BEHIND = `name: Write-behind
matrices:
  cache-strategy:
    allow: [write-behind]
`

const cases: Case[] = [
  {
    // Write-heavy and eventual: the matrix chooses write-behind, and nothing asks for durability.
    name: 'write-behind with no durability target',
    spec: spec(''),
    findings: [],
  },
  {
    name: 'a durability target and a write-behind cache',
    spec: spec('  durability: 99.999999999%\n'),
    overlay: WRITE_BEHIND,
    findings: [
      {
        severity: 'error',
        line: 5,
        column: 15,
        path: 'slo.durability',
        message: 'the SLO promises 99.999999999% durability, yet `scores` is cached write-behind: writes not yet flushed are lost with a cache node',
      },
    ],
  },
  {
    name: 'transactions and a write-behind cache',
    spec: spec('', '    transactions: true\n'),
    overlay: WRITE_BEHIND,
    findings: [
      {
        severity: 'error',
        line: 11,
        column: 19,
        path: 'workloads.scores.transactions',
        message: '`scores` writes transactions, yet is cached write-behind: writes not yet flushed are lost with a cache node',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

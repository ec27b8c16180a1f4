import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'relational-write-ceiling'

/**
 * Orders in transactions, joined to other data: relational wins even past the
 * write guideline (transactions +4, relationships +3, write ceiling −4).
 * Peak = 2 × the average rate.
 */
const spec = (writesPerSecond: number): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  orders:
    writes: {perSecond: ${writesPerSecond}}
    reads: {perSecond: 500}
    recordSize: 1 KB
    retention: 30 days
    transactions: true
    relationships: true
`

/** Aurora's 12,179 TPS per primary. */
const AURORA = `name: Aurora
capacities:
  PostgreSQL:
    writesPerNode:
      value: 12179/s
      source: "reference-numbers throughput.postgres.pgbench_tpcb.aurora_16vcpu"
`

const cases: Case[] = [
  {name: 'peak writes 4,000/s fit one primary', spec: spec(2000), findings: []},
  {
    // 12,000/s ÷ (7,525/s × 70 %) = 2.28 → the plan runs 3 primaries.
    name: 'peak writes 12,000/s, and the plan shards the store',
    spec: spec(6000),
    findings: [],
  },
  {
    // 5,200/s ÷ (7,525/s × 70 % = 5,267.5/s) = 0.99 → one primary, above the 5,000/s guideline.
    name: 'peak writes 5,200/s on the one primary the plan keeps',
    spec: spec(2600),
    findings: [{severity: 'error', line: 5, column: 13, path: 'workloads.orders.writes', message: 'peak writes 5,200/s on PostgreSQL exceed the ~5,000/s one primary can take, and the plan keeps one primary'}],
  },
  {
    // 7,600/s ÷ (12,179/s × 70 % = 8,525/s) = 0.89 → one primary; 3,800/s × 86,400 ×
    // 1 KB × 30 days = 9.85 TB, under the 10 TB a primary holds, so no shard for data either.
    name: "an overlay's per-node figure keeps 7,600 writes/s on one primary",
    spec: spec(3800),
    overlay: AURORA,
    findings: [{severity: 'error', line: 5, column: 13, path: 'workloads.orders.writes', message: 'peak writes 7,600/s on PostgreSQL exceed the ~5,000/s one primary can take, and the plan keeps one primary'}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'shard-data-per-node'

/**
 * 20,000 events/s of 1 KB kept a year, as a timeline: Cassandra. 20,000 ×
 * 86,400 × 1,000 B × 365 = 630.72 TB, × RF 3 = 1,892.16 TB.
 */
const EVENTS = `name: T
users: {mau: 10M, dau: 1M}
workloads:
  events:
    writes: {perSecond: 20000}
    reads: {perSecond: 2000}
    recordSize: 1 KB
    retention: 365 days
    access: timeline
`

const BIG_NODES = `name: Big disks
capacities:
  Cassandra:
    dataPerNode:
      value: 8 TB
      source: "our own 8 TB nodes"
`

const cases: Case[] = [
  {
    // Shipped figures: 1,892.16 TB ÷ 2 TB = 946.08 → 947 nodes of 2 TB at most.
    name: 'the shipped figures keep every node under 2 TB',
    spec: EVENTS,
    findings: [],
  },
  {
    // 1,892.16 TB ÷ 8 TB = 236.52 → 237 nodes; 1,892.16 TB ÷ 237 = 7.98 TB each.
    name: 'an overlay that allows 8 TB a node',
    spec: EVENTS,
    overlay: BIG_NODES,
    findings: [{severity: 'warn', line: 5, column: 5, path: 'workloads.events', message: 'the plan puts 7.98 TB on each Cassandra node (631 TB × 3 copies over 237 nodes), past the ~2 TB guideline'}],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

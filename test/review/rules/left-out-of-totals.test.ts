import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'left-out-of-totals'

/** One workload; `access` and `transactions` decide its data store. A finding points at the workload (its mapping starts at 5:5). */
const spec = (facts: string): string => `name: T
users: {mau: 1M, dau: 100K}
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 100 B
    ${facts}
`

/** Neo4j's figures from an overlay: the plan can size it, and its m6i.2xlarge machines are priced. */
const NEO4J_FIGURES = `name: Neo
capacities:
  Neo4j:
    writesPerNode: {value: 1000/s, source: "the team's own load test"}
    replicationFactor: {value: 3, source: "the team's own setup"}
`

const cases: Case[] = [
  // Transactions: PostgreSQL, sized and priced like every machine of the plan.
  {name: 'every technology sized and priced', spec: spec('transactions: true'), findings: []},
  {
    // Traversals: Neo4j, for which data/capacities.yaml has no per-node figure (its `gap`).
    name: 'a graph store the plan cannot size',
    spec: spec('access: traversal'),
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 5,
        path: 'workloads.items',
        message:
          "Neo4j for `datastore.items` is not sized, so the plan's node total and the monthly cost leave it out: no reference capacity for Neo4j: Neo4j publishes no throughput numbers; the one claim found (>1 M writes/s on one server) is low confidence (reference-numbers.md, Gaps); size it by hand, or give its figures in an overlay (capacities: Neo4j: …)",
      },
    ],
  },
  {name: 'the same graph store with per-node figures from an overlay', spec: spec('access: traversal'), overlay: NEO4J_FIGURES, findings: []},
  {
    // Point reads of 400 TB held, past ~32 relational primaries (320 TB): DynamoDB, sized in partitions but billed per request, which data/prices.yaml does not price.
    name: 'a managed store the cost cannot price',
    spec: spec('access: point\n    records: 4T'),
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 5,
        path: 'workloads.items',
        message: 'DynamoDB for `datastore.items` is not priced, so the monthly cost leaves it out: managed, billed by capacity units and storage; data/prices.yaml has no DynamoDB prices',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

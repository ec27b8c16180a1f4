import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'tech-limit-exceeded'

/*
 * orders: transactions and relationships → PostgreSQL; peak (500 + reads) × 2
 * req/s × 500 µs a query (napkin-math's simple query). events: a timeline written at four nines with eventual
 * consistency (writes that must not pause for a shard's failover) → Cassandra; 50,000 writes/s
 * over 10 daily users (one partition each, the model's assumption) = 5,000
 * rows/s × (1,000 + 23 + 15 = 1,038 B) = 5,190,000 B/s × 30 days (2,592,000 s)
 * = 13,452,480,000,000 B ≈ 13.5 TB; 1e8 B ÷ 5,190,000 B/s = 19.3 s → a 1 s bucket.
 */
const spec = (reads: string, dau: string): string => `name: T
users: {mau: 1B, dau: ${dau}}
slo: {availability: 99.99%, consistency: eventual}
workloads:
  orders:
    writes: {perSecond: 500}
    reads: {perSecond: ${reads}}
    recordSize: 1 KB
    retention: 30 days
    transactions: true
    relationships: true
  events:
    writes: {perSecond: 50000}
    reads: {perSecond: 100}
    recordSize: 1 KB
    retention: 30 days
    access: timeline
`

const cases: Case[] = [
  // (500 + 500) × 2 = 2,000 req/s × 0.0005 s = 1 connection ≤ 100; 50,000 ÷ 1 B users = 5e-5 rows/s × 1,038 B × 2,592,000 s = 134.5 KB per partition.
  {name: 'within max_connections and the partition limit', spec: spec('500', '1B'), findings: []},
  {
    // (500 + 150,000) × 2 = 301,000 req/s × 0.0005 s = 150.5 → 151 connections > 100
    name: '151 connections over max_connections; a 13.5 TB partition without a bucket',
    spec: spec('150000', '10'),
    findings: [
      {severity: 'warn', line: 7, column: 24, path: 'workloads.orders.reads.perSecond', message: '151 PostgreSQL connections busy at peak exceed max_connections (100)'},
      {severity: 'warn', line: 17, column: 13, path: 'workloads.events.access', message: 'a Cassandra partition of events grows to 13.5 TB (limit 100 MB) over the retention without a time bucket; a bucket of 1s keeps it under'},
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

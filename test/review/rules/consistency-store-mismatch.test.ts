import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'consistency-store-mismatch'

const spec = (consistency: string, workload: string): string => `name: T
users: {mau: 10M, dau: 1M}
slo:
  consistency: ${consistency}
workloads:
${workload}`

/** Sessions by key past the writes of ~32 relational primaries (200,000/s at peak > 160,000/s): key-value (DynamoDB). */
const SESSIONS = `  sessions:
    writes: {perSecond: 100000}
    reads: {perSecond: 10000}
    recordSize: 1 KB
    retention: 7 days
    access: point
`
/** A transactional timeline past the writes of ~32 relational primaries (200,000/s at peak): wide-column (Cassandra) wins. */
const LEDGER = `  ledger:
    writes: {perSecond: 100000}
    reads: {perSecond: 3000}
    recordSize: 500 B
    retention: 1 year
    access: timeline
    transactions: true
`
/** Small transactional records: relational (PostgreSQL). */
const ORDERS = `  orders:
    writes: {perSecond: 100}
    reads: {perSecond: 400}
    recordSize: 2 KB
    retention: 7 years
    transactions: true
    relationships: true
`

const cases: Case[] = [
  {name: 'strong consistency on a relational store', spec: spec('strong', ORDERS), findings: []},
  {name: 'eventual consistency on a key-value store', spec: spec('eventual', SESSIONS), findings: []},
  {
    name: 'strong consistency on a key-value store',
    spec: spec('strong', SESSIONS),
    findings: [
      {
        severity: 'warn',
        line: 7,
        column: 5,
        path: 'workloads.sessions',
        message:
          'the SLO asks for strong consistency, but `sessions` is kept in DynamoDB (key-value), whose consistency is usually eventual; it was chosen because reads and writes go by primary key',
      },
    ],
  },
  {name: 'a workload\'s own eventual consistency under a strong SLO (carts)', spec: spec('strong', `${SESSIONS}    consistency: eventual\n`), findings: []},
  {
    name: 'a workload\'s own strong consistency under an eventual SLO',
    spec: spec('eventual', `${SESSIONS}    consistency: strong\n`),
    findings: [
      {
        severity: 'warn',
        line: 12,
        column: 18,
        path: 'workloads.sessions.consistency',
        message:
          '`sessions` asks for strong consistency, but `sessions` is kept in DynamoDB (key-value), whose consistency is usually eventual; it was chosen because reads and writes go by primary key',
      },
    ],
  },
  {
    name: 'transactions on a wide-column store',
    spec: spec('eventual', LEDGER),
    findings: [
      {
        severity: 'warn',
        line: 12,
        column: 19,
        path: 'workloads.ledger.transactions',
        message:
          '`ledger` changes several records in one transaction, but it is kept in Cassandra (wide-column), which has no multi-record ACID transactions; it was chosen because reads fetch time-ordered ranges per key (a timeline), which a clustering key serves in one partition',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

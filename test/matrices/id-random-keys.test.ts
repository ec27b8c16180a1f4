import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * id-generation random-keys-scatter (data/matrices/id-generation.yaml): a
 * relational store's primary-key B-tree takes random version-4 UUIDs at random
 * leaf pages (RFC 9562 §2.1, the motivation for version 7), so on sharded
 * relational records of a KB or more, where wide-records credits both UUIDs
 * alike, the time-ordered one wins rather than the random one by matrix order.
 */
const ACCOUNTS = (retention: string) => `name: Accounts
users: {dau: 50M}
workloads:
  accounts:
    writes: {perSecond: 20000}
    reads: {perSecond: 100000}
    recordSize: 2 KB
    access: point
    retention: ${retention}
`
const ids = (r: Report) => r.decisions.find((d) => d.id === 'id-generation.accounts')!
const store = (r: Report) => r.decisions.find((d) => d.id === 'datastore.accounts')!

describe('random UUIDs in a relational B-tree', () => {
  it('time-ordered UUIDs for sharded relational records of 2 KB', async () => {
    // 20,000 writes/s × 86,400 s × 30 days × 2 KB = 103.7 TB; 40,000/s at peak (factor 2): past one primary, within 32 → PostgreSQL.
    const r = await reportOfYaml(ACCOUNTS('30 days'))
    expect(store(r).choice.id).toBe('relational')
    const d = ids(r)
    // sharded: snowflake +2, time-uuid +1, uuid +1; wide-records: time-uuid +2, uuid +2; random-keys-scatter: uuid −1
    // → time-uuid 3, snowflake 2, uuid 2 (3 before this criterion, tied with time-uuid and first in the matrix's order).
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['time-uuid', 3, 'snowflake', 2])
    const uuid = d.criteria.filter((c) => c.fired).reduce((sum, c) => sum + (c.scores.uuid ?? 0), 0)
    expect(uuid).toBe(2)
    expect(d.criteria.find((c) => c.id === 'random-keys-scatter')?.fired).toBe(true)
  })

  it('leaves random UUIDs alone in a key-value store, where no B-tree orders the keys', async () => {
    // × 5 years: 20,000 × 86,400 × 1,826 days × 2 KB ≈ 6.3 PB, past 32 primaries → DynamoDB; uuid and time-uuid tie at 3, uuid first.
    const r = await reportOfYaml(ACCOUNTS('5 years'))
    expect(store(r).choice.id).toBe('key-value')
    expect(ids(r).choice.id).toBe('uuid')
    expect(ids(r).flipPoints.find((p) => p.fact === 'store')!.flips).toEqual([expect.objectContaining({becomes: expect.objectContaining({id: 'time-uuid'})})])
  })
})

import {describe, expect, it} from 'vitest'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {Matrix} from '../../src/matrices/types.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {toFacts} from './cases.js'

/**
 * The datastore matrix's fits-relational-shards criterion: records past one
 * relational primary (5,000 writes/s, 10 TB) but within ~32 of them
 * (160,000/s, 320 TB, after Notion's 32 physical PostgreSQL databases), read
 * and written by one key, with no call for writes that never pause, stay in a
 * sharded relational store (data/matrices/datastore.yaml).
 */
const datastore = MATRICES.find((m) => m.id === 'datastore') as Matrix
const TWEETS = {access: 'timeline', peakWriteQps: 12_000, textStorageBytes: 97.2e12, consistency: null, availabilitySlo: null}

describe('a sharded relational tier', () => {
  it('holds 12,000 writes/s and 97.2 TB read by user, and says where it would stop', () => {
    const d = select(datastore, toFacts(TWEETS))
    // relational: time-ordered +1, fits-relational-shards +3 = 4; wide-column: time-ordered +3.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['relational', 4, 'wide-column', 3])
    expect(d.reasons[0]).toBe(
      '12,000/s peak writes and 97.2 TB of records together need more than one relational primary but fit about 32 (up to ~160,000/s and ~320 TB): every read and write names the key the shards split on, so each shard is an ordinary primary with its replicas — sharded PostgreSQL or MySQL, well trodden at this size',
    )
    const flips = (fact: string) => d.flipPoints.find((p) => p.fact === fact)!.flips.map((f) => [f.direction, f.above ?? f.atLeast ?? f.below, f.becomes?.id])
    // Past 32 × 5,000/s or 32 × 10 TB, the limits of one primary count again: wide-column.
    expect(flips('peakWriteQps')).toEqual([['up', 160_000, 'wide-column']])
    expect(flips('textStorageBytes')).toEqual([['up', 320e12, 'wide-column']])
  })

  it('is not offered past 32 primaries, without keyed access, or where writes must never pause', () => {
    const choice = (facts: Record<string, unknown>) => select(datastore, toFacts({...TWEETS, ...facts})).choice.id
    expect(choice({textStorageBytes: 400e12})).toBe('wide-column')
    expect(choice({peakWriteQps: 200_000})).toBe('wide-column')
    expect(choice({consistency: 'eventual', availabilitySlo: 0.9999})).toBe('wide-column')
    // Every region taking its own writes (eventual, several regions or a region's loss survived): the failover
    // decision's regions-take-writes makes it active-active, which a shard's one primary contradicts.
    expect(choice({consistency: 'eventual', regions: 2})).toBe('wide-column')
    expect(choice({consistency: 'eventual', survive: 'region-loss'})).toBe('wide-column')
    expect(choice({consistency: 'strong', regions: 2})).toBe('relational')
    // No access pattern stated: nothing names the shard key every query carries (write-ceiling and scale-out count).
    expect(choice({access: null})).toBe('wide-column')
  })

  it('does not contradict the failover of a design whose regions all take writes', async () => {
    // 1 B writes a day ÷ 86,400 s × 2 = 23,148/s at peak, 1 B × 400 B × 730 days = 292 TB: within 32 primaries,
    // but eventual consistency in two regions is active-active, and each shard's one primary cannot be written in both.
    const r = await reportOfYaml(`name: Accounts in two regions
users: {mau: 100M, dau: 50%}
slo: {availability: 99.9%, consistency: eventual}
placement: {regions: 2}
workloads:
  accounts:
    writes: {perDay: 1B}
    reads: {perDay: 10B}
    recordSize: 400 B
    retention: 2 years
    access: point
`)
    expect(r.metrics['workload.accounts.storage.text.total']!.value).toBe(292e12)
    expect(r.decisions.find((d) => d.id === 'failover')!.choice.id).toBe('active-active')
    expect(r.decisions.find((d) => d.id === 'datastore.accounts')!.choice.id).toBe('key-value')
    expect(r.findings.filter((f) => f.rule === 'decision-contradiction')).toEqual([])
  })

  it('sizes the shards it decides: ten PostgreSQL primaries for the primer\'s 97.2 TB of tweets', async () => {
    const r = await reportOfFile('examples/published-designs/sdp-twitter.yaml')
    expect(r.decisions.find((d) => d.id === 'datastore.tweets')!.choice.id).toBe('relational')
    // 15 B × 36 months × 180 B = 97.2 TB ÷ 10 TB per primary = 9.72 → 10 primaries (12,000 writes/s need only 3).
    const primaries = r.plan.items.find((n) => n.component === 'datastore.tweets' && n.role === 'primary')!
    expect([primaries.technology, primaries.nodes, primaries.shards]).toEqual(['PostgreSQL', 10, 10])
    // The read-replicas decision is now asked: 200,000 reads/s at peak are past a primary and 15 replicas (150,000/s),
    // and 12,000 writes/s past one primary: the data is split (Primer: "read replicas alone" would not be enough).
    expect(r.decisions.find((d) => d.id === 'replication.tweets')!.choice.id).toBe('beyond-replicas')
  })
})

import {describe, expect, it} from 'vitest'
import {compareConventions, compareDecisions, compareFindings, diffSides} from '../../src/diff/compare.js'
import {compareIds, compareMetrics} from '../../src/diff/metrics.js'
import {sideFrom} from '../../src/diff/side.js'
import type {MetricDelta, SideConvention} from '../../src/diff/types.js'
import {decision, finding, side} from './helpers.js'
import {reportOfFile} from '../helpers/analysis.js'

/** a equals b to 12 significant digits. */
const near = (a: number | null, b: number): void => {
  expect(a).not.toBeNull()
  expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(a!), Math.abs(b)))
}
const byId = (list: readonly MetricDelta[], id: string): MetricDelta => list.find((m) => m.id === id)!

describe('metric deltas', () => {
  // Base: the social feed's posts kept 5 years at 99.99 %; head: kept 7 years, 2.5 writes per user instead of 2, 99.95 %.
  const base = side({
    'storage.total': [55.188e15, 'B'], // 30.24 TB/day × 1825 days
    'qps.write.peak': [6944.444444444444, 'req/s'], // 150 M × 2 ÷ 86,400 × 2
    'availability.slo.downtime.year': [3153.6, 's'], // (1 − 0.9999) × 31,536,000 s
    'input.users.mau': [300e6, 'users'],
    'cost.monthly': [0, 'USD'],
    'workload.old.qps.read.peak': [10, 'req/s'],
    'ratio.share': [0.1 + 0.2, 'ratio'],
  })
  const head = side({
    'storage.total': [77.2632e15, 'B'], // 30.24 TB/day × 2555 days
    'qps.write.peak': [8680.555555555555, 'req/s'], // 150 M × 2.5 ÷ 86,400 × 2
    'availability.slo.downtime.year': [15768, 's'], // (1 − 0.9995) × 31,536,000 s
    'input.users.mau': [300e6, 'users'],
    'cost.monthly': [1200, 'USD'],
    'workload.new.qps.read.peak': [20, 'req/s'],
    'ratio.share': [0.3, 'ratio'],
  })
  const deltas = compareMetrics(base, head)

  it('gives head − base and (head − base) ÷ base, in the metric’s base unit', () => {
    const storage = byId(deltas, 'storage.total')
    // 77.2632 PB − 55.188 PB = 22.0752 PB; 22.0752 ÷ 55.188 = 0.4 (7 ÷ 5 − 1)
    expect(storage).toMatchObject({status: 'changed', unit: 'B', headline: true, base: 55.188e15, head: 77.2632e15})
    near(storage.delta, 22.0752e15)
    near(storage.relative, 0.4)
    const writes = byId(deltas, 'qps.write.peak')
    // 8,680.56 − 6,944.44 = 1,736.11/s (150 M × 0.5 ÷ 86,400 × 2); 1,736.11 ÷ 6,944.44 = 0.25
    near(writes.delta, 1736.111111111111)
    near(writes.relative, 0.25)
    const downtime = byId(deltas, 'availability.slo.downtime.year')
    // 15,768 s − 3,153.6 s = 12,614.4 s; 12,614.4 ÷ 3,153.6 = 4 (0.0005 ÷ 0.0001 − 1)
    near(downtime.delta, 12614.4)
    near(downtime.relative, 4)
  })

  it('marks equal values unchanged (floating-point noise included), with a delta of 0', () => {
    expect(byId(deltas, 'input.users.mau')).toMatchObject({status: 'unchanged', delta: 0, relative: 0})
    // 0.1 + 0.2 is 0.30000000000000004, not 0.3: the same share.
    expect(byId(deltas, 'ratio.share')).toMatchObject({status: 'unchanged', delta: 0, relative: 0})
  })

  it('has no relative change from a base of 0', () => {
    expect(byId(deltas, 'cost.monthly')).toMatchObject({status: 'changed', delta: 1200, relative: null})
  })

  it('lists a metric of one version only as added or removed, without a delta', () => {
    expect(byId(deltas, 'workload.new.qps.read.peak')).toMatchObject({status: 'added', base: null, head: 20, delta: null, relative: null})
    expect(byId(deltas, 'workload.old.qps.read.peak')).toMatchObject({status: 'removed', base: 10, head: null, delta: null, relative: null})
  })

  it('counts every metric of either version in the summary', () => {
    const diff = diffSides(base, head)
    expect(diff.summary.metrics).toEqual({changed: 4, added: 1, removed: 1, unchanged: 2})
    expect(diff.metrics).toHaveLength(8)
  })
})

describe('metric order', () => {
  const ids = [
    'workload.posts.qps.write.peak',
    'input.users.mau',
    'storage.year.10',
    'nodes.total',
    'cost.monthly',
    'storage.year.2',
    'availability.slo.downtime.day',
    'availability.slo.downtime.year',
    'availability.composite',
    'cache.provisionedBytes',
    'bandwidth.egress.peak',
    'bandwidth.ingress.peak',
    'storage.perDay',
    'storage.total',
    'qps.total.peak',
    'qps.write.peak',
    'qps.read.peak',
    'calendar.daysPerMonth',
    'cost.storage.monthly',
    'nodes.component.app',
    'workload.likes.qps.write.peak',
    'qps.read.avg',
  ]
  const metrics = Object.fromEntries(ids.map((id) => [id, [1, 'count'] as const]))

  it('puts the headline metrics first, in their order, then system, cost and nodes, workloads, inputs, calendar', () => {
    const order = compareMetrics(side(metrics), side(Object.fromEntries(ids.map((id) => [id, [2, 'count'] as const])))).map((m) => m.id)
    expect(order).toEqual([
      'qps.read.peak',
      'qps.write.peak',
      'qps.total.peak',
      'storage.total',
      'storage.perDay',
      'bandwidth.ingress.peak',
      'bandwidth.egress.peak',
      'cache.provisionedBytes',
      'availability.slo.downtime.year',
      'availability.slo.downtime.day',
      'availability.composite',
      'cost.monthly',
      'nodes.total',
      'qps.read.avg',
      'storage.year.2',
      'storage.year.10',
      'cost.storage.monthly',
      'nodes.component.app',
      'workload.likes.qps.write.peak',
      'workload.posts.qps.write.peak',
      'input.users.mau',
      'calendar.daysPerMonth',
    ])
  })

  it('is the same whichever version a metric comes from', () => {
    const half = Object.fromEntries(ids.filter((_, i) => i % 2 === 0).map((id) => [id, [1, 'count'] as const]))
    const other = Object.fromEntries(ids.filter((_, i) => i % 2 === 1).map((id) => [id, [1, 'count'] as const]))
    expect(compareMetrics(side(half), side(other)).map((m) => m.id)).toEqual(compareMetrics(side(metrics), side(metrics)).map((m) => m.id))
  })

  it('compares numeric segments as numbers, words by code point', () => {
    expect(['a.10', 'a.9', 'a.b', 'a.B', 'a'].sort(compareIds)).toEqual(['a', 'a.9', 'a.10', 'a.B', 'a.b'])
  })
})

describe('decisions', () => {
  const base = [decision('datastore.posts', 'wide-column', 'key-value'), decision('redundancy', 'multi-region', 'multi-az'), decision('queue', 'kafka', 'rabbitmq'), decision('cache.old', 'redis', null)]
  const head = [
    decision('datastore.posts', 'wide-column', 'document', ['strong consistency']),
    decision('redundancy', 'multi-az', 'n-plus-one', ['99.95% allows 4h 22m 48s a year']),
    decision('queue', 'kafka', 'rabbitmq', ['unchanged reasons are not listed']),
    decision('datastore.likes', 'key-value', 'wide-column', ['reads and writes go by primary key']),
  ]
  const changes = compareDecisions(base, head)

  it('lists a changed choice and a changed runner-up, with the new reasons, in head’s order', () => {
    expect(changes.map((c) => [c.id, c.status])).toEqual([
      ['datastore.posts', 'changed'],
      ['redundancy', 'changed'],
      ['datastore.likes', 'added'],
      ['cache.old', 'removed'],
    ])
    const redundancy = changes[1]!
    expect([redundancy.base?.choice.id, redundancy.base?.runnerUp?.id, redundancy.head?.choice.id, redundancy.head?.runnerUp?.id]).toEqual(['multi-region', 'multi-az', 'multi-az', 'n-plus-one'])
    expect(redundancy.reasons).toEqual(['99.95% allows 4h 22m 48s a year'])
    // Same choice, new runner-up: a change too.
    expect([changes[0]!.base?.runnerUp?.id, changes[0]!.head?.runnerUp?.id]).toEqual(['key-value', 'document'])
  })

  it('gives a new decision no base, and a removed one no head', () => {
    expect(changes[2]).toMatchObject({base: null, reasons: ['reads and writes go by primary key']})
    expect(changes[2]!.head?.choice.id).toBe('key-value')
    expect(changes[3]).toMatchObject({head: null})
    expect(changes[3]!.base?.runnerUp).toBeNull()
  })

  it('counts them by kind', () => {
    expect(diffSides(side({}, {decisions: base}), side({}, {decisions: head})).summary.decisions).toEqual({changed: 2, added: 1, removed: 1})
  })
})

describe('findings', () => {
  it('matches findings by rule, path and message, not by line: an edit above moves them', () => {
    const base = [finding('slo-unreachable', 'slo.availability', 10), finding('relational-write-ceiling', 'workloads.users.writes', 40)]
    // Head inserts 5 lines above both: same findings, new lines.
    const head = [finding('slo-unreachable', 'slo.availability', 15), finding('relational-write-ceiling', 'workloads.users.writes', 45)]
    expect(compareFindings(base, head)).toEqual({added: [], resolved: [], unchanged: 2})
  })

  it('lists new findings as added (at head’s line) and gone ones as resolved (at base’s line)', () => {
    const base = [finding('slo-unreachable', 'slo.availability', 10), finding('relational-write-ceiling', 'workloads.users.writes', 40, 'peak writes 6,944/s')]
    const head = [finding('relational-write-ceiling', 'workloads.users.writes', 52, 'peak writes 24,306/s'), finding('media-in-database', 'workloads.posts.media', 60)]
    const changes = compareFindings(base, head)
    // The message quotes the numbers: a finding whose numbers moved is resolved and added again.
    expect(changes.added.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['relational-write-ceiling', 52, 'peak writes 24,306/s'],
      ['media-in-database', 60, 'media-in-database at workloads.posts.media'],
    ])
    expect(changes.resolved.map((f) => [f.ruleId, f.line, f.resolvedBy])).toEqual([
      ['slo-unreachable', 10, 'change'],
      ['relational-write-ceiling', 40, 'change'],
    ])
    expect(changes.unchanged).toBe(0)
  })

  it('calls a finding that head suppresses resolved by a suppression, and one whose suppression is removed added', () => {
    const base = [finding('slo-unreachable', 'slo.availability', 10), finding('single-point-of-failure', 'components', 30, 'x', 'accepted for the beta')]
    const head = [finding('slo-unreachable', 'slo.availability', 12, undefined, 'a second region is planned for Q3'), finding('single-point-of-failure', 'components', 31, 'x')]
    const changes = compareFindings(base, head)
    expect(changes.resolved.map((f) => [f.ruleId, f.resolvedBy])).toEqual([['slo-unreachable', 'suppression']])
    expect(changes.added.map((f) => f.ruleId)).toEqual(['single-point-of-failure'])
  })

  it('matches a repeated finding as many times as both versions have it', () => {
    const f = (line: number) => finding('short-retention', 'workloads.a.retention', line, 'same message')
    expect(compareFindings([f(1), f(2)], [f(3)])).toMatchObject({added: [], unchanged: 1})
    expect(compareFindings([f(1), f(2)], [f(3)]).resolved.map((r) => r.line)).toEqual([2])
    expect(compareFindings([f(1)], [f(3), f(4)]).added.map((r) => r.line)).toEqual([4])
  })
})

describe('conventions and workloads', () => {
  const conv = (name: string, value: number | string, source: 'default' | 'spec' = 'default'): SideConvention => ({name, label: name, value, display: String(value), source})

  it('lists conventions whose value changed, not one now stated with its default value', () => {
    const base = side({}, {conventions: [conv('secondsPerDay', 86_400), conv('year', 365), conv('peakFactor', 2)]})
    const head = side({}, {conventions: [conv('secondsPerDay', 86_400, 'spec'), conv('year', 365.25, 'spec'), conv('peakFactor', 2)]})
    expect(compareConventions(base, head).map((c) => [c.name, c.base?.value, c.head?.value])).toEqual([['year', 365, 365.25]])
  })

  it('lists workloads added and removed, in their version’s order', () => {
    const diff = diffSides(side({}, {workloads: ['users', 'posts', 'old']}), side({}, {workloads: ['users', 'posts', 'likes', 'shares']}))
    expect(diff.workloads).toEqual({added: ['likes', 'shares'], removed: ['old']})
    expect(diff.summary.workloads).toEqual({added: 2, removed: 1})
  })
})

describe('the social feed example: base and head', () => {
  it('derives the headline changes of media 10 % → 25 %, 5 → 7 years, 1 → 3 copies, likes and 99.95 %', async () => {
    const [base, head] = await Promise.all([reportOfFile('examples/diff/social-feed-base.yaml'), reportOfFile('examples/diff/social-feed-head.yaml')])
    const diff = diffSides(sideFrom(base), sideFrom(head))
    const m = (id: string): MetricDelta => byId(diff.metrics, id)
    // Posts per day: 300 M × (800 B + 25 % × 1 MB) × 3 copies = 720 GB + 225 TB = 225.72 TB,
    // kept 7 × 365 = 2,555 days: 576.7146 PB. Likes: 750 M × 24 B = 18 GB a day, kept
    // forever over the 7-year horizon: 45.99 TB. Users 300 GB and follows 1.44 TB as before.
    near(m('storage.total').head, 576.7146e15 + 45.99e12 + 0.3e12 + 1.44e12)
    // Base: 30.24 TB × 1,825 days + 1.74 TB = 55.18974 PB.
    near(m('storage.total').base, 55.18974e15)
    near(m('storage.total').relative, (576.7146e15 + 47.73e12) / 55.18974e15 - 1) // +945 %
    // Peak writes: (300 M posts + 750 M likes) ÷ 86,400 × 2 = 24,305.6/s, from 6,944.4/s: +250 %.
    near(m('qps.write.peak').relative, 2.5)
    // Downtime a year: (1 − 0.9995) ÷ (1 − 0.9999) = 5 times as much: +400 %.
    near(m('availability.slo.downtime.year').relative, 4)
    expect(diff.workloads).toEqual({added: ['likes'], removed: []})
    expect(diff.decisions.map((d) => [d.id, d.status, d.base?.choice.id ?? null, d.head?.choice.id ?? null])).toEqual([
      // 17,361 likes/s at peak and 46 TB, read by key, at 99.95 %: past one relational primary but within ~32
      // (datastore fits-relational-shards), so sharded PostgreSQL; its read-replicas decision is asked, and the writes past
      // one primary (5,000/s) call for splitting the data, not for replicas.
      ['datastore.likes', 'added', null, 'relational'],
      ['replication.likes', 'added', null, 'beyond-replicas'],
      // 99.95 % is below four nines: the posts' ring (available-first, masterless) gives way to fixed logical shards.
      ['partitioning.posts', 'changed', 'consistent-hashing', 'hash'],
      // 750 M likes a day: 17,361/s at peak, past one primary.
      ['partitioning.likes', 'added', null, 'hash'],
      // Likes state no retention: kept forever, where they are.
      ['retention.likes', 'added', null, 'keep'],
      // Without the 99.99 % multi-region band, ids need not be minted in every region without a registry:
      // the time-ordered UUID gives way to Snowflake ids (both sort by time).
      ['id-generation.posts', 'changed', 'time-uuid', 'snowflake'],
      ['id-generation.likes', 'added', null, 'snowflake'],
      ['cache.likes', 'added', null, 'memcached'],
      ['cache-strategy.likes', 'added', null, 'cache-aside'],
      ['cache-eviction.likes', 'added', null, 'lru'],
      ['redundancy', 'changed', 'multi-region', 'multi-az'],
    ])
    expect(m('workload.likes.qps.write.peak').status).toBe('added')
    expect(m('input.users.mau').status).toBe('unchanged')
    expect(diff.conventions).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {flipPoints, MAX_CANDIDATES} from '../../src/matrices/flip.js'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {Condition, Facts, FlipPoint, Matrix, MatrixOption} from '../../src/matrices/types.js'
import {toFacts} from './cases.js'

const option = (id: string): MatrixOption => ({id, label: id.toUpperCase(), technology: null, summary: '', references: []})
const row = (id: string, when: Condition, scores: Record<string, number>) => ({id, when, scores, reason: id, source: 'test'})

/** A toy matrix: `b` is the default, `limit` a threshold of 5,000/s. */
function toy(criteria: Matrix['criteria'], extra: Partial<Matrix> = {}): Matrix {
  return {
    id: 'toy',
    title: 'Toy',
    question: 'Which one?',
    subject: 'system',
    default: 'b',
    thresholds: {limit: {value: 5000, unit: 'req/s', label: 'limit', source: 'test'}},
    options: [option('a'), option('b'), option('c')],
    criteria,
    ...extra,
  }
}

const byId = (id: string): Matrix => MATRICES.find((m) => m.id === id)!

/** The flip points of a decision, compact: `fact: range → option` per flip. */
function compact(points: readonly FlipPoint[]): Record<string, string[]> {
  return Object.fromEntries(points.map((p) => [p.fact, p.flips.map((f) => `${f.direction} ${flipRangeText(f, p.unit)} → ${f.becomes?.id ?? 'not asked'}`)]))
}

const flipsOf = (m: Matrix, facts: Facts): Record<string, string[]> => compact(select(m, facts).flipPoints)

describe('flip points of numbers', () => {
  // `above 5000` fires from just past 5,000: 5,000 itself is still below the line.
  const strict = toy([row('fast', {fact: 'w', above: 'limit'}, {a: 2})])
  // `atLeast 5000` fires at 5,000 itself.
  const inclusive = toy([row('fast', {fact: 'w', atLeast: 'limit'}, {a: 2})])
  // `below 5000` fires up to just under 5,000.
  const under = toy([row('slow', {fact: 'w', below: 'limit'}, {a: 2})])

  it.each([
    ['above, from below: changes past the boundary', strict, 100, ['up above 5,000/s → a']],
    ['above, from above: changes at the boundary and under it', strict, 6944, ['down 5,000/s or less → b']],
    ['above, at the boundary itself: not yet past it', strict, 5000, ['up above 5,000/s → a']],
    ['at least, from below: changes at the boundary', inclusive, 100, ['up 5,000/s or more → a']],
    ['at least, from above: changes just under it', inclusive, 6944, ['down below 5,000/s → b']],
    ['at least, at the boundary itself: already fired', inclusive, 5000, ['down below 5,000/s → b']],
    ['below, from below: changes at the boundary', under, 100, ['up 5,000/s or more → b']],
    ['below, from above: changes just under it', under, 6944, ['down below 5,000/s → a']],
  ])('%s', (_name, m, w, expected) => {
    expect(flipsOf(m, {w: {value: w, unit: 'req/s'}})).toEqual({w: expected})
  })

  it('gives the nearest change on each side, with the far edge of a window', () => {
    // a: +2 from 1,000/s, c: +3 from 5,000/s (5,000/s also passes 1,000/s: c 3 > a 2).
    // At 3,000/s a leads: below 1,000/s the default b; from 5,000/s c.
    const m = toy([row('mid', {fact: 'w', atLeast: 1000}, {a: 2}), row('high', {fact: 'w', atLeast: 'limit'}, {c: 3})])
    expect(flipsOf(m, {w: {value: 3000, unit: 'req/s'}})).toEqual({w: ['down below 1,000/s → b', 'up 5,000/s or more → c']})
    // From 100/s the nearest change is the window [1,000, 5,000) to a; c is beyond it.
    expect(flipsOf(m, {w: {value: 100, unit: 'req/s'}})).toEqual({w: ['up 1,000/s or more and below 5,000/s → a']})
  })

  it('treats a number the matrix must equal as a single point', () => {
    // c +1 for any size above 0, a +5 at exactly 0: from 131 B only 0 B itself flips.
    const m = toy([row('empty', {fact: 'size', is: 0}, {a: 5}), row('some', {fact: 'size', above: 0}, {c: 1})])
    expect(flipsOf(m, {size: {value: 131, unit: 'B'}})).toEqual({size: ['down 0 B → a']})
  })

  it('gives every change for a number the spec does not state, as what stating it would do', () => {
    // Unknown: no comparison fires, so b (default). Stated: below 1,000/s c fires
    // (c), from 1,000/s up to 5,000/s nothing (b again), from 5,000/s a.
    const m = toy([row('low', {fact: 'w', below: 1000}, {c: 1}), row('high', {fact: 'w', atLeast: 'limit'}, {a: 1})])
    expect(flipsOf(m, {w: {value: null, unit: 'req/s'}})).toEqual({w: ['other below 1,000/s → c', 'other 5,000/s or more → a']})
  })

  it('says nothing changes the choice when no value of the fact alone can', () => {
    // a leads by 10 on another fact; w moves c by 2 at most.
    const m = toy([row('lead', {fact: 'f', is: true}, {a: 10}), row('w', {fact: 'w', above: 'limit'}, {c: 2})])
    expect(select(m, {f: {value: true}, w: {value: 10, unit: 'req/s'}}).flipPoints.find((p) => p.fact === 'w')!.flips).toEqual([])
  })

  it('counts the overlay weights as the decision does', () => {
    // Without weights a wins above 5,000/s; an overlay's c +3 outweighs a's +2 there.
    const m = toy([row('fast', {fact: 'w', above: 'limit'}, {a: 2})])
    const d = select(m, {w: {value: 100, unit: 'req/s'}}, null, {c: 3})
    expect(d.choice.id).toBe('c')
    expect(compact(d.flipPoints)).toEqual({w: []})
  })

  it('tries at most MAX_CANDIDATES boundaries per fact', () => {
    // Twenty boundaries (1 … 20), each turning a's lead on or off in turn: only
    // the lowest MAX_CANDIDATES are tried, so no flip names a boundary past them.
    const criteria = Array.from({length: MAX_CANDIDATES + 4}, (_, k) => row(`r${k}`, {fact: 'w', atLeast: k + 1}, k % 2 === 0 ? {a: 10} : {a: -10}))
    const last = select(toy(criteria), {w: {value: 1000, unit: 'count'}}).flipPoints[0]!
    expect(last.flips.every((f) => (f.atLeast ?? f.above ?? f.atMost ?? f.below ?? 0) <= MAX_CANDIDATES)).toBe(true)
  })
})

describe('flip points of stated properties', () => {
  it('tries every other value the matrix names, in matrix order, and keeps those that change the choice', () => {
    const m = toy([row('x', {fact: 'access', is: 'search'}, {a: 3}), row('y', {fact: 'access', in: ['timeline', 'range', 'point']}, {c: 2})])
    expect(flipsOf(m, {access: {value: 'point'}})).toEqual({access: ['other search → a']})
    expect(flipsOf(m, {access: {value: null}})).toEqual({access: ['other search → a', 'other timeline → c', 'other range → c', 'other point → c']})
  })

  it('tries both truth values of a yes/no fact', () => {
    const m = toy([row('x', {fact: 'flag', is: true}, {a: 3}), row('y', {fact: 'flag', is: false}, {c: 3})])
    expect(flipsOf(m, {flag: {value: true}})).toEqual({flag: ['other no → c']})
    // Not stated: neither row fires (b); yes gives a, no gives c.
    expect(flipsOf(m, {flag: {value: null}})).toEqual({flag: ['other yes → a', 'other no → c']})
  })

  it('says when a value ends the decision (the matrix no longer applies)', () => {
    const m = toy([row('x', {fact: 'w', above: 1}, {a: 1})], {appliesWhen: {fact: 'media', is: true}})
    expect(flipsOf(m, {media: {value: true}, w: {value: 0, unit: 'count'}})).toEqual({media: ['other no → not asked'], w: ['up above 1 → a']})
  })

  it('names every fact the matrix reads once, applicability first, with its label, source and unit', () => {
    const m = toy([row('x', {fact: 'peakWriteQps', above: 'limit'}, {a: 1}), row('y', {all: [{fact: 'consistency', is: 'strong'}, {fact: 'peakWriteQps', below: 10}]}, {c: 1})], {appliesWhen: {fact: 'hasMedia', is: true}})
    const points = select(m, {hasMedia: {value: true, from: 'workloads.posts.media'}, peakWriteQps: {value: 6944, unit: 'req/s', from: 'workload.posts.qps.write.peak'}}).flipPoints
    expect(points.map((p) => [p.fact, p.label, p.from, p.value, p.unit])).toEqual([
      ['hasMedia', 'media', 'workloads.posts.media', true, null],
      ['peakWriteQps', 'peak writes', 'workload.posts.qps.write.peak', 6944, 'req/s'],
      ['consistency', 'consistency', null, null, null],
    ])
  })
})

describe('flip points of the shipped matrices (hand-derived)', () => {
  it('data store: PostgreSQL until 5,000 writes/s at peak; at 6,944/s Cassandra', () => {
    // Facts: transactions, time-ordered reads, 6,944 writes/s, 1 TB kept, eventual consistency at four nines (the
    // social feed's): writes that must never pause, so no sharded relational tier (fits-relational-shards does not fire).
    //   transactions:   relational +4, document +1, graph +1, key-value −2, wide-column −2, …
    //   time-ordered:   wide-column +3, relational +1, key-value −1
    //   write-ceiling (6,944 > 5,000): relational −4; scale-out-writes: wide-column +3, key-value +2, document +1
    //   available-over-consistent: wide-column +1, key-value +1
    // At 6,944/s: wide-column −2+3+3+1 = 5, relational 4+1−4 = 1 → wide-column.
    // At 5,000/s or less the write-ceiling rows are off: relational 5, wide-column 2 → relational.
    // 1 TB is under the 10 TB data-size line; past it (data-size: relational −2,
    // wide-column +2) wide-column only leads further, and under it nothing changes.
    const facts = toFacts({transactions: true, access: 'timeline', peakWriteQps: 6944, textStorageBytes: 1e12, recordBytes: 800, consistency: 'eventual', availabilitySlo: 0.9999})
    const d = select(byId('datastore'), facts)
    expect(d.choice.id).toBe('wide-column')
    const flips = compact(d.flipPoints)
    expect(flips.peakWriteQps).toEqual(['down 5,000/s or less → relational'])
    expect(flips.textStorageBytes).toEqual([])
    // Without transactions (−4 for relational, +2 for wide-column): relational 0+1−4, wide-column 0+3+3+1: still wide-column.
    expect(flips.transactions).toEqual([])
    // With no consistency stated, the same writes are sharded relational: relational 4+1+3 (fits-relational-shards) = 8,
    // wide-column −2+3 = 1 (test/matrices/fits-relational-shards.test.ts).
    expect(flips.consistency).toEqual(['other strong → relational'])
  })

  it('redundancy: the social feed (99.99 %, eventual) runs across regions until 99.99 %, across zones from 99.9 %', () => {
    // At 99.99 %: beyond-one-instance (n-plus-one +2, single −4), zone-outage (multi-az +3,
    // n-plus-one −1), region-outage (multi-region +5): multi-region 5, multi-az 3.
    // From 99.9 % to below 99.99 %: region-outage off: multi-az 3, n-plus-one 1 → multi-az.
    // Above 99.99 % beyond-one-region adds 3 more to multi-region: no change upwards.
    // Strong consistency: cross-region-writes multi-region −3 → 2 < multi-az 3.
    // Placement stated: one region (multi-region −6) → multi-az 3; zone-loss (multi-az +6,
    // multi-region −2) → multi-az 9; instance-loss (n-plus-one +6, multi-region −2) → n-plus-one 7.
    // "Highly available" adds nothing beside a stated figure, and neither do residency or
    // placementStated alone.
    const d = select(byId('redundancy'), toFacts({availabilitySlo: 0.9999, consistency: 'eventual'}))
    expect(d.choice.id).toBe('multi-region')
    expect(compact(d.flipPoints)).toEqual({
      availabilitySlo: ['down 99.9% or more and below 99.99% → multi-az'],
      consistency: ['other strong → multi-az'],
      regions: ['other 1 → multi-az'],
      survive: ['other zone-loss → multi-az', 'other instance-loss → n-plus-one'],
      // The plan's zones (stated-zones: multi-az +4) → multi-az 7 > 5.
      zones: ['other 2 or more → multi-az'],
      residencyJurisdictions: [],
      highlyAvailable: [],
      placementStated: [],
    })
  })

  it('cache: the URL shortener’s redirects (point reads, 10 reads a write) keep Memcached unless the reads turn to lists or fall under a cache’s worth', () => {
    // plain-objects memcached +2; survive-node-loss (99.99 %) redis +1: memcached 2, redis 1.
    // access timeline or range: sorted-lists redis +4 (and plain-objects off): redis 5.
    // fan-out: precomputed-feeds redis +2 → redis 3 > 2.
    // reads per write below 1 (eventual): write-buffer redis +2 → redis 3 > 2.
    // peak reads below cacheWorthwhileReadQps (1,000/s): the cache matrix is not asked.
    const facts = toFacts({peakReadQps: 23_148, access: 'point', hasFanout: false, readWriteRatio: 10, consistency: 'eventual', availabilitySlo: 0.9999})
    const d = select(byId('cache'), facts)
    expect(d.choice.id).toBe('memcached')
    expect(compact(d.flipPoints)).toEqual({
      peakReadQps: ['down below 1,000/s → not asked'],
      access: ['other timeline → redis', 'other range → redis'],
      // ordering only tells a time-ordered range from a sorted one; both are Redis sorted sets.
      ordering: [],
      hasFanout: ['other yes → redis'],
      readWriteRatio: ['down below 1× → redis'],
      // No hot set known: the read-mostly way in (a hot set one node holds) cannot open.
      cacheHotBytes: [],
      // Not among these facts: nothing to vary (test/cache/lookups.test.ts has the flip at 50 lookups/s).
      peakLookupQps: [],
      // Reads spread evenly over the records leave no popular subset to cache: not asked.
      readPopularity: ['other uniform → not asked'],
      consistency: [],
      availabilitySlo: [],
    })
  })
  it('cache: Pastebin\'s popular pastes are asked below 1,000 reads/s because they are read-mostly and one node holds them', () => {
    // 80 reads/s is under cacheWorthwhileReadQps, but 10 reads a write (readMostlyRatio), a 187 MB hot set
    // (under cacheNodeBytes, 96 GB) and at least 50 reads/s (readMostlyFloorReadQps) ask it; plain-objects: memcached.
    const facts = toFacts({peakReadQps: 80, access: 'point', hasFanout: false, readWriteRatio: 10, cacheHotBytes: 187e6, consistency: null, availabilitySlo: null})
    const d = select(byId('cache'), facts)
    expect(d.choice.id).toBe('memcached')
    const flips = compact(d.flipPoints)
    expect(flips.peakReadQps).toEqual(['down below 50/s → not asked'])
    expect(flips.readWriteRatio).toEqual(['down below 10× → not asked'])
    expect(flips.cacheHotBytes).toEqual(['up 96 GB or more → not asked'])
  })
})

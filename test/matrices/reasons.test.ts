import {describe, expect, it} from 'vitest'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {Matrix} from '../../src/matrices/types.js'
import {type PlainFacts, toFacts} from './cases.js'

/*
 * What a decision says for itself: the reasons that separate the choice
 * from its runner-up must be the ones an engineer would give, not a
 * criterion that only penalised a third option.
 */

const matrix = (id: string): Matrix => MATRICES.find((m) => m.id === id)!
const reasons = (id: string, facts: PlainFacts): string => select(matrix(id), toFacts(facts)).reasons.join('\n')

describe('reasons a decision gives', () => {
  it('a declared time series at 23,000 writes/s keeps its store, and no reason speaks of one relational primary', () => {
    const d = select(matrix('datastore'), toFacts({access: 'timeseries', peakWriteQps: 23_000, textStorageBytes: 50e12, consistency: 'eventual', availabilitySlo: 0.9999}))
    expect(d.choice.id).toBe('time-series')
    expect(d.reasons.join('\n')).not.toMatch(/relational primary/)
  })

  it('a leaderboard read as ranges of scores is cached in a sorted set by score, not by timestamp', () => {
    const text = reasons('cache', {access: 'range', ordering: null, hasFanout: false, readWriteRatio: 0.02})
    expect(text).toMatch(/sorted by that score|ordered by that score/)
    expect(text).not.toMatch(/timestamp/)
  })

  it('a chat read as time-ordered ranges still says score = timestamp', () => {
    expect(reasons('cache', {access: 'range', ordering: true, hasFanout: false, readWriteRatio: 1.5})).toMatch(/score = timestamp/)
  })

  it('redundancy with nothing stated says that N+1 in one zone is an assumption', () => {
    expect(reasons('redundancy', {availabilitySlo: null, placementStated: false})).toMatch(/is assumed/)
  })

  it('retries for transactional payments speak of idempotency keys, not of skipping retries', () => {
    const d = select(matrix('retries'), toFacts({workloadCount: 1, transactions: true, availabilitySlo: null, deliveryRequired: true}))
    expect(d.choice.id).toBe('adopt')
    expect(d.reasons.join('\n')).toMatch(/idempotency key/)
  })
})

import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {toFacts} from './cases.js'
import {PROFILES_TWO_REGIONS} from './cases-cache-placement.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The cache-placement decision (data/matrices/cache-placement.yaml): asked of
 * a workload given a cache in a system that serves from two regions or more,
 * with its flip points worked out by hand.
 */

const matrix = matrixById('cache-placement')

const PROFILES = PROFILES_TWO_REGIONS

describe('cache-placement', () => {
  it('a geohash cache that is never written, read in two jurisdictions: a full copy in every region', () => {
    // reads-in-every-region: one-region −2; not-written: replicated +2 → one-region −2, replicated 2, per-region 0.
    const d = select(matrix, toFacts({cacheChosen: 'redis', regions: null, residencyJurisdictions: 2, peakReadQps: 10_000, peakLookupQps: 0, hasWrites: false, readWriteRatio: null, cacheHotBytes: null, consistency: null}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['replicated', 2, 'per-region', 0])
    // One jurisdiction: not asked. Writes stated (with no ratio known): 0 each, the default per-region.
    // Strong consistency: one-region −2 + 3 = 1, replicated 2 − 2 = 0, per-region −1 → one-region.
    // A hot set of a node or more: replicated 2 − 2 = 0, per-region +2 → per-region.
    // Writes outnumbering reads: one-region −2 + 2 = 0, replicated 2 − 2 = 0, per-region −1: a tie, the first listed.
    expect(flipsOf(d.flipPoints)).toEqual({
      residencyJurisdictions: ['down below 2 → not asked'],
      hasWrites: ['other yes → per-region'],
      readWriteRatio: ['other below 1× → one-region'],
      cacheHotBytes: ['other 96 GB or more → per-region'],
      consistency: ['other strong → one-region'],
    })
  })

  it('reads the proximity service as published; a read-mostly profile cache in two regions; one region not asked', async () => {
    const proximity = await reportOfFile('examples/published-designs/xu-proximity.yaml')
    expect(proximity.decisions.filter((d) => d.matrix === 'cache-placement').map((d) => [d.id, d.choice.id])).toEqual([['cache-placement.geo-index', 'replicated']])
    // 10,000 reads/s ÷ 100 writes/s = 100 reads per write: read-mostly, replicated +2; the hot set is
    // 20 % × 10,000 reads/s × 86,400 s × 1,000 B = 172.8 GB, past a 96 GB node: replicated −2, per-region +2
    // → per-region 2, replicated 0, one-region −2.
    const placed = (r: Awaited<ReturnType<typeof reportOfYaml>>): unknown => r.decisions.filter((d) => d.matrix === 'cache-placement').map((d) => [d.choice.id, d.choice.score, d.runnerUp?.id])
    expect(placed(await reportOfYaml(PROFILES))).toEqual([['per-region', 2, 'replicated']])
    // A tenth of the reads (1,000/s, 10 writes/s): 17.28 GB fits a node, replicated 2 + 1 = 3.
    expect(placed(await reportOfYaml(PROFILES.replace('100}', '10}').replace('10K', '1K')))).toEqual([['replicated', 3, 'per-region']])
    expect((await reportOfYaml(PROFILES.replace('regions: 2', 'regions: 1'))).decisions.some((d) => d.matrix === 'cache-placement')).toBe(false)
  })
})

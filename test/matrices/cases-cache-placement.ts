import type {MatrixCase} from './cases.js'

/**
 * Cases of the cache-placement matrix (data/matrices/cache-placement.yaml),
 * spread into CASES. Scores by hand (one-region / replicated / per-region).
 */
const twoRegions = {cacheChosen: 'redis', regions: 2, residencyJurisdictions: null, peakLookupQps: 0, hasWrites: true, readWriteRatio: null, cacheHotBytes: null, consistency: null}

export const CACHE_PLACEMENT_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  'cache-placement': [
    // reads-in-every-region: one-region −2; not-written: replicated +2 → 2 / 0 (per-region).
    {name: 'a geohash cache read 10,000 times a second, rebuilt nightly, data kept in the EU and the US (Xu and Lam: proximity service)', facts: {...twoRegions, regions: null, residencyJurisdictions: 2, peakReadQps: 10_000, hasWrites: false}, choice: 'replicated', runnerUp: 'per-region'},
    // reads −2; read-mostly +2; hot-set-beyond-a-node: replicated −2, per-region +2 → one-region −2, replicated 0, per-region 2.
    {name: 'profiles read 100 times per write, a 300 GB hot set, two regions', facts: {...twoRegions, peakReadQps: 50_000, readWriteRatio: 100, cacheHotBytes: 300e9}, choice: 'per-region', runnerUp: 'replicated'},
    // reads −2; writes-outnumber-reads: one-region +2, replicated −2, per-region −1; strong: +3, −2, −1 → 3 / −4 / −2.
    {name: 'session counters written twice per read, strongly consistent, two regions', facts: {...twoRegions, peakReadQps: 2_000, readWriteRatio: 0.5, cacheHotBytes: 2e9, consistency: 'strong'}, choice: 'one-region', runnerUp: 'per-region'},
  ],
}

/** Profiles read 100 times per write in two regions, a 173 GB hot set (cache-placement.test.ts works it out): a cache of each region's own. */
export const PROFILES_TWO_REGIONS = `name: Profiles
placement:
  regions: 2
workloads:
  profiles:
    writes: {perSecond: 100}
    reads: {perSecond: 10K}
    recordSize: 1 KB
`

import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices that read how a workload is queried, updated and
 * pushed (geospatial index, ranking, real-time transport, pub/sub, search
 * engine), spread into CASES. Kept apart so that each matrix's cases sit
 * beside the others of its kind.
 */
export const QUERY_FACT_UNITS: Readonly<Record<string, Unit>> = {
  rankRefresh: 's',
  rankWindow: 's',
  recordsHeld: 'count',
  concurrentConnections: 'count',
  pushesPerConnectionPerMinute: 'count',
  peakPushes: 'req/s',
}

export const QUERY_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  'geo-index': [
    {name: 'businesses within a radius, updated next day (Xu: proximity service)', facts: {access: 'geo', geoQuery: 'radius', updates: 'append', peakWriteQps: 1}, choice: 'geohash', runnerUp: 'r-tree'},
    {name: 'the nearest places, mostly static (Grokking: Yelp)', facts: {access: 'geo', geoQuery: 'nearest', peakWriteQps: 10}, choice: 'quadtree', runnerUp: 'r-tree'},
    {name: 'the nearest drivers, 500 K drivers reporting every 3 s (Grokking: Uber)', facts: {access: 'geo', geoQuery: 'nearest', updates: 'in-place', peakWriteQps: 333_000}, choice: 'quadtree', runnerUp: 'geohash'},
    {name: 'delivery zones a courier is in (geofences)', facts: {access: 'geo', geoQuery: 'region', updates: 'in-place', peakWriteQps: 2_000}, choice: 's2', runnerUp: 'r-tree'},
    {name: 'the nearest stores, joined with their stock, in one relational database', facts: {access: 'geo', geoQuery: 'nearest', relationships: true, peakWriteQps: 50}, choice: 'r-tree', runnerUp: 'quadtree'},
    {name: 'a radius search over relational rows: the simpler index by a hair', facts: {access: 'geo', geoQuery: 'radius', transactions: true, peakWriteQps: 50}, choice: 'geohash', runnerUp: 'r-tree'},
  ],
}

import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'

/*
 * The decisions that read how a workload is queried and pushed, end to end
 * from a spec: each is asked only of the workloads (or systems) its facts
 * concern, and chooses from the facts the spec states.
 */
const decided = async (yaml: string): Promise<Record<string, string>> => {
  const report = await reportOfYaml(yaml)
  return Object.fromEntries(report.decisions.map((d) => [d.id, d.choice.id]))
}

describe('geospatial index', () => {
  it('is decided for a workload read by location, from what its queries ask', async () => {
    const d = await decided(`name: Places
users: {mau: 100M, dau: 100M}
workloads:
  places:
    writes: {perDay: 1M}
    recordSize: 1 KB
    access: point
  nearby:
    reads: {perUserPerDay: 5}
    readSize: 10 KB
    access: geo
    geo: radius
  drivers:
    writes: {perSecond: 500K / 3}
    recordSize: 35 B
    updates: in-place
    records: 500K
    access: geo
    geo: nearest
`)
    expect(Object.keys(d).filter((id) => id.startsWith('geo-index'))).toEqual(['geo-index.nearby', 'geo-index.drivers'])
    expect(d['geo-index.nearby']).toBe('geohash')
    expect(d['geo-index.drivers']).toBe('quadtree')
  })
})

describe('ranking', () => {
  it('is decided for a workload read as a ranking: live scores in a sorted set, an hourly best-seller list from the database', async () => {
    const d = await decided(`name: Games and shop
users: {mau: 25M, dau: 5M}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    reads: {perSecond: 50}
    recordSize: 26 B
    updates: in-place
    records: users.mau
    access: ranking
    ranking: {member: true, refresh: 0 s}
  best-sellers:
    writes: {perDay: 30M}
    reads: {perSecond: 400}
    recordSize: 40 B
    retention: 7 days
    access: ranking
    ranking: {refresh: 1 hour, window: 7 days}
  orders:
    writes: {perDay: 30M}
    recordSize: 1 KB
`)
    expect(Object.keys(d).filter((id) => id.startsWith('ranking'))).toEqual(['ranking.scores', 'ranking.best-sellers'])
    expect(d['ranking.scores']).toBe('sorted-set')
    expect(d['ranking.best-sellers']).toBe('database-index')
  })
})

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

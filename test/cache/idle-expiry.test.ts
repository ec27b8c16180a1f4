import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * `expireAfterIdle`: a key's record is dropped once it has gone unwritten for
 * a stated time (Xu, System Design Interview vol. 2, nearby friends: inactive
 * friends disappear after 10 minutes). The cache-eviction decision is asked of
 * the workload for it and chooses a TTL renewed on every write, with the flip
 * point where nothing expires.
 */

// Xu vol. 2 ch. 2: "Location update QPS = 10 million / 30 = ~334,000", one location per active user.
const LOCATIONS = `name: Nearby friends
workloads:
  locations:
    writes: {perSecond: 10M / 30}
    updates: in-place
    records: 10M
    expireAfterIdle: 10 min
`

describe('records dropped after idle', () => {
  it('make the eviction a TTL renewed on every write, flipping to no decision where nothing expires', async () => {
    const report = await reportOfYaml(LOCATIONS)
    const eviction = report.decisions.filter((d) => d.id.startsWith('cache'))
    // Only the eviction is asked: the locations are written, not read, and no cache is chosen for them.
    expect(eviction.map((d) => `${d.id}=${d.choice.id}`)).toEqual(['cache-eviction.locations=ttl'])
    const d = eviction[0]!
    // idle-expiry ttl +4: ttl 4, lru 0.
    expect(d.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['idle-expiry'])
    expect(d.runnerUp?.id).toBe('lru')
    const flip = d.flipPoints.find((f) => f.fact === 'idleExpirySeconds')!
    expect(flip.value).toBe(600)
    expect(flip.flips).toEqual([{direction: 'down', is: 0, becomes: null}])
  })

  it('without it, the same workload is asked nothing about eviction', async () => {
    const report = await reportOfYaml(LOCATIONS.replace('    expireAfterIdle: 10 min\n', ''))
    expect(report.decisions.filter((d) => d.id.startsWith('cache'))).toEqual([])
  })

  it('must be longer than zero, reported at its value', async () => {
    const found = (await diagnosticsOf(LOCATIONS.replace('10 min', '0 s'))).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)
    expect(found).toEqual([
      '7:22: `workloads.locations.expireAfterIdle` must be longer than zero | how long a key may go without a write before its record is dropped, e.g. `10 min`; leave it out if records stay until deleted',
    ])
  })
})

import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * The failover decision's `replaceable-state` criterion (data/matrices/failover.yaml):
 * records that every write replaces (`updates: in-place`) and that may lose a write
 * (`delivery: at-most-once`) may lose the last writes before a failure, so a standby replicated
 * asynchronously and promoted is enough: active-passive +3. After Xu's nearby friends:
 * the latest locations in Redis with a standby, "occasional data point loss is acceptable".
 */
const failover = (r: Report) => r.decisions.find((d) => d.id === 'failover')!
const top = (r: Report) => {
  const d = failover(r)
  return [d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]
}

const LOCATIONS = (delivery: string, extra = '') => `name: Locations
slo:
  consistency: eventual
${extra}workloads:
  locations:
    writes: {perSecond: 334000}
    records: 10M
    updates: in-place
    delivery: ${delivery}
`

describe('failover of records each write replaces, a lost write tolerated', () => {
  it('keeps a standby for the latest locations beside a masterless store, and says what would change it', async () => {
    // masterless-writes (eventual, a masterless store chosen for the locations): active-active +2;
    // replaceable-state: active-passive +3. 334,000 writes/s rule one-primary out.
    const r = await reportOfYaml(LOCATIONS('at-most-once'))
    expect(r.decisions.find((d) => d.id === 'datastore.locations')!.choice.id).toBe('key-value')
    expect(top(r)).toEqual(['active-passive', 3, 'active-active', 2])
    // The loss is what the design accepts; that the next update restores it holds of a position, not of a count a write adjusts.
    expect(failover(r).reasons.join(' ')).toContain('a standby copied asynchronously and promoted in seconds loses at most the last writes before the failure, a loss the design accepts')
    expect(failover(r).reasons.join(' ')).not.toContain('next update')
    expect(failover(r).flipPoints.find((p) => p.fact === 'replaceableState')!.flips).toEqual([
      {direction: 'other', is: false, becomes: {id: 'active-active', label: 'Active-active', technology: null}},
    ])
  })

  it('lets every copy serve where each write must land (at-least-once): nothing heals a lost write', async () => {
    expect(top(await reportOfYaml(LOCATIONS('at-least-once')))).toEqual(['active-active', 2, 'active-passive', 0])
  })

  it('still runs active-active where two reasons come together (two regions taking writes): 5 against 3', async () => {
    const r = await reportOfYaml(LOCATIONS('at-most-once', 'placement:\n  regions: 2\n'))
    expect(top(r)).toEqual(['active-active', 5, 'active-passive', 3])
  })
})

import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/** The durability decision at a stated target (data/matrices/durability.yaml, copies-meet-target). */
describe('object durability at a stated target three copies meet', () => {
  const OBJECTS = (durability: string) => `name: Objects
slo: {durability: ${durability}}
workloads:
  objects:
    writes: {perYear: 0.68B}
    reads: {perYear: 19 * writes.perYear}
    recordSize: 1 KB
    media: {size: 60 MB, readShare: 100%}
`
  const durability = (r: Report) => r.decisions.find((d) => d.id === 'durability.objects')!

  it('keeps three copies at six nines, and erasure-codes past them (Xu: S3-like object storage)', async () => {
    // 0.68 B × 60 MB = 40.8 PB a year, 204 PB over the 5-year horizon: petabytes (erasure-coding +3, replication −1)
    // against copies-meet-target (replication +3, erasure-coding −1): 2 to 2, replication the default.
    const six = durability(await reportOfYaml(OBJECTS('99.9999%')))
    expect([six.choice.id, six.choice.score, six.runnerUp?.id, six.runnerUp?.score]).toEqual(['replication', 2, 'erasure-coding', 2])
    expect(six.flipPoints.find((p) => p.fact === 'durabilitySlo')!.flips).toContainEqual({direction: 'up', above: 0.999999, becomes: {id: 'erasure-coding', label: 'Erasure coding', technology: null}})
    // Seven nines: copies-meet-target does not fire; erasure-coding 3, replication −1.
    expect(durability(await reportOfYaml(OBJECTS('99.99999%'))).choice.id).toBe('erasure-coding')
  })
})

import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * When the partitioning decision is asked (data/matrices/partitioning.yaml
 * `appliesWhen`): besides peak writes past 1,000/s and a hot set past one cache
 * node, at the average write rate the System Design Primer calls tough for one
 * write master (400/s), at the records kept over the horizon at which MongoDB's
 * manual says to consider sharding (3 TB), and for points rolled up per series.
 */
const partitioning = (r: Report, workload: string) => r.decisions.find((d) => d.id === `partitioning.${workload}`)
const flipsOf = (r: Report, workload: string, fact: string) => partitioning(r, workload)!.flipPoints.find((p) => p.fact === fact)!.flips

const SALES = (perSecond: number) => `name: Sales
workloads:
  sales:
    writes: {perSecond: ${perSecond}}
    recordSize: 40 B
    retention: 36 months
`

describe('partitioning asked at the average writes one write master finds tough', () => {
  it('asks at 400 writes/s on average (the primer\'s sales rank) and says where it stops', async () => {
    // 400/s average, 800/s at peak (peak factor 2): under the 1,000/s peak line, at the primer's 400/s.
    // Records kept: 400/s × 40 B × 86,400 s × 365 days × 3 years = 1.513 TB, under 3 TB.
    const r = await reportOfYaml(SALES(400))
    expect(r.metrics['workload.sales.qps.write.peak']!.value).toBe(800)
    expect(r.metrics['workload.sales.storage.text.total']!.value).toBeLessThan(3e12)
    expect(partitioning(r, 'sales')?.choice.id).toBe('hash')
    expect(flipsOf(r, 'sales', 'averageWriteQps')).toEqual([{direction: 'down', below: 400, becomes: null}])
  })

  it('does not ask at 300 writes/s on average (600/s at peak, 1.1 TB kept)', async () => {
    expect(partitioning(await reportOfYaml(SALES(300)), 'sales')).toBeUndefined()
  })
})

const OBJECT_TABLE = (perYear: string) => `name: Object metadata
workloads:
  metadata:
    writes: {perYear: ${perYear}}
    recordSize: 1 KB
`

describe('partitioning asked for the records kept over the horizon', () => {
  it('asks once the rows kept reach 3 TB (Xu\'s S3 object table: 0.68 B rows of 1 KB a year, five years)', async () => {
    // 0.68 B × 1,000 B = 0.68 TB a year, kept for the 5-year horizon: 3.4 TB ≥ 3 TB.
    const r = await reportOfYaml(OBJECT_TABLE('0.68B'))
    expect(r.metrics['workload.metadata.storage.text.total']!.value).toBe(3.4e12)
    expect(partitioning(r, 'metadata')?.choice.id).toBe('hash')
    expect(flipsOf(r, 'metadata', 'textStorageBytes')).toEqual([{direction: 'down', below: 3e12, becomes: null}])
  })

  it('does not ask for 0.5 B rows a year (2.5 TB over the horizon)', async () => {
    // 0.5 B × 1,000 B × 5 = 2.5 TB < 3 TB; 0.5 B ÷ 31,536,000 s = 15.9 writes/s.
    expect(partitioning(await reportOfYaml(OBJECT_TABLE('0.5B')), 'metadata')).toBeUndefined()
  })
})

describe('partitioning asked for points rolled up per series', () => {
  const METRICS = `name: Metrics
workloads:
  metrics:
    writes: {perDay: 10M}
    retention: 7 days
    access: timeseries
    rollups:
      series: 10M
      tiers:
        - {resolution: 1 min, retention: 30 days}
`
  it('hashes the series so that each consumer rolls up whole series (Xu: metrics partitioned by metric name)', async () => {
    // 10 M ÷ 86,400 s × 2 = 231 writes/s at peak: asked for the rollups alone.
    const r = await reportOfYaml(METRICS)
    const d = partitioning(r, 'metrics')!
    // increasing-keys (hash +1, range −2) and rolled-up-per-series (hash +1, range −1): hash 2, consistent hashing 0.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['hash', 2, 'consistent-hashing', 0])
    expect(d.reasons.join(' ')).toContain("hashing the series id sends all of a series' points to one partition")
    expect(d.summary).toContain('Shard key: (series_id, time bucket)')
    expect(flipsOf(r, 'metrics', 'hasRollups')).toEqual([{direction: 'other', is: false, becomes: null}])
  })

  it('is not asked of the same points without rollups', async () => {
    const r = await reportOfYaml(METRICS.replace(/    rollups:[\s\S]*$/, ''))
    expect(partitioning(r, 'metrics')).toBeUndefined()
  })
})

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

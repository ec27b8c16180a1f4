import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'
import {METRICS_ROLLUPS} from '../fixtures/metrics-rollups.js'

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
  // Xu's metrics at the chapter's own 10 M points a day, 10 M ÷ 86,400 s × 2 = 231 writes/s at peak, and as
  // in his spec no point size (the bytes kept unknown): asked for the rollups alone.
  const METRICS = METRICS_ROLLUPS.replace('writes: {perSecond: 10M / 10}', 'writes: {perDay: 10M}').replace('    recordSize: 16 B\n', '')
  it('hashes the series so that each consumer rolls up whole series (Xu: metrics partitioned by metric name)', async () => {
    const r = await reportOfYaml(METRICS)
    expect(r.metrics['workload.points.qps.write.peak']!.value).toBeCloseTo(231.48, 2)
    const d = partitioning(r, 'points')!
    // increasing-keys (hash +1, consistent hashing +1, range −2) and rolled-up-per-series (hash +1, range −1): hash 2, consistent hashing 1.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['hash', 2, 'consistent-hashing', 1])
    expect(d.reasons.join(' ')).toContain("hashing the series id sends all of a series' points to one partition")
    expect(d.summary).toContain('Shard key: (series_id, time bucket)')
    expect(flipsOf(r, 'points', 'hasRollups')).toEqual([{direction: 'other', is: false, becomes: null}])
  })

  it('is not asked of the same points without rollups', async () => {
    const r = await reportOfYaml(METRICS.replace(/    rollups:[\s\S]*$/, ''))
    expect(partitioning(r, 'points')).toBeUndefined()
  })
})

describe('outgrowsOneNode: data stated not to fit on one machine', () => {
  const GRAPH = (extra: string) => `name: Social graph
workloads:
  people:
    records: 100M * 50
    reads: {perSecond: 400}
    access: traversal
${extra}`

  it('asks the partitioning decision without a size, and places friends together through a directory (the primer\'s Lookup Service)', async () => {
    // 400 reads/s, no writes, no record size: nothing else asks. neighbours-together: directory 3, range 0.
    const r = await reportOfYaml(GRAPH('    outgrowsOneNode: true\n'))
    const d = partitioning(r, 'people')!
    expect([d.choice.id, d.runnerUp?.id]).toEqual(['directory', 'range'])
    expect(d.summary).toContain('Shard key: vertex_id')
    expect(flipsOf(r, 'people', 'outgrowsOneNode')).toEqual([{direction: 'other', is: false, becomes: null}])
    expect(partitioning(await reportOfYaml(GRAPH('    outgrowsOneNode: false\n')), 'people')).toBeUndefined()
    expect(partitioning(await reportOfYaml(GRAPH('')), 'people')).toBeUndefined()
  })

  it('is a yes or no, located when it is not', async () => {
    await expect(reportOfYaml(GRAPH('    outgrowsOneNode: maybe\n'), {file: 'graph.yaml'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({file: 'graph.yaml', line: 7, column: 22, path: 'workloads.people.outgrowsOneNode', message: '`workloads.people.outgrowsOneNode` should be true or false, not text `maybe`', hint: 'for example `outgrowsOneNode: true`'})],
    })
  })
})

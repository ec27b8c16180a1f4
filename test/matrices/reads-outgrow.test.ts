import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * readsOutgrowOneNode: a design that says one server cannot take a workload's
 * reads, without their rate (Xu's S3 bucket table), is asked the read-replicas
 * decision (data/matrices/replication.yaml, reads-stated-past-primary).
 */
const BUCKETS = (extra: string) => `name: Buckets
workloads:
  buckets:
    records: 1M * 10
    recordSize: 1 KB
${extra}`
const replication = (r: Report) => r.decisions.find((d) => d.id === 'replication.buckets')

describe('reads stated past one server', () => {
  it('asks the read-replicas decision without a read rate, and chooses replicas', async () => {
    // 10 M buckets × 1 KB = 10 GB kept, in a relational store; no reads stated.
    const r = await reportOfYaml(BUCKETS('    readsOutgrowOneNode: true\n'))
    expect(r.metrics['workload.buckets.storage.total']!.value).toBe(10e9)
    const d = replication(r)!
    // reads-stated-past-primary: read-replicas +3, primary-only −3.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id]).toEqual(['read-replicas', 3, 'cache-in-front'])
    expect(d.reasons).toEqual(['the design states that one server cannot take all the reads (no rate given): copies of the primary must share them'])
    expect(d.flipPoints.find((p) => p.fact === 'readsOutgrowOneNode')!.flips).toEqual([{direction: 'other', is: false, becomes: null}])
  })

  it('is not asked when the design says nothing of its reads, or says they fit', async () => {
    expect(replication(await reportOfYaml(BUCKETS('')))).toBeUndefined()
    expect(replication(await reportOfYaml(BUCKETS('    readsOutgrowOneNode: false\n')))).toBeUndefined()
  })

  it('is a yes or no, located when it is not', async () => {
    await expect(reportOfYaml(BUCKETS('    readsOutgrowOneNode: 3\n'), {file: 'b.yaml'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({file: 'b.yaml', line: 6, column: 26, path: 'workloads.buckets.readsOutgrowOneNode', hint: 'for example `readsOutgrowOneNode: true`'})],
    })
  })
})

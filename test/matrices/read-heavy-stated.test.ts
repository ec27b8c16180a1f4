import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * readHeavy: a design that says a workload is read far more than written,
 * without rates (Xu and Lam's business table: "For a read-heavy system, a
 * relational database such as MySQL can be a good fit"; "The database cluster
 * can use the primary-secondary setup"), is asked the read-replicas decision
 * (data/matrices/replication.yaml, read-heavy-stated).
 */
const BUSINESSES = (extra: string) => `name: Businesses
workloads:
  businesses:
    records: 200M
${extra}`
const replication = (r: Report) => r.decisions.find((d) => d.id === 'replication.businesses')

describe('read-heavy, stated without rates', () => {
  it('asks the read-replicas decision, and chooses replicas', async () => {
    const d = replication(await reportOfYaml(BUSINESSES('    readHeavy: true\n')))!
    // read-heavy-stated: read-replicas +2; reads-fit-primary does not fire (no reads were counted to fit).
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['read-replicas', 2, 'primary-only', 0])
    expect(d.reasons).toEqual(['the design states the reads far outnumber the writes (no rates given): replicas take the reads off the primary, and each applies only the few writes'])
    expect(d.flipPoints.find((p) => p.fact === 'readHeavy')!.flips).toEqual([{direction: 'other', is: false, becomes: null}])
  })

  it('is not asked when the design says nothing of its reads, or says no', async () => {
    expect(replication(await reportOfYaml(BUSINESSES('')))).toBeUndefined()
    expect(replication(await reportOfYaml(BUSINESSES('    readHeavy: false\n')))).toBeUndefined()
  })

  it('beside stated reads alone, the reads still count: 800 reads/s at peak fit the primary, and the statement leans to replicas', async () => {
    // 400 reads/s × 2 = 800/s at peak < 10,000/s: reads-fit-primary primary-only +1; read-heavy-stated read-replicas +2.
    const d = replication(await reportOfYaml(BUSINESSES('    reads: {perSecond: 400}\n    readHeavy: true\n')))!
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['read-replicas', 2, 'primary-only', 1])
  })

  it('is an error beside both reads and writes, whose ratio says it, and a yes or no: both located', async () => {
    await expect(reportOfYaml(BUSINESSES('    reads: {perSecond: 400}\n    writes: {perSecond: 4}\n    readHeavy: true\n'), {file: 'b.yaml'})).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({
          file: 'b.yaml',
          line: 7,
          column: 16,
          path: 'workloads.businesses.readHeavy',
          message: "`readHeavy` states what `businesses`'s `reads` and `writes` already measure",
          hint: 'remove `readHeavy`: the ratio of the stated reads to writes says whether the workload is read-heavy',
        }),
      ],
    })
    await expect(reportOfYaml(BUSINESSES('    readHeavy: mostly\n'), {file: 'b.yaml'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({file: 'b.yaml', line: 5, column: 16, path: 'workloads.businesses.readHeavy', hint: 'for example `readHeavy: true`'})],
    })
  })
})

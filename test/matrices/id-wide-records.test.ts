import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * The id-generation decision's `wide-records` criterion (data/matrices/id-generation.yaml):
 * for sharded data (ids minted on many nodes) whose records are 1 KB or more, the 8 bytes
 * a 64-bit Snowflake id saves over a 128-bit UUID are under 1 % of each record, and a
 * UUID needs no worker number per minting process: time-ordered and random UUIDs +2.
 * After Xu's email service: 50 KB emails keyed by a TIMEUUID clustering key.
 */
const ids = (r: Report, workload: string) => r.decisions.find((d) => d.id === `id-generation.${workload}`)!
const top = (r: Report, workload: string) => {
  const d = ids(r, workload)
  return [d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]
}

const MAIL = (recordSize: string) => `name: Mail
workloads:
  mailbox:
    writes: {perSecond: 400000}
    recordSize: ${recordSize}
    ids:
      sortable: true
`

describe('ids of sharded records of a KB or more', () => {
  it('keys 50 KB emails by a time-ordered UUID, and says where that stops', async () => {
    // sharded (peak writes ≥ 5,000/s): snowflake +2, uuid +1, time-uuid +1, sequence −4;
    // time-ordered (sortable): snowflake +3, time-uuid +3, sequence +1, uuid −1;
    // wide-records (50 KB ≥ 1 KB, sharded): time-uuid +2, uuid +2.
    // time-uuid 1 + 3 + 2 = 6; snowflake 2 + 3 = 5; uuid 1 − 1 + 2 = 2.
    const r = await reportOfYaml(MAIL('50 KB'))
    expect(top(r, 'mailbox')).toEqual(['time-uuid', 6, 'snowflake', 5])
    expect(ids(r, 'mailbox').reasons.join(' ')).toContain('each record is 50 KB: the 8 bytes a 64-bit id saves over a 128-bit one are under 1 % of it')
    expect(ids(r, 'mailbox').flipPoints.find((p) => p.fact === 'recordBytes')!.flips).toEqual([
      {direction: 'down', below: 1000, becomes: {id: 'snowflake', label: 'Snowflake-style ids', technology: null}},
    ])
  })

  it('keeps Snowflake ids for sharded 500 B records, where 8 bytes are 1.6 % of each', async () => {
    // time-uuid 1 + 3 = 4; snowflake 2 + 3 = 5.
    expect(top(await reportOfYaml(MAIL('500 B')), 'mailbox')).toEqual(['snowflake', 5, 'time-uuid', 4])
  })

  it('leaves one primary\'s sequence alone: 2 KB records at 100 writes/s are not sharded', async () => {
    // Peak 100/s × the peak factor, far under 5,000/s; 100/s × 2,000 B × 86,400 s × 365 days = 6.31 TB < 10 TB kept.
    const r = await reportOfYaml(`name: Orders
workloads:
  orders:
    writes: {perSecond: 100}
    recordSize: 2 KB
    retention: 1 year
`)
    expect(ids(r, 'orders').choice.id).toBe('sequence')
    expect(ids(r, 'orders').criteria.find((c) => c.id === 'wide-records')!.fired).toBe(false)
  })
})

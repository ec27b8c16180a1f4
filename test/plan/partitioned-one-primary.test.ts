import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'

/*
 * The partitioning decision can split a workload's data ahead of need (from
 * 400 average writes/s, the primer's "might be tough"), while one primary
 * still holds it. The plan then says the shards share that primary for now,
 * instead of "no sharding needed" beside a decision to shard (found in review).
 */
// 34.56 M writes a day ÷ 86,400 s = 400 writes/s on average, 800/s at peak; 34.56 M × 200 B × 365 days ≈ 2.52 TB a year.
const SPEC = `name: Sales
workloads:
  sales:
    writes: {perDay: 34.56M}
    reads: {perDay: 1M}
    recordSize: 200 B
    retention: 1 year
    transactions: true
`

describe('a partitioned workload that one primary still holds', () => {
  it('says its shards share the one primary for now, naming the decision', async () => {
    const report = await reportOfYaml(SPEC)
    const partitioning = report.decisions.find((d) => d.id === 'partitioning.sales')
    expect(partitioning).toBeDefined()
    const primary = report.plan.items.find((i) => i.component === 'datastore.sales' && i.role === 'primary')!
    expect(primary.nodes).toBe(1)
    const line = primary.basis.at(-1)!
    expect(line).toContain('one primary holds it all for now')
    expect(line).toContain(`(${partitioning!.choice.label})`)
    expect(line).not.toContain('no sharding needed')
  })
})

import {expect, it} from 'vitest'
import {requirementsView} from '../../src/render/view/requirements.js'
import {numbersFor} from '../../src/render/view/numbers.js'
import {reportOfYaml} from '../helpers/analysis.js'

it('the requirements say how each workload is updated, queried and pushed, and the connections held open', async () => {
  const report = await reportOfYaml(`name: Live map
users: {mau: 10M, dau: 1M}
connections: {concurrent: 100K, bidirectional: true}
workloads:
  positions:
    writes: {perSecond: 10K}
    recordSize: 50 B
    updates: in-place
    records: 500K
    access: geo
    geo: nearest
    push: {recipients: 5}
  board:
    writes: {perDay: 1M}
    reads: {perSecond: 50}
    recordSize: 26 B
    retention: 30 days
    access: ranking
    ranking: {member: true, refresh: 1 hour, window: 7 days}
`)
  const view = requirementsView(report, numbersFor(report))
  expect(view.functional.map((w) => w.shape)).toEqual([
    'geo access; updated in place; nearest geo queries; pushed to 5 connected clients',
    "ranking access; ranking, with a member's own rank, refreshed every 1h, over the last 7 days",
  ])
  expect(view.nonFunctional.find((r) => r.requirement === 'Open connections')?.target).toBe('100 K at once, clients send over them')
  expect(report.requirements.workloads[0]!.queries).toEqual({updates: 'in-place', geo: 'nearest', ranking: null, pushRecipients: 5, partitionKey: null, analytics: null, rollups: null})
  expect(report.requirements.connections).toEqual({concurrent: 100e3, bidirectional: true})
})

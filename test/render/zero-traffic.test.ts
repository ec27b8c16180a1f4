import {beforeAll, expect, it} from 'vitest'
import type {DesignReport} from '../../src/analysis/report.js'
import {buildView, type ReportView} from '../../src/render/view/index.js'
import {zeroForLackOfTraffic} from '../../src/render/view/zero-traffic.js'
import {reportOfFile} from '../helpers/analysis.js'

// social-feed's users and follows state records held but neither reads nor writes.
let report: DesignReport
let view: ReportView
beforeAll(async () => {
  report = await reportOfFile('examples/social-feed.yaml')
  view = buildView(report)
})

it('what is zero for lack of traffic: the undescribed request counts and what they make zero, not a zero for another reason', () => {
  const zero = zeroForLackOfTraffic(report)
  expect(zero.has('workload.users.requests.write.perDay')).toBe(true)
  expect(zero.has('workload.users.qps.read.peak')).toBe(true)
  expect(zero.has('workload.follows.bandwidth.egress.avg')).toBe(true)
  // users' 300 GB of records held is not zero; posts has traffic; a stated 0% growth is an input, not for lack of traffic.
  expect(zero.has('workload.users.storage.total')).toBe(false)
  expect(zero.has('workload.posts.qps.write.avg')).toBe(false)
  expect(zero.has('input.workloads.users.growth')).toBe(false)
})

it('the capacity tables leave out the rows of zeros, keep rows with a figure (users keeps 300 GB), and say so once', () => {
  expect(view.capacity.traffic.rows.map((r) => r.workload)).toEqual(['posts'])
  expect(view.capacity.bandwidth.rows.map((r) => r.workload)).toEqual(['posts'])
  expect(view.capacity.cache.rows.map((r) => r.workload)).toEqual(['posts'])
  expect(view.capacity.storage.rows.map((r) => [r.workload, r.kept])).toEqual([
    ['users', '300 GB'],
    ['follows', '1.44 TB'],
    ['posts', '55.2 PB'],
  ])
  expect(view.capacity.leftOut).toBe('Rows that are zero only because a workload has no traffic of that kind are left out of these tables and the appendix (users, follows have neither reads nor writes).')
})

it('the appendix leaves them out too: no row of a metric that is zero for lack of traffic (64 of its 266 rows were)', () => {
  const zero = zeroForLackOfTraffic(report)
  // The estimate's groups (the plan's and the cost's come after them).
  const ids = view.appendix.groups.filter((g) => g.title !== 'Scaling plan' && g.title !== 'Monthly cost').flatMap((g) => g.rows.map((r) => r.id.replaceAll('`', '')))
  expect(ids.filter((id) => zero.has(id))).toEqual([])
  expect(ids).toContain('workload.users.storage.total')
  // 368 metrics today (technology models, Kafka and budget-split metrics included), 65 of them zero for lack of traffic: 303 rows.
  const rows = view.appendix.sources.length + ids.length
  expect(rows).toBe(303)
})

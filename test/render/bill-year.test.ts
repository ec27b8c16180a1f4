import {expect, it} from 'vitest'
import {buildView} from '../../src/render/view/index.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'

it('social-feed: the monthly cost says it is a month of year 5 of 5, when the 5-year windows are full (55.2 PB, where year 1 holds 11 PB)', async () => {
  const view = buildView(await reportOfFile('examples/social-feed.yaml'))
  expect(view.summary.headline.find((h) => h.label.startsWith('Monthly cost'))!.label).toBe('Monthly cost (year 5 of 5, retention full)')
  expect(view.cost!.basis).toBe(
    "The bill of a month in year 5 of the 5-year horizon: storage is the data kept once every retention window is full, at the spec's traffic without growth (`storage.total` = 55.2 PB; the longest window, 5 years, is full in year 5); a month of year 1 would store `storage.year.1` = 11 PB. Machines and egress are for the same traffic.",
  )
})

it('a 90-day retention fills in year 1: the bill is a month of year 1, with nothing about year 1 to add', async () => {
  const report = await reportOfYaml(`name: Short
horizon: 3 years
users: {dau: 1000000}
workloads:
  events:
    writes: {perUserPerDay: 10}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 90 days
`)
  const view = buildView(report)
  // 90 days ÷ 365 days a year = 0.25 → year 1.
  expect(view.summary.headline.find((h) => h.label.startsWith('Monthly cost'))!.label).toBe('Monthly cost (year 1 of 3, retention full)')
  // 10 writes × 1 M users × 1 KB × 90 days = 900 GB.
  expect(view.cost!.basis).toMatch(/^The bill of a month in year 1 of the 3-year horizon: .* the longest window, 90 days, is full in year 1\)\. Machines/)
  expect(view.cost!.basis).toContain('(`storage.total` = 900 GB;')
})

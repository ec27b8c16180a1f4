import Table from 'cli-table3'
import {describe, expect, it, vi} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {buildEstimateReport} from '../../src/analysis/estimate-report.js'
import {drawTable} from '../../src/render/table.js'
import {appendixView} from '../../src/render/view/appendix.js'
import {numbersFor} from '../../src/render/view/numbers.js'
import {loadSpec} from '../../src/spec/load.js'

/*
 * Steps that were quadratic in the number of workloads, at the 1,000 the
 * limit allows: the appendix filtered every metric once per workload (a
 * report took 9 s), and cli-table3 lays out a table by comparing each cell
 * with every row above it (`diff --all` of two such specs never finished).
 * The measure is the work itself: metrics looked at, rows laid out at once.
 */

const spec = (workloads: readonly string[]): string =>
  `name: Many\nusers: {mau: 1M, dau: 100K}\nworkloads:\n${workloads.map((w) => `  ${w}: {writes: {perUserPerDay: 1}, recordSize: 1 KB}`).join('\n')}\n`

describe('the appendix groups the metrics by workload in one pass', () => {
  it('looks at each metric a bounded number of times, whatever the workloads', async () => {
    const names = Array.from({length: 100}, (_, i) => `w${i}`)
    const loaded = await loadSpec(spec(names), 'spec.yaml')
    const report = buildEstimateReport('spec.yaml', loaded.model, null, estimate(loaded.model))
    const startsWith = vi.spyOn(String.prototype, 'startsWith')
    try {
      appendixView(report, numbersFor(report))
      // A few times per metric (grouping, the system rows, formatting), not once per metric per workload (100 ×).
      expect(startsWith.mock.calls.length).toBeLessThanOrEqual(10 * Object.keys(report.metrics).length)
    } finally {
      startsWith.mockRestore()
    }
  })

  it('a workload whose name starts another one keeps its own metrics', async () => {
    const loaded = await loadSpec(spec(['a', 'ab', 'a-b', 'a_b']), 'spec.yaml')
    const report = buildEstimateReport('spec.yaml', loaded.model, null, estimate(loaded.model))
    const view = appendixView(report, numbersFor(report))
    for (const [i, w] of ['a', 'ab', 'a-b', 'a_b'].entries()) {
      const ids = view.groups[i + 1]!.rows.map((r) => r.id)
      expect(ids.length).toBeGreaterThan(10)
      expect(ids.every((id) => id.startsWith(`\`workload.${w}.`))).toBe(true)
    }
  })
})

describe('a long table is laid out in pieces', () => {
  it('cli-table3 never lays out more than a piece at once, and the text is the one table', () => {
    const rows = Array.from({length: 1000}, (_, i) => [`metric.${i}`, String(i * 7), i % 3 === 0 ? '–' : '日本'])
    const whole = new Table({head: ['id', 'value', 'note'], style: {head: [], border: [], compact: true}})
    for (const row of rows) whole.push([...row])
    const expected = whole.toString()
    const toString = vi.spyOn(Table.prototype, 'toString')
    try {
      expect(drawTable(['id', 'value', 'note'], rows)).toBe(expected)
      expect(Math.max(...toString.mock.contexts.map((table) => (table as unknown as unknown[]).length))).toBeLessThanOrEqual(50)
    } finally {
      toString.mockRestore()
    }
  })
})

import {describe, expect, it} from 'vitest'
import {FIGURE_TABLES, figureRows} from '../../src/render/figure-tables.js'
import {sizeup} from '../helpers/analysis.js'
import type {EstimateReport} from '../../src/analysis/estimate-report.js'

const spec = (extra: string, workloads = 1): string =>
  [
    'name: Servers',
    'users: {mau: 10M, dau: 10%}',
    extra,
    'workloads:',
    ...Array.from({length: workloads}, (_, i) => `  w${i}: {writes: {perUserPerDay: 10}, recordSize: 1 KB, retention: 1 year}`),
    '',
  ].join('\n')

async function report(text: string): Promise<EstimateReport> {
  const out = await sizeup(['estimate', '-', '--json'], text)
  expect(out.stderr).toBe('')
  return JSON.parse(out.stdout) as EstimateReport
}

const servers = FIGURE_TABLES.find((t) => t.title.startsWith('Servers'))!

describe('figure tables: which rows a table has', () => {
  it("a top-level perServer in a one-workload spec shows the system's servers (it was left out: no workload row)", async () => {
    // 1 M DAU × 10 writes × 1 KB = 10 GB a day; × 365 days = 3.65 TB kept; ⌈3.65 TB ÷ 1 TB⌉ = 4 servers.
    const rows = figureRows(await report(spec('perServer: {storage: 1 TB}')), servers)
    expect(rows.map((r) => r.workload)).toEqual([null])
    expect(rows[0]!.cells.map((c) => c?.value ?? null)).toEqual([4, null, null, 4])
  })

  it("a workload's own perServer in a one-workload spec is one row, not the workload and a copy as the total", async () => {
    const text = spec('').replace('retention: 1 year}', 'retention: 1 year, perServer: {storage: 1 TB}}')
    const rows = figureRows(await report(text), servers)
    expect(rows.map((r) => r.workload)).toEqual(['w0'])
  })

  it('with several workloads, the counts table ends with the total', async () => {
    const rows = figureRows(await report(spec('', 2)), FIGURE_TABLES[0]!)
    // 10 M records a day each: 1 M DAU × 10.
    expect(rows.map((r) => [r.workload, r.cells[0]?.value])).toEqual([['w0', 10e6], ['w1', 10e6], [null, 20e6]])
  })
})

describe('figure tables: a server count is written out whole', () => {
  it('3,650 servers, not `3.65 K`, in the terminal and the design document', async () => {
    // 100 M DAU × 10 writes × 1 KB = 1 TB a day; × 365 days = 365 TB kept; ÷ 100 GB a server = 3,650.
    const text = spec('perServer: {storage: 100 GB}').replace('mau: 10M', 'mau: 1B')
    const terminal = await sizeup(['estimate', '-'], text)
    expect(terminal.stdout).toMatch(/│ total\s+│ 3,650\s+│ –\s+│ –\s+│ 3,650\s+│/)
    const markdown = await sizeup(['report', '-'], text)
    expect(markdown.stdout).toContain('| **total** | **3,650** | **–** | **–** | **3,650** |')
  })
})

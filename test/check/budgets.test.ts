import {beforeAll, describe, expect, it} from 'vitest'
import {holds} from '../../src/check/budgets.js'
import type {Report} from '../../src/analysis/report.js'
import {checkFile} from '../../src/check/check-file.js'
import {loadConfig} from '../../src/config/load.js'
import {SHIPPED_RULES} from '../../src/review/ruleset.js'
import {reportOfYaml} from '../helpers/analysis.js'

// 86.4 M writes a day of 1 KB, kept 10 days: 1,000 writes/s on average, 2,000/s
// at peak (the default 2×), 864 GB stored; 20 MB/s of egress at peak.
const SPEC = `name: Budgets
users: {mau: 1M, dau: 100K}
workloads:
  items:
    writes: {perDay: 86.4M}
    reads: {perDay: 864M}
    recordSize: 1 KB
    retention: 10 days
`
const CONFIG = 'sizeup.config.yaml'
let analysis: Report

beforeAll(async () => {
  analysis = await reportOfYaml(SPEC, {file: 'budgets.yaml'})
})

/** The budgets of a configuration measured against the spec. */
async function measure(budgets: readonly string[], extra = '') {
  const config = await loadConfig(`${extra}budgets:\n${budgets.map((b) => `  - ${b}\n`).join('')}`, CONFIG)
  return checkFile(analysis, config, SHIPPED_RULES, undefined)
}

describe('budgets at, just under and just over the limit', () => {
  // [budget, value relative to the limit, passes]
  const table: Array<[string, string, boolean]> = [
    ['storage.total <= 864 GB', 'at', true],
    ['storage.total <= 864.001 GB', 'just under', true],
    ['storage.total <= 863.999 GB', 'just over', false],
    ['storage.total < 864 GB', 'at', false],
    ['storage.total < 864.001 GB', 'just under', true],
    ['storage.total < 863.999 GB', 'just over', false],
    ['storage.total <= 0.864 TB', 'at, in other units', true],
    ['storage.total <= 864000000000', 'at, in bytes', true],
    ['qps.write.peak <= 2K/s', 'at', true],
    ['qps.write.peak <= 2001', 'just under', true],
    ['qps.write.peak <= 1999.99 req/s', 'just over', false],
    ['qps.write.peak < 2K', 'at', false],
    ['qps.write.peak < 2000.01/s', 'just under', true],
    ['qps.write.peak < 1.99999K/s', 'just over', false],
    ['bandwidth.egress.peak <= 160 Mbps', 'at (20 MB/s)', true],
    ['bandwidth.egress.peak < 160 Mbps', 'at (20 MB/s)', false],
    ['qps.write.peak >= 2K', 'at', true],
    ['qps.write.peak > 2K', 'at', false],
    ['qps.write.peak > 1999', 'just over', true],
    ['qps.write.peak >= 2001', 'just under', false],
  ]
  it.each(table)('%s (value %s the limit): passes %s', async (budget, _where, passes) => {
    const {file, diagnostics} = await measure([budget])
    expect(diagnostics).toEqual([])
    expect(file.budgets).toHaveLength(1)
    expect(file.budgets[0]!.passed).toBe(passes)
    expect(file.findings.filter((f) => f.ruleId === 'budget')).toHaveLength(passes ? 0 : 1)
  })

  it('money and machines: cost.monthly in USD, nodes.total as a count', async () => {
    const cost = analysis.cost!.totalMonthlyUsd
    const nodes = analysis.plan!.totalNodes
    const {file, diagnostics} = await measure([`cost.monthly <= ${cost} USD`, `"cost.monthly < $${cost}"`, `nodes.total <= ${nodes}`, `nodes.total < ${nodes}`])
    expect(diagnostics).toEqual([])
    expect(file.budgets.map((b) => [b.unit, b.passed])).toEqual([
      ['USD', true],
      ['USD', false],
      ['count', true],
      ['count', false],
    ])
  })

  it('treats float noise at the limit as equal', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(holds(0.1 + 0.2, '<=', 0.3)).toBe(true)
    expect(holds(0.1 + 0.2, '<', 0.3)).toBe(false)
    expect(holds(0.3, '>=', 0.1 + 0.2)).toBe(true)
  })
})

describe('an exceeded budget is a finding of the rule `budget`', () => {
  it('located at its line in the configuration, quoting the value and the limit', async () => {
    const {file} = await measure(['qps.write.peak <= 20K', 'storage.total <= 500 GB'])
    const [finding] = file.findings.filter((f) => f.ruleId === 'budget')
    expect(finding).toEqual({
      ruleId: 'budget',
      severity: 'error',
      message: 'storage.total of budgets.yaml is 864 GB; the budget is <= 500 GB',
      hint: 'change the design so that storage.total <= 500 GB, or change the budget in sizeup.config.yaml if the new figure is intended',
      file: CONFIG,
      line: 3,
      column: 5,
      path: 'budgets.1',
      metrics: ['storage.total'],
      suppressed: null,
    })
    expect(file.budgets.map((b) => [b.display, b.passed])).toEqual([
      ['2 K/s', true],
      ['864 GB', false],
    ])
  })

  it('shows more digits when the rounded value would read as the limit', async () => {
    // 863.9 GB rounds to `864 GB` too, so `864 GB` alone would not say why it fails.
    const {file} = await measure(['storage.total <= 863.9 GB'])
    expect(file.findings.find((f) => f.ruleId === 'budget')!.message).toBe('storage.total of budgets.yaml is 864 GB (864000000000 B); the budget is <= 863.9 GB')
    const far = await measure(['storage.total <= 800 GB'])
    expect(far.file.budgets[0]!.display).toBe('864 GB')
  })

  it('takes its severity from `rules: budget:`; `off` keeps the measurement but reports nothing', async () => {
    const warn = await measure(['storage.total <= 1 GB'], 'rules:\n  budget: warn\n')
    expect(warn.file.findings.filter((f) => f.ruleId === 'budget').map((f) => [f.severity, f.line])).toEqual([['warn', 4]])
    const off = await measure(['storage.total <= 1 GB'], 'rules:\n  budget: off\n')
    expect(off.file.findings.filter((f) => f.ruleId === 'budget')).toEqual([])
    expect(off.file.budgets[0]!.passed).toBe(false)
  })
})

describe('budgets that do not fit the spec are problems of the configuration', () => {
  it('an unknown metric id, with the closest one, located at the metric', async () => {
    const {diagnostics} = await measure(['storage.totl <= 10 PB'])
    expect(diagnostics).toEqual([{file: CONFIG, line: 2, column: 5, path: 'budgets.0', message: 'unknown metric `storage.totl` in budget `storage.totl <= 10 PB` (checking `budgets.yaml`)', hint: 'did you mean `storage.total`?'}])
  })

  it('a workload metric of another workload', async () => {
    const {diagnostics} = await measure(['workload.item.storage.total <= 10 PB'])
    expect(diagnostics.map((d) => d.hint)).toEqual(['did you mean `workload.items.storage.total`?'])
  })

  it('a limit of the wrong dimension, located at the limit', async () => {
    const {diagnostics} = await measure(['storage.total <= 10 ms', 'cost.monthly <= 10 TB', 'qps.write.peak <= 50%'])
    expect(diagnostics.map(({line, column, message, hint}) => ({line, column, message, hint}))).toEqual([
      {line: 2, column: 22, message: 'budget `storage.total <= 10 ms`: `storage.total` is a size in bytes, but `10 ms` is a duration', hint: 'write a size in bytes, e.g. `10 PB` or `500 GiB`'},
      {line: 3, column: 21, message: 'budget `cost.monthly <= 10 TB`: `cost.monthly` is an amount in US dollars, but `10 TB` is a size in bytes', hint: 'write an amount in US dollars, e.g. `50000 USD`'},
      {line: 4, column: 23, message: 'budget `qps.write.peak <= 50%`: `qps.write.peak` is a rate per second, but `50%` is a share', hint: 'write a rate per second, e.g. `20K/s` or `20K`'},
    ])
  })
})

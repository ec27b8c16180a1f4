import {describe, expect, it} from 'vitest'
import {reportOfYaml, sizeup} from '../helpers/analysis.js'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

// What nothing depends on need not be written: users without a rate per user,
// workloads for a question of availability alone, a read size whose bytes are
// not estimated. Each was required before.

describe('optional facts', () => {
  it('a spec of availability alone: no users, no workloads', async () => {
    const yaml = 'name: Uptime\nslo: {availability: 99.95%}\n'
    expect(await diagnosticsOf(yaml)).toEqual([])
    const e = await estimateYaml(yaml)
    // 0.0005 × 365 × 86,400 s = 15,768 s = 4 h 22 m 48 s
    expect(value(e, 'availability.slo.downtime.year')).toBeCloseTo(15_768, 6)
    // System totals are sums of no workload, not missing.
    expect(value(e, 'qps.read.peak')).toBe(0)
    expect(value(e, 'storage.total')).toBe(0)
    expect(e.metrics.get('input.users.mau')).toBeUndefined()
    const report = await reportOfYaml(yaml)
    expect(report.requirements.users).toEqual({mau: null, dau: null})
    const md = await sizeup(['report', '-'], yaml)
    expect(md.status).toBe(0)
    expect(md.stdout).toContain('No workloads are described')
    expect(md.stdout).not.toContain('| Users |')
    const terminal = await sizeup(['estimate', '-'], yaml)
    expect(terminal.status).toBe(0)
    expect(terminal.stdout).toContain('4h 22m 48s')
    expect(terminal.stdout).not.toContain('Traffic')
  })

  it('total rates need no users', async () => {
    const e = await estimateYaml('name: Totals\nworkloads:\n  posts:\n    writes: {perDay: 86.4M}\n    recordSize: 1 KB\n')
    // 86,400,000 ÷ 86,400 s = 1,000 writes/s
    expect(value(e, 'qps.write.avg')).toBe(1000)
  })

  it('a DAU without a MAU is enough for rates per daily user', async () => {
    const e = await estimateYaml('name: DAU\nusers: {dau: 1M}\nworkloads:\n  posts:\n    writes: {perUserPerDay: 2}\n    recordSize: 1 KB\n')
    // 1,000,000 × 2 = 2,000,000 writes a day
    expect(value(e, 'requests.write.perDay')).toBe(2_000_000)
  })

  it('reads with no size are counted, and their bytes not estimated', async () => {
    const yaml = 'name: Lookups\nworkloads:\n  lookups:\n    reads: {perDay: 1B}\n'
    const e = await estimateYaml(yaml)
    // 1,000,000,000 ÷ 86,400 × 2 = 23,148.148… reads/s at peak
    expect(value(e, 'qps.read.peak')).toBeCloseTo(23_148.148, 2)
    expect(e.metrics.get('workload.lookups.cache.hotBytes')).toBeUndefined()
    expect(e.metrics.get('workload.lookups.bandwidth.egress.text.peak')?.formula).toBe('0 (no read size stated)')
    expect((await sizeup(['report', '-'], yaml)).status).toBe(0)
  })

  it('a read size is needed where something prices or caches the bytes', async () => {
    // Without one, a price per byte out would cost these reads nothing.
    expect((await diagnosticsOf('name: Lookups\nprices: {egress: 0.02 / 1 GB}\nworkloads:\n  lookups:\n    reads: {perDay: 1B}\n')).map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 5, '`prices.egress` prices the bytes reads return, but `lookups` states no read size'],
    ])
  })
})

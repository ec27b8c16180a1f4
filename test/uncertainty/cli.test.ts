import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {fifo, readFifo} from '../helpers/special-files.js'

const dir = mkdtempSync(join(tmpdir(), 'sizeup-ranges-'))
const spec = join(dir, 'ranged.yaml')
writeFileSync(
  spec,
  `name: Ranged
users: {mau: 100M..300M, dau: 40%..60%}
workloads:
  posts:
    writes: {perUserPerDay: 1..4}
    reads: {perUserPerDay: 10}
    recordSize: normal(800 B, 100 B)
    retention: 5 years
scenarios:
  launch: {users: {mau: 1M, dau: 30%}}
`,
)

describe('sizeup estimate with ranges and scenarios', () => {
  it('shows p50 (p5–p95), the sensitivity and the scenarios side by side', async () => {
    const r = await sizeup(['estimate', spec, '--samples', '2000'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/\d[\d.]* K\/s \([\d.]+(?: K)?\/s–[\d.]+ K\/s\)/)
    expect(r.stdout).toContain('Sensitivity: share of each metric\'s variance by input (first-order index); each range swung p5 → p95')
    expect(r.stdout).toMatch(/Scenarios\n.*metric.*base.*launch/s)
  })

  it('is byte-identical for a seed; --seed changes the samples', async () => {
    const a = await sizeup(['estimate', spec, '--json', '--samples', '2000', '--seed', '3'])
    const b = await sizeup(['estimate', spec, '--json', '--samples', '2000', '--seed', '3'])
    const c = await sizeup(['estimate', spec, '--json', '--samples', '2000', '--seed', '4'])
    expect(b.stdout).toBe(a.stdout)
    expect(c.stdout).not.toBe(a.stdout)
    const report = JSON.parse(a.stdout)
    expect(report.uncertainty.samples).toBe(2000)
    expect(report.scenarios.map((s: {name: string}) => s.name)).toEqual(['launch'])
  })

  it('--samples-out writes the raw samples as CSV', async () => {
    const out = join(dir, 'samples.csv')
    expect((await sizeup(['estimate', spec, '--samples', '500', '--samples-out', out])).status).toBe(0)
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n')
    expect(lines).toHaveLength(501)
    // DAU written as a share is sampled as the share; DAU is derived from it and MAU, among the metrics.
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['sample', 'input.users.mau', 'input.users.dau.share'])
    expect(lines[0]!.split(',')).toContain('input.users.dau')
  })

  it('--samples-out - is refused (standard output carries the estimate) and creates no file named -', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sizeup-samples-'))
    const r = await sizeup(['estimate', spec, '--samples', '500', '--samples-out', '-'], '', {}, cwd)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('-:1:1: cannot write the samples: standard output already carries the estimate\n  hint: check the path given to --samples-out; nothing was written\nsizeup: 1 problem found\n')
    expect(readdirSync(cwd)).toEqual([])
  })

  it('--samples-out into a FIFO streams the samples to its reader', async () => {
    const path = await fifo(mkdtempSync(join(tmpdir(), 'sizeup-samples-')))
    const received = readFifo(path)
    expect((await sizeup(['estimate', spec, '--samples', '500', '--samples-out', path])).status).toBe(0)
    expect((await received).trimEnd().split('\n')).toHaveLength(501)
  })

  it('lists every metric of each scenario in --json, as --scenario estimates it; the tables show the headline ones', async () => {
    const all = JSON.parse((await sizeup(['estimate', spec, '--json', '--samples', '500'])).stdout)
    const one = JSON.parse((await sizeup(['estimate', spec, '--scenario', 'launch', '--json', '--samples', '500'])).stdout)
    const launch = all.scenarios[0].metrics
    // Before, only the ten headline metrics were listed; the scenario's storage projection, inputs and per-workload figures were missing.
    expect(Object.keys(launch)).toEqual(Object.keys(one.metrics))
    // 1 M × 30 % = 300 K daily users, × 10 reads = 3 M reads a day
    expect(launch['workload.posts.requests.read.perDay']).toBe(3_000_000)
    expect(launch['storage.year.5']).toBe(one.metrics['storage.year.5'].value)
    const table = (await sizeup(['estimate', spec, '--samples', '500'])).stdout.split('Scenarios')[1]!
    expect(table).toContain('qps.read.peak')
    expect(table).not.toContain('storage.year.5')
  })

  it('runs one scenario with --scenario or spec#name', async () => {
    const a = await sizeup(['estimate', spec, '--scenario', 'launch', '--json', '--samples', '500'])
    const b = await sizeup(['estimate', `${spec}#launch`, '--json', '--samples', '500'])
    expect(a.status).toBe(0)
    expect(b.stdout).toBe(a.stdout)
    expect(JSON.parse(a.stdout).metrics['input.users.mau'].value).toBe(1_000_000)
    const bad = await sizeup(['estimate', `${spec}#lanch`])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('did you mean `launch`?')
  })

  it('compares two scenarios with diff spec#a spec#b', async () => {
    const r = await sizeup(['diff', `${spec}#launch`, spec, '--json'])
    expect(r.status).toBe(0)
    const diff = JSON.parse(r.stdout)
    expect(JSON.stringify(diff)).toContain('input.users.mau')
  })
})

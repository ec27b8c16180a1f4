import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {ROOT, runCli} from '../helpers/spec.js'

const feed = 'examples/social-feed.yaml'

describe('sizeup estimate (built CLI)', () => {
  it('prints tables for the bundled example', () => {
    const r = runCli(['estimate', feed])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('Social feed — capacity estimate')
    // headline numbers as a person reads them
    for (const text of ['3.47 K/s', '6.94 K/s', '17.4 K/s', '34.7 K/s', '240 GB', '30 TB', '55.2 PB', '2.78 MB/s', '347 MB/s', '174 MB/s', '52m 34s']) {
      expect(r.stdout).toContain(text)
    }
    // the conventions in use are listed
    expect(r.stdout).toContain('86,400 s')
    expect(r.stdout).toMatch(/Peak factor\s+│\s+2× the daily average/)
    // no colour when not a terminal
    expect(r.stdout).not.toMatch(/\u001b\[/)
  })

  it('--json prints the full result, valid against specs/estimate.schema.json', () => {
    const r = runCli(['estimate', feed, '--json'])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    const schema = JSON.parse(readFileSync(`${ROOT}/specs/estimate.schema.json`, 'utf8'))
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    // numbers within ±1 % of exact arithmetic (they are exact up to floating point)
    const v = (id: string): number => report.metrics[id].value
    expect(v('qps.write.avg')).toBeCloseTo(300e6 / 86_400, 6)
    expect(v('qps.read.peak')).toBeCloseTo((1.5e9 / 86_400) * 2, 6)
    expect(v('workload.posts.storage.total') / 55.188e15).toBeCloseTo(1, 12)
    expect(v('storage.total') / 55.2e15).toBeCloseTo(1, 2)
    expect(v('availability.slo.downtime.year')).toBeCloseTo(3153.6, 4)
    expect(report.metrics['qps.write.avg'].formula).toBe('perDay ÷ secondsPerDay')
    expect(report.file).toBe(feed)
  })

  it('is deterministic: byte-identical output on repeated runs and under other TZ and LANG', () => {
    const a = runCli(['estimate', feed, '--json'])
    const b = runCli(['estimate', feed, '--json'], undefined, {TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'})
    expect(b.stdout).toBe(a.stdout)
    const c = runCli(['estimate', feed], undefined, {TZ: 'Asia/Kolkata', LC_ALL: 'fr_FR.UTF-8'})
    expect(c.stdout).toBe(runCli(['estimate', feed]).stdout)
  })

  it('reads the spec from standard input with `-`', () => {
    const r = runCli(['estimate', '-', '--json'], readFileSync(`${ROOT}/${feed}`, 'utf8'))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).file).toBe('<stdin>')
  })

  it('--color forces colour, NO_COLOR is honoured otherwise', () => {
    expect(runCli(['estimate', feed, '--color']).stdout).toMatch(/\u001b\[/)
    expect(runCli(['estimate', feed, '--no-color']).stdout).not.toMatch(/\u001b\[/)
  })

  it('usage errors exit 2 without a stack trace', () => {
    const r = runCli(['estimate'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/file/)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    const unknown = runCli(['estimate', feed, '--frobnicate'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).not.toMatch(/^\s+at /m)
  })

  it('--help describes the command with examples', () => {
    const r = runCli(['estimate', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('EXAMPLES')
    expect(r.stdout).toContain('sizeup estimate examples/social-feed.yaml')
  })
})

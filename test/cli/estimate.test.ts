import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {runBinary} from '../helpers/binary.js'
import {ROOT} from '../helpers/spec.js'

// Command lines run in-process, through the parser and command the binary runs (helpers/analysis.ts).

const feed = 'examples/social-feed.yaml'

describe('sizeup estimate', () => {
  it('prints tables for the bundled example', async () => {
    const r = await sizeup(['estimate', feed])
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

  it('--json prints the full result, valid against specs/estimate.schema.json', async () => {
    const r = await sizeup(['estimate', feed, '--json'])
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

  // Under other time zones and locales (processes of their own): test/hardening/determinism.test.ts.
  it('is deterministic: byte-identical output on repeated runs', async () => {
    const a = await sizeup(['estimate', feed, '--json'])
    const b = await sizeup(['estimate', feed, '--json'])
    expect(b.stdout).toBe(a.stdout)
    const c = await sizeup(['estimate', feed])
    expect(c.stdout).toBe((await sizeup(['estimate', feed])).stdout)
  })

  it('reads the spec from standard input with `-`', async () => {
    const r = await sizeup(['estimate', '-', '--json'], readFileSync(`${ROOT}/${feed}`, 'utf8'))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).file).toBe('<stdin>')
  })

  it('--color forces colour, NO_COLOR is honoured otherwise', async () => {
    expect((await sizeup(['estimate', feed, '--color'])).stdout).toMatch(/\u001b\[/)
    expect((await sizeup(['estimate', feed, '--no-color'])).stdout).not.toMatch(/\u001b\[/)
  })

  it('usage errors exit 2 without a stack trace', async () => {
    const r = await sizeup(['estimate'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/file/)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    const unknown = await sizeup(['estimate', feed, '--frobnicate'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).not.toMatch(/^\s+at /m)
  })

  // The built binary: a command's --help leaves the fast path for oclif (bin/run.js).
  it('--help describes the command with examples', async () => {
    const r = await runBinary(['estimate', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('EXAMPLES')
    expect(r.stdout).toContain('sizeup estimate examples/social-feed.yaml')
  })
})

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {readerOf, readSpec} from '../../src/analysis/inputs.js'
import {analyseText} from '../../src/index.js'
import {sizeup} from '../helpers/analysis.js'

/*
 * `design.yaml#year3` names scenario `year3` of `design.yaml` wherever a spec
 * is named, and a real file whose name holds a `#` (`design#v2`) is a file:
 * `name#word` is the scenario when the file `name` exists, the file called
 * `name#word` otherwise (README, Scenarios).
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-hash-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

// 10 % of MAU a day, 1 write of 1 KB each: 100 MB a day for 1M MAU, 300 MB a day in scenario `big` (3M).
const SPEC = `name: hash
users: {mau: 1M, dau: 10%}
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
scenarios:
  big: {users: {mau: 3M}}
`
const spec = join(dir, 'design.yaml')
writeFileSync(spec, SPEC)
// A file named with a `#`, whose base name (`design`) is no file; it has 2M MAU: 200 MB a day.
const hashed = join(dir, 'design#v2')
writeFileSync(hashed, SPEC.replace('mau: 1M', 'mau: 2M'))

const perDay = (json: string): number => (JSON.parse(json) as {metrics: Record<string, {value: number}>}).metrics['storage.perDay']!.value

describe('`file.yaml#scenario` in every command', () => {
  test('estimate, report, check, explain, diff and practice take the scenario', async () => {
    expect(perDay((await sizeup(['estimate', `${spec}#big`, '--json'])).stdout)).toBeCloseTo(300e6, 3)
    expect(perDay((await sizeup(['report', `${spec}#big`, '--json'])).stdout)).toBeCloseTo(300e6, 3)
    const check = await sizeup(['check', `${spec}#big`, '--format', 'json'])
    expect(check.status).toBe(0)
    expect(check.stdout).toContain('design.yaml')
    const explain = await sizeup(['explain', `${spec}#big`, 'storage.perDay'])
    expect(explain.status).toBe(0)
    expect(explain.stdout).toMatch(/^storage\.perDay — .* = 300,000,000 B/m)
    const diff = await sizeup(['diff', spec, `${spec}#big`])
    expect(diff.status).toBe(0)
    expect(diff.stdout).toContain(`→ head ${spec}#big`)
    const practice = await sizeup(['practice', '--spec', `${spec}#big`], 'skip\n'.repeat(10))
    expect(practice.stdout).toContain(`${spec}#big`)
  })
})

describe('a real file whose name holds a `#`', () => {
  test('is read as that file by every command when the name before `#` is no file', async () => {
    expect(perDay((await sizeup(['estimate', hashed, '--json'])).stdout)).toBeCloseTo(200e6, 3)
    expect(perDay((await sizeup(['report', hashed, '--json'])).stdout)).toBeCloseTo(200e6, 3)
    for (const argv of [['check', hashed], ['explain', hashed, 'storage.perDay'], ['report', hashed]]) {
      const out = await sizeup(argv)
      expect(out.stderr, argv.join(' ')).toBe('')
      expect(out.status, argv.join(' ')).toBe(0)
    }
    // diff names the side by the file, without a scenario that was never read.
    const diff = await sizeup(['diff', hashed, `${spec}#big`])
    expect(diff.status).toBe(0)
    expect(diff.stdout).toContain(`base ${hashed} → head ${spec}#big`)
    // And a scenario of it.
    expect(perDay((await sizeup(['estimate', `${hashed}#big`, '--json'])).stdout)).toBeCloseTo(300e6, 3)
  })

  test('in the library too', async () => {
    const report = await analyseText(SPEC, {file: 'design#v2'})
    expect(report.file).toBe('design#v2')
    const read = await readSpec('design#v2', readerOf({'design#v2': 'text'}))
    expect(read).toEqual({input: {text: 'text', file: 'design#v2'}, scenario: undefined})
    expect((await readSpec('design#v2', readerOf({design: 'base', 'design#v2': 'file'}))).scenario).toBe('v2')
  })

  test('when neither reading exists, the problem names both', async () => {
    const missing = join(dir, 'missing.yaml')
    const out = await sizeup(['estimate', `${missing}#big`])
    expect(out.status).toBe(2)
    expect(out.stderr).toBe(`${missing}:1:1: no such file\n  hint: \`${missing}#big\` names scenario \`big\` of \`${missing}\`, or a file called \`${missing}#big\`; there is neither\nsizeup: 1 problem found\n`)
  })

  test('-o and --samples-out refuse either reading of the spec’s name', async () => {
    const before = readFileSync(hashed, 'utf8')
    const report = await sizeup(['report', hashed, '-o', hashed])
    expect(report.status).toBe(2)
    expect(report.stderr).toContain('-o names the input file')
    const samples = await sizeup(['estimate', hashed, '--samples-out', hashed])
    expect(samples.status).toBe(2)
    expect(readFileSync(hashed, 'utf8')).toBe(before)
  })
})

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {forbidden} from './corpus.js'

/*
 * The names every JavaScript object inherits (`constructor`, `toString`,
 * `__proto__` …) run through every place where sizeup looks up a name the
 * user wrote: spec keys, expressions and count suffixes; overlay matrices,
 * options, thresholds, technologies, capacities, figures and prices;
 * configuration rules, thresholds, budgets; metric ids, flags, scenarios
 * and templates on the command line. Each must be an ordinary unknown name
 * (a located problem naming it, exit 2, no crash), or, where it is a
 * legitimate name of the user's own (a workload, a record field, a scenario,
 * a partial), work with the right numbers.
 *
 * One input per name holds every place at once (all problems are reported
 * together), so that the table stays quick.
 */

/** Names inherited from Object.prototype (one of each shape: a plain name, a `__…__` one), and `prototype`, which functions own. */
const BUILT_IN = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'] as const
/** Those a spec accepts as a name of its own (workloads, record fields, scenarios start with a letter). */
const IDENTIFIERS = BUILT_IN.filter((n) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(n))

const dir = mkdtempSync(join(tmpdir(), 'sizeup-names-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
let files = 0
const write = (name: string, text: string): string => {
  const path = join(dir, `${files++}-${name}`)
  writeFileSync(path, text)
  return path
}

interface Located {
  readonly file: string
  readonly line: number
  readonly message: string
}

/** The located problems on standard error (`file:line:col: message`). */
function located(stderr: string): Located[] {
  return stderr
    .split('\n')
    .map((l) => /^(.+?):(\d+):(\d+): (.+)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({file: m[1]!, line: Number(m[2]), message: m[4]!}))
}

/** Exit 2, nothing on stdout, no stack trace, and a problem naming `name` on every line of `text` that writes it. */
function expectEveryMentionRefused(out: {status: number; stdout: string; stderr: string}, file: string, text: string, name: string): void {
  expect(forbidden(out.stdout + out.stderr)).toEqual([])
  expect(out.status).toBe(2)
  expect(out.stdout).toBe('')
  const problems = located(out.stderr)
  const lines = text.split('\n').flatMap((l, i) => (l.includes(name) ? [i + 1] : []))
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) {
    const here = problems.filter((p) => p.file === file && p.line === line)
    expect(here.map((p) => p.message).join('\n'), `${file}:${line} (${text.split('\n')[line - 1]!.trim()})`).toContain(name)
  }
}

const badSpec = (name: string): string => `name: names
users: {mau: 1M, dau: 100K, ${name}: 1}
traffic: {peakFactor: 2, ${name}: 1}
slo:
  availability: 99.9%
  ${name}: 1
  latency: {p99: 500 ms, ${name}: 1 s}
team: {engineers: 5, ${name}: 1}
conventions: {${name}: 1}
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 2 * ${name}
    readSize: ${/^[A-Za-z]/.test(name) ? `10${name}` : `10 ${name}`}
    media: {size: 1 MB, ${name}: 1}
    fanout: {averageFollowers: 10, ${name}: 1}
    ${name}: 1
components:
  - {name: app, availability: 99.9%, ${name}: 2}
${name}: 1
`

describe.each(BUILT_IN)('the built-in name `%s`', (name) => {
  test('in a spec: an unknown key, field, unit or rule wherever it is written', async () => {
    const text = badSpec(name)
    const file = write('spec.yaml', text)
    expectEveryMentionRefused(await sizeup(['report', file]), file, text, name)
    // Suppressions are checked against the rules once the spec itself is sound.
    const suppressing = `name: n\nusers: {mau: 1M, dau: 100K}\nworkloads:\n  items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}\nsuppress:\n  - {rule: ${name}, reason: not a rule}\n`
    const suppressFile = write('spec.yaml', suppressing)
    expectEveryMentionRefused(await sizeup(['report', suppressFile]), suppressFile, suppressing, name)
  })

  test('in an overlay: an unknown matrix, option, threshold, technology, figure or price', async () => {
    const spec = write('spec.yaml', 'name: n\nusers: {mau: 1M, dau: 100K}\nworkloads:\n  items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}\n')
    const text = `technologies: [PostgreSQL, ${name}]
matrices:
  ${name}: {weights: {relational: 1}}
  datastore:
    allow: [relational, ${name}]
    weights: {${name}: 1}
    thresholds:
      ${name}: {value: 1, source: a benchmark}
capacities:
  ${name}: {writesPerNode: {value: 1/s, source: a benchmark}}
  PostgreSQL:
    ${name}: {value: 1/s, source: a benchmark}
prices:
  ${name}: {value: 1, source: a contract}
${name}: 1
`
    const file = write('overlay.yaml', text)
    expectEveryMentionRefused(await sizeup(['report', spec, '--overlay', file]), file, text, name)
  })

  test('in a configuration: an unknown rule, threshold, severity or failOn; in a budget, an unknown metric', async () => {
    const spec = write('spec.yaml', 'name: n\nusers: {mau: 1M, dau: 100K}\nworkloads:\n  items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}\n')
    const text = `rules:
  ${name}: warn
  unbounded-retention: ${name}
  relational-write-ceiling:
    severity: error
    thresholds:
      ${name}: 8K/s
  budget:
    thresholds: {${name}: 1}
failOn: ${name}
${name}: 1
`
    const file = write('sizeup.config.yaml', text)
    expectEveryMentionRefused(await sizeup(['check', spec, '--config', file]), file, text, name)
    // Budgets are measured once the configuration itself is sound.
    const budgets = `budgets:\n  - ${name} <= 1\n`
    const budgetFile = write('sizeup.config.yaml', budgets)
    expectEveryMentionRefused(await sizeup(['check', spec, '--config', budgetFile]), budgetFile, budgets, name)
  })

  test('on the command line: an unknown metric, flag, scenario or format', async () => {
    const spec = write('spec.yaml', 'name: n\nusers: {mau: 1M, dau: 100K}\nworkloads:\n  items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}\n')
    const lines: string[][] = [
      ['explain', spec, name],
      ['estimate', spec, `--${name}`],
      ['estimate', spec, `--${name}=1`],
      ['estimate', spec, `--no-${name}`],
      ['estimate', spec, '--scenario', name],
      ['check', spec, '--format', name],
      ['diff', spec, spec, '--fail-on', `${name} > +1%`],
      ['practice', '--scenario', name],
    ]
    for (const argv of lines) {
      const out = await sizeup(argv)
      expect(forbidden(out.stdout + out.stderr), argv.join(' ')).toEqual([])
      expect(out.status, argv.join(' ')).toBe(2)
      expect(out.stdout, argv.join(' ')).toBe('')
      expect(out.stderr.split('\n')[0], argv.join(' ')).toContain(name)
    }
  })

  test('as a template name or a partial a template includes: an unknown template', async () => {
    const spec = write('spec.yaml', 'name: n\nusers: {mau: 1M, dau: 100K}\nworkloads:\n  items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}\n')
    // A template of that name that replaces nothing, without a main template to include it.
    const lone = join(dir, `${files++}-templates`)
    mkdirSync(lone)
    writeFileSync(join(lone, `${name}.md.hbs`), 'a partial\n')
    const out = await sizeup(['report', spec, '--template-dir', lone])
    expect(forbidden(out.stdout + out.stderr)).toEqual([])
    expect(out.status).toBe(2)
    expect(out.stderr.split('\n')[0]).toContain(name)
    // A main template that includes a partial of that name, or reads a field of that name, which nothing defines.
    for (const body of [`# {{> ${name}}}\n`, `# {{${name}}}\n`, `# {{#each decisions}}{{${name}}}{{/each}}\n`]) {
      const including = join(dir, `${files++}-templates`)
      mkdirSync(including)
      writeFileSync(join(including, 'report.md.hbs'), body)
      const r = await sizeup(['report', spec, '--template-dir', including])
      expect(forbidden(r.stdout + r.stderr), body).toEqual([])
      expect(r.status, body).toBe(2)
      expect(r.stderr, body).toMatch(new RegExp(`^${join(including, 'report.md.hbs').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: .*${name}`))
    }
  })
})

describe.each(IDENTIFIERS)('the built-in name `%s` as a name of the user’s own', (name) => {
  const text = `name: names
users: {mau: 1M, dau: 10%}
workloads:
  ${name}:
    writes: {perUserPerDay: 2}
    reads: {perUserPerDay: 10}
    recordFields: {${name}: 100 B, id: 8 B}
scenarios:
  ${name}: {users: {mau: 2M}}
`

  test('a workload, a record field and a scenario: the numbers are right', async () => {
    const file = write('spec.yaml', text)
    const base = await sizeup(['estimate', file, '--json'])
    expect(base.stderr).toBe('')
    expect(base.status).toBe(0)
    const metrics = (JSON.parse(base.stdout) as {metrics: Record<string, {value: number}>}).metrics
    // 10 % of 1M = 100K daily users × 2 writes = 200K writes a day, each 100 B + 8 B = 108 B: 21.6 MB a day.
    expect(metrics[`workload.${name}.storage.text.perDay`]?.value).toBeCloseTo(21_600_000, 6)
    expect(metrics['storage.perDay']?.value).toBeCloseTo(21_600_000, 6)
    // The scenario doubles MAU, so DAU and the bytes a day double too.
    for (const argv of [['estimate', `${file}#${name}`, '--json'], ['estimate', file, '--scenario', name, '--json']]) {
      const scenario = await sizeup(argv)
      expect(scenario.status, argv.join(' ')).toBe(0)
      expect((JSON.parse(scenario.stdout) as {metrics: Record<string, {value: number}>}).metrics['storage.perDay']?.value).toBeCloseTo(43_200_000, 6)
    }
  })

  test('report and check run through the whole pipeline', async () => {
    const file = write('spec.yaml', text)
    for (const command of ['report', 'check']) {
      const out = await sizeup([command, file])
      expect(forbidden(out.stdout + out.stderr), command).toEqual([])
      expect(out.status, command).toBe(0)
    }
  })

  test('a partial of that name, included by a replaced main template', async () => {
    const file = write('spec.yaml', text)
    const templates = join(dir, `${files++}-templates`)
    mkdirSync(templates)
    writeFileSync(join(templates, 'report.md.hbs'), `# {{> ${name}}}\n`)
    writeFileSync(join(templates, `${name}.md.hbs`), 'the partial')
    const out = await sizeup(['report', file, '--template-dir', templates])
    expect(out.stderr).toBe('')
    expect(out.stdout).toBe('# the partial\n')
  })
})

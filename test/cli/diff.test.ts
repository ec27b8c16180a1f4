import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Ajv from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {helpOf} from '../helpers/help.js'
import {MINIMAL, ROOT} from '../helpers/spec.js'

// Command lines run in-process, through the parser and command the binary runs (helpers/analysis.ts).

const BASE = 'examples/diff/social-feed-base.yaml'
const HEAD = 'examples/diff/social-feed-head.yaml'
const baseText = readFileSync(`${ROOT}/${BASE}`, 'utf8')
const headText = readFileSync(`${ROOT}/${HEAD}`, 'utf8')

const dir = mkdtempSync(join(tmpdir(), 'sizeup-diff-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const LOCATED = /^(.+):(\d+):(\d+): (\S.*)$/
const HINT = /^ {2}hint: \S.*$/

/** stderr of bad input: located lines with hints, then the count. */
function problems(stderr: string): string[] {
  const lines = stderr.trimEnd().split('\n')
  expect(lines.at(-1)).toMatch(/^sizeup: \d+ problems? found$/)
  for (const line of lines.slice(0, -1)) expect(LOCATED.test(line) || HINT.test(line), `unexpected stderr line: ${line}`).toBe(true)
  return lines.filter((l) => LOCATED.test(l))
}

describe('sizeup diff: exit codes', () => {
  it('0 when nothing is asked of it, the diff on stdout', async () => {
    const {status, stdout, stderr} = await sizeup(['diff', BASE, HEAD])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    // 29 technology-model metrics and 18 of the plan (kafka.*, its figures and consumer inputs: 5 change with the head's traffic) (tech.*: Redis, S3, Cassandra, PostgreSQL of the chosen stores); the Cassandra partition size and cells grow with the posts (+40 %). The likes (17,361 writes/s, 46 TB, by key, at 99.95 %) go to sharded PostgreSQL: its connections, read replicas and monthly cost are 3 more added metrics, its read-replicas decision one more.
    expect(stdout).toContain('114 metrics changed, 71 added, 0 removed, 213 unchanged; 11 decisions changed;')
    expect(stdout).toMatch(/storage\.total +│ +55\.2 PB │ +577 PB │ +\+522 PB │ +\+945% │/)
  })

  it('0 for a version compared with itself: nothing changed', async () => {
    const {status, stdout} = await sizeup(['diff', BASE, BASE, '--fail-on', 'metrics.changed > 0', '--fail-on', 'decisions.changed > 0'])
    expect(status).toBe(0)
    expect(stdout).toContain('0 metrics changed, 0 added, 0 removed, 327 unchanged; 0 decisions changed')
    expect(stdout).toContain('no metric changed')
  })

  it('1 when a --fail-on threshold holds, saying which on stderr', async () => {
    const {status, stdout, stderr} = await sizeup(['diff', BASE, HEAD, '--fail-on', 'storage.total > +20%', '--fail-on', 'qps.write.peak > +1000', '--fail-on', 'workloads.removed > 0'])
    expect(status).toBe(1)
    expect(stdout).toContain('Thresholds (--fail-on)')
    // Peak writes: 6,944/s → 24,306/s, +17,361/s.
    expect(stderr).toBe('sizeup: --fail-on `storage.total > +20%` holds (+945%)\nsizeup: --fail-on `qps.write.peak > +1000` holds (+17.4 K/s)\n')
  })

  it('1 when a finding is added (findings.added > 0), 0 when none is', async () => {
    // Two instances of a 99.9 % app reach 1 − 0.001² = 99.9999 %, enough for a 99.95 % SLO;
    // one instance reaches 99.9 %, which is not (slo-unreachable).
    const spec = (instances: number): string => `${MINIMAL}slo:\n  availability: 99.95%\ncomponents:\n  - {name: app, availability: 99.9%, instances: ${instances}}\n`
    const small = spec(2)
    const large = spec(1)
    const base = join(dir, 'redundant.yaml')
    const head = join(dir, 'single.yaml')
    writeFileSync(base, small)
    writeFileSync(head, large)
    const grown = await sizeup(['diff', base, head, '--fail-on', 'findings.added > 0', '--format', 'json'])
    expect(grown.status).toBe(1)
    const added = JSON.parse(grown.stdout).findings.added
    expect(added.map((f: {ruleId: string; file: string; path: string}) => [f.ruleId, f.file, f.path])).toContainEqual(['slo-unreachable', head, 'slo.availability'])
    expect(grown.stderr).toMatch(/^sizeup: --fail-on `findings\.added > 0` holds \(\d+\)\n$/)
    // The other way round it is resolved, and nothing is added.
    const shrunk = await sizeup(['diff', head, base, '--fail-on', 'findings.added > 0', '--format', 'json'])
    expect(shrunk.status).toBe(0)
    expect(JSON.parse(shrunk.stdout).findings.resolved.map((f: {ruleId: string}) => f.ruleId)).toContain('slo-unreachable')
  })

  it('reviews both versions with the rule severities of the configuration (--config, or found next to head)', async () => {
    const spec = (instances: number): string => `${MINIMAL}slo:\n  availability: 99.95%\ncomponents:\n  - {name: app, availability: 99.9%, instances: ${instances}}\n`
    const sub = join(dir, 'configured')
    mkdirSync(sub, {recursive: true})
    writeFileSync(join(sub, 'base.yaml'), spec(2))
    writeFileSync(join(sub, 'head.yaml'), spec(1))
    const config = join(dir, 'off.yaml')
    writeFileSync(config, 'rules:\n  slo-unreachable: off\n')
    const ruleIds = (stdout: string): string[] => JSON.parse(stdout).findings.added.map((f: {ruleId: string}) => f.ruleId)
    expect(ruleIds((await sizeup(['diff', join(sub, 'base.yaml'), join(sub, 'head.yaml'), '--format', 'json'])).stdout)).toContain('slo-unreachable')
    const given = await sizeup(['diff', join(sub, 'base.yaml'), join(sub, 'head.yaml'), '--format', 'json', '--config', config])
    expect(JSON.parse(given.stdout).config).toBe(config)
    expect(ruleIds(given.stdout)).not.toContain('slo-unreachable')
    writeFileSync(join(sub, 'sizeup.config.yaml'), 'rules:\n  slo-unreachable: off\n')
    const found = await sizeup(['diff', join(sub, 'base.yaml'), join(sub, 'head.yaml'), '--format', 'json'])
    expect(JSON.parse(found.stdout).config).toBe(join(sub, 'sizeup.config.yaml'))
    expect(ruleIds(found.stdout)).not.toContain('slo-unreachable')
    // A bad configuration is bad input, reported with the rest.
    writeFileSync(config, 'rules:\n  slo-unreachble: off\n')
    const bad = await sizeup(['diff', join(sub, 'base.yaml'), join(sub, 'head.yaml'), '--config', config])
    expect(bad.status).toBe(2)
    expect(problems(bad.stderr)[0]).toMatch(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:3: `))
  })

  it('0 when no threshold holds', async () => {
    const {status, stderr} = await sizeup(['diff', BASE, HEAD, '--fail-on', 'storage.total > +1000%', '--fail-on', 'availability.slo.downtime.year < -50%'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
  })

  it('takes --fail-on before the arguments (one value per flag)', async () => {
    expect((await sizeup(['diff', '--fail-on', 'storage.total > +20%', BASE, HEAD])).status).toBe(1)
  })

  it('2 for an unknown metric, located in the argument, with the metric meant', async () => {
    const {status, stdout, stderr} = await sizeup(['diff', BASE, HEAD, '--fail-on', 'storage.total > +20%', '--fail-on', 'qps.wrte.peak > +1000'])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(problems(stderr)).toEqual(['--fail-on:2:1: unknown metric `qps.wrte.peak` in `qps.wrte.peak > +1000`'])
    expect(stderr).toContain('  hint: did you mean `qps.write.peak`?')
  })

  it('2 for a threshold in the wrong unit, located at the threshold', async () => {
    const {status, stdout, stderr} = await sizeup(['diff', BASE, HEAD, '--fail-on', 'qps.write.peak > +2 PB'])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(problems(stderr)).toEqual(['--fail-on:1:18: `+2 PB` is a size in bytes, but `qps.write.peak` is a rate per second in `qps.write.peak > +2 PB`'])
  })

  it('2 for bad --fail-on syntax, reported with both specs’ problems at once', async () => {
    const badBase = join(dir, 'bad-base.yaml')
    const badHead = join(dir, 'bad-head.yaml')
    writeFileSync(badBase, MINIMAL.replace('dau: 100K', 'dau: 5M'))
    writeFileSync(badHead, MINIMAL.replace('recordSize: 1 KB', 'recordSize: 5 years'))
    const {status, stdout, stderr} = await sizeup(['diff', badBase, badHead, '--fail-on', 'storage.total = +20%', '--fail-on', 'storage.total > 20%'])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    const located = problems(stderr)
    expect(located).toHaveLength(4)
    expect(located).toContain('--fail-on:1:15: unknown operator `=` in `storage.total = +20%`')
    expect(located).toContain('--fail-on:2:17: the threshold `20%` has no sign in `storage.total > 20%`')
    expect(located.some((l) => l.startsWith(`${badBase}:4:8: `))).toBe(true)
    expect(located.some((l) => l.startsWith(`${badHead}:9:17: `))).toBe(true)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('sizeup: 4 problems found')
  })

  it('2 for a missing file, and for a bad --format (usage)', async () => {
    const missing = await sizeup(['diff', BASE, 'no-such.yaml'])
    expect(missing.status).toBe(2)
    expect(problems(missing.stderr)).toEqual(['no-such.yaml:1:1: no such file'])
    const format = await sizeup(['diff', BASE, HEAD, '--format', 'html'])
    expect(format.status).toBe(2)
    expect(format.stdout).toBe('')
  })
})

describe('sizeup diff: standard input', () => {
  let fromFiles: {stdout: string}
  beforeAll(async () => {
    fromFiles = await sizeup(['diff', BASE, HEAD, '--format', 'json'])
  })

  it('reads base from `-` (git show main:design.yaml | sizeup diff - design.yaml)', async () => {
    const {status, stdout} = await sizeup(['diff', '-', HEAD, '--format', 'json'], baseText)
    expect(status).toBe(0)
    expect(JSON.parse(stdout).base.file).toBe('<stdin>')
    // The same diff, with base (and its resolved findings) named <stdin>.
    expect(stdout.replaceAll('"<stdin>"', JSON.stringify(BASE))).toBe(fromFiles.stdout)
  })

  it('reads head from `-`', async () => {
    const {status, stdout} = await sizeup(['diff', BASE, '-', '--format', 'json'], headText)
    expect(status).toBe(0)
    expect(JSON.parse(stdout).head.file).toBe('<stdin>')
    expect(stdout.replaceAll('"<stdin>"', JSON.stringify(HEAD))).toBe(fromFiles.stdout)
  })

  it('refuses `-` on both sides (exit 2)', async () => {
    const {status, stdout, stderr} = await sizeup(['diff', '-', '-'], baseText)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(problems(stderr)).toEqual(['<stdin>:1:1: both <base> and <head> are `-`, but standard input can be read only once'])
  })

  it('locates problems of a bad spec on standard input at <stdin>', async () => {
    const {status, stderr} = await sizeup(['diff', '-', HEAD], MINIMAL.replace('dau: 100K', 'dau: 5M'))
    expect(status).toBe(2)
    expect(problems(stderr)[0]).toMatch(/^<stdin>:4:8: /)
  })
})

describe('sizeup diff: formats', () => {
  const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(readFileSync(`${ROOT}/specs/diff.schema.json`, 'utf8')))

  it('--format json is valid against specs/diff.schema.json, with and without --all, with thresholds', async () => {
    for (const extra of [[], ['--all']]) {
      const {status, stdout} = await sizeup(['diff', BASE, HEAD, '--format', 'json', '--fail-on', 'storage.total > +20%', '--fail-on', 'workloads.removed > 0', ...extra])
      expect(status).toBe(1)
      const diff = JSON.parse(stdout)
      expect(validate(diff), JSON.stringify(validate.errors, null, 2)).toBe(true)
      expect(diff.allMetrics).toBe(extra.length > 0)
      expect(diff.metrics.some((m: {status: string}) => m.status === 'unchanged')).toBe(extra.length > 0)
      expect(diff.thresholds.map((t: {expression: string; holds: boolean}) => [t.expression, t.holds])).toEqual([
        ['storage.total > +20%', true],
        ['workloads.removed > 0', false],
      ])
    }
  })

  it('--format markdown: a summary line and tables for a pull-request comment', async () => {
    const {stdout} = await sizeup(['diff', BASE, HEAD, '--format', 'markdown'])
    expect(stdout).toMatch(/^## sizeup diff: Social feed\n/)
    expect(stdout).toMatch(/^\*\*114 metrics changed, 71 added, 0 removed, 213 unchanged; 11 decisions changed; \d+ findings? added, \d+ resolved; workload added: likes\*\*$/m)
    expect(stdout).toContain('| `storage.total` | 55.2 PB | 577 PB | +522 PB | +945% |')
    expect(stdout).toContain('| Redundancy (`redundancy`) | Across regions | Across availability zones | Across availability zones → N+1 in one zone |')
  })

  it('colours text only when asked or on a terminal, and never with --no-color', async () => {
    // sizeup() sets NO_COLOR and gives no terminal: plain.
    expect((await sizeup(['diff', BASE, HEAD])).stdout).not.toContain('\u001b[')
    expect((await sizeup(['diff', BASE, HEAD, '--color'])).stdout).toContain('\u001b[')
    expect((await sizeup(['diff', BASE, HEAD, '--no-color'], '', {NO_COLOR: ''})).stdout).not.toContain('\u001b[')
  })

  it('--all lists unchanged metrics too', async () => {
    const {stdout} = await sizeup(['diff', BASE, HEAD, '--all'])
    expect(stdout).toMatch(/input\.users\.mau +│ +300 M │ +300 M │ +0 │ +0% │/)
    expect((await sizeup(['diff', BASE, HEAD])).stdout).not.toContain('input.users.mau')
  })
})

describe('sizeup diff --help', () => {
  it('documents the forms, --fail-on and the exit codes, with examples', async () => {
    // oclif's help, in-process; helpOf throws where the binary would not exit 0.
    const stdout = await helpOf(['diff'])
    expect(stdout).toContain('git show main:design.yaml | sizeup diff - design.yaml')
    expect(stdout).toContain('--fail-on')
    expect(stdout).toContain('1 a --fail-on threshold holds')
  })
})

// Infracost's --compare-to, for designs: the base is a saved `report --json`.
describe('diff --compare-to a saved report, and --base-name', () => {
  const base = join(ROOT, 'examples/diff/social-feed-base.yaml')
  const head = join(ROOT, 'examples/diff/social-feed-head.yaml')
  const tmp = mkdtempSync(join(tmpdir(), 'sizeup-compare-'))
  afterAll(() => rmSync(tmp, {recursive: true, force: true}))

  it('gives the same diff as the two specs, the base named by the saved file', async () => {
    const saved = join(tmp, 'main.json')
    writeFileSync(saved, (await sizeup(['report', base, '--json'])).stdout)
    const fromSpecs = JSON.parse((await sizeup(['diff', base, head, '--json'])).stdout) as {base: {file: string}; summary: unknown; metrics: unknown; decisions: unknown}
    const r = await sizeup(['diff', '--compare-to', saved, head, '--json'])
    expect(r.status, r.stderr).toBe(0)
    const fromSaved = JSON.parse(r.stdout) as typeof fromSpecs
    expect(fromSaved.summary).toEqual(fromSpecs.summary)
    expect(fromSaved.decisions).toEqual(fromSpecs.decisions)
    expect(fromSaved.base.file).toBe(saved)
  })

  it('--base-name names a base read from standard input (it said <stdin>)', async () => {
    const r = await sizeup(['diff', '-', head, '--base-name', 'main:design.yaml'], readFileSync(base, 'utf8'))
    expect(r.stdout.split('\n')[1]).toBe(`base main:design.yaml → head ${head}`)
  })

  it.each([
    ['{"file": 3}', 'not a sizeup report: no `schemaVersion`, `metrics` and `decisions`'],
    ['not json', 'not JSON'],
  ])('%s is a located problem, exit 2', async (text, message) => {
    const bad = join(tmp, 'bad.json')
    writeFileSync(bad, text)
    const r = await sizeup(['diff', '--compare-to', bad, head])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${bad}:1:1: ${message}`)
  })

  it('takes only the spec beside --compare-to, and needs <head> without it', async () => {
    expect((await sizeup(['diff', '--compare-to', 'x.json', base, head])).stderr).toContain('--compare-to is the base: give only the spec')
    expect((await sizeup(['diff', base])).stderr).toContain('missing <head>')
  })
})

import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Ajv from 'ajv'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {afterAll, describe, expect, it} from 'vitest'
import {discoverConfig} from '../../src/node/config-file.js'
import {RULES} from '../../src/review/ruleset.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL, ROOT} from '../helpers/spec.js'

// Command lines run in-process, through the parser and command the binary runs (helpers/analysis.ts).

const base = mkdtempSync(join(tmpdir(), 'sizeup-check-'))
afterAll(() => rmSync(base, {recursive: true, force: true}))

/** A fresh directory that is the root of a repository (a `.git` inside), so that no configuration above it is found. */
function repo(name: string): string {
  const dir = join(base, name)
  mkdirSync(join(dir, '.git'), {recursive: true})
  return dir
}

function write(dir: string, rel: string, text: string): string {
  const path = join(dir, rel)
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, text)
  return path
}

/** A request path of 99.9 % under a 99.99 % SLO: `slo-unreachable` (an error by default) at 4:17. */
const UNREACHABLE = `name: Path
users: {mau: 1M, dau: 100K}
slo:
  availability: 99.99%
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
    retention: 1 year
components:
  - {name: app, availability: 99.9%, instances: 1}
`
const SUPPRESSED = `${UNREACHABLE}suppress:
  - rule: slo-unreachable
    reason: a second region ships next quarter
`

/** A configuration with every rule but `keep` switched off, so a test depends on one rule only. */
function only(keep: string, extra = '', before = ''): string {
  return `${before}rules:\n${RULES.filter((r) => r.id !== keep)
    .map((r) => `  ${r.id}: off\n`)
    .join('')}${extra}`
}

describe('sizeup check: exit codes', () => {
  it('0 when nothing reaches the fail level: stylish on stdout, nothing on stderr', async () => {
    const dir = repo('exit-0')
    const spec = write(dir, 'design.yaml', MINIMAL)
    write(dir, 'sizeup.config.yaml', only('slo-unreachable'))
    const r = await sizeup(['check', spec])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`${spec}\n  no findings\n\n✔ passed: 1 file, 0 errors, 0 warnings, 0 info, 0 suppressed; no budgets (fails at error)\n`)
  })

  it('1 when a finding reaches the fail level', async () => {
    const dir = repo('exit-1')
    const spec = write(dir, 'design.yaml', UNREACHABLE)
    write(dir, 'sizeup.config.yaml', only('slo-unreachable'))
    const r = await sizeup(['check', spec])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^ {2}4:17 {2}error {2}the components reach 99\.9%, short of the 99\.99% SLO .* {2}slo-unreachable$/m)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ failed: 1 file, 1 error, 0 warnings, 0 info, 0 suppressed; no budgets (fails at error)')
  })

  it('1 when a budget is exceeded, the finding located in the configuration', async () => {
    const dir = repo('exit-1-budget')
    const spec = write(dir, 'design.yaml', MINIMAL)
    const config = write(dir, 'sizeup.config.yaml', only('slo-unreachable', '', 'budgets:\n  - qps.read.peak <= 20\n  - storage.total <= 1 PB\n'))
    const r = await sizeup(['check', spec, '--format', 'github'])
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe(`::error file=${config},line=2,col=5,title=sizeup budget::qps.read.peak of ${spec.replaceAll('%', '%25')} is 23.1/s; the budget is <= 20%0Afix: change the design so that qps.read.peak <= 20, or change the budget in ${config} if the new figure is intended`)
  })

  it('a suppressed finding is shown as suppressed and does not fail', async () => {
    const dir = repo('suppressed')
    const spec = write(dir, 'design.yaml', SUPPRESSED)
    write(dir, 'sizeup.config.yaml', only('slo-unreachable'))
    const r = await sizeup(['check', spec])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^ {2}4:17 {2}error {2}the components reach .* {2}slo-unreachable {2}\[suppressed: a second region ships next quarter\]$/m)
    expect(r.stdout).toContain('✔ passed: 1 file, 0 errors, 0 warnings, 0 info, 1 suppressed')
    const json = JSON.parse((await sizeup(['check', spec, '--format', 'json'])).stdout) as {passed: boolean; files: Array<{findings: Array<Record<string, unknown>>}>}
    expect(json.passed).toBe(true)
    expect(json.files[0]!.findings[0]).toMatchObject({ruleId: 'slo-unreachable', suppressed: {reason: 'a second region ships next quarter'}, fails: false})
  })

  it('--fail-on and failOn move the fail level', async () => {
    const dir = repo('fail-on')
    const spec = write(dir, 'design.yaml', UNREACHABLE)
    write(dir, 'sizeup.config.yaml', only('slo-unreachable', '  slo-unreachable: warn\n'))
    expect((await sizeup(['check', spec])).status).toBe(0)
    expect((await sizeup(['check', spec, '--fail-on', 'warn'])).status).toBe(1)
    expect((await sizeup(['check', spec, '--fail-on', 'info'])).status).toBe(1)
    write(dir, 'sizeup.config.yaml', only('slo-unreachable', '  slo-unreachable: warn\nfailOn: warn\n'))
    expect((await sizeup(['check', spec])).status).toBe(1)
    expect((await sizeup(['check', spec, '--fail-on', 'error'])).status).toBe(0)
  })

  it('2 when any input is bad: every problem of every file at once, nothing on stdout', async () => {
    const dir = repo('exit-2')
    const good = write(dir, 'good/design.yaml', MINIMAL)
    const bad = write(dir, 'bad/design.yaml', MINIMAL.replace('dau: 100K', 'dau: 5M'))
    const config = write(dir, 'good/sizeup.config.yaml', 'rules:\n  slo-unreachabel: warn\n')
    const misnamed = write(dir, 'typo/design.yaml', `${MINIMAL}suppress:\n  - rule: slo-unreachabel\n    reason: accepted\n`)
    const r = await sizeup(['check', good, bad, misnamed])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      [
        `${bad}:4:8: daily active users (\`5M\`) exceed monthly active users (\`1M\`)`,
        '  hint: every daily user is also a monthly user, so DAU ≤ MAU; write DAU as a share of MAU, e.g. `50%`',
        `${config}:2:3: unknown rule \`slo-unreachabel\``,
        '  hint: did you mean `slo-unreachable`?',
        `${misnamed}:11:11: \`suppress.0.rule\` names no rule: \`slo-unreachabel\``,
        '  hint: did you mean `slo-unreachable`?',
        'sizeup: 3 problems found',
        '',
      ].join('\n'),
    )
  })

  it('2 for a budget naming no metric of the spec, located in the configuration', async () => {
    const dir = repo('unknown-metric')
    const spec = write(dir, 'design.yaml', MINIMAL)
    const config = write(dir, 'sizeup.config.yaml', 'budgets:\n  - storage.totl <= 10 PB\n')
    const r = await sizeup(['check', spec, '--format', 'sarif'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`${config}:2:5: unknown metric \`storage.totl\` in budget \`storage.totl <= 10 PB\` (checking \`${spec}\`)\n  hint: did you mean \`storage.total\`?\nsizeup: 1 problem found\n`)
  })

  it('2 for usage errors: no file, an unknown flag, an unknown format or fail level', async () => {
    for (const args of [['check'], ['check', 'examples/chat.yaml', '--formt', 'json'], ['check', 'examples/chat.yaml', '--format', 'xml'], ['check', 'examples/chat.yaml', '--fail-on', 'warning']]) {
      const r = await sizeup(args)
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
    }
  })

  it('reads a spec on standard input as `<stdin>`', async () => {
    const r = await sizeup(['check', '-', '--format', 'json'], UNREACHABLE)
    expect(r.status).toBe(1)
    const out = JSON.parse(r.stdout) as {files: Array<{file: string; config: string | null; findings: Array<{ruleId: string; file: string}>}>}
    expect(out.files.map((f) => [f.file, f.config])).toEqual([['<stdin>', null]])
    expect(out.files[0]!.findings.find((f) => f.ruleId === 'slo-unreachable')!.file).toBe('<stdin>')
  })

  it('2 for a bad overlay, reported with the specs’ own problems', async () => {
    const dir = repo('bad-overlay')
    const overlay = write(dir, 'org.yaml', 'technologes: [PostgreSQL]\n')
    const r = await sizeup(['check', 'examples/chat.yaml', '--overlay', overlay])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`${overlay}:1:1: unknown key \`technologes\` in the top level`)
  })

  it('2 for a --config that does not exist', async () => {
    const r = await sizeup(['check', 'examples/chat.yaml', '--config', 'no-such.config.yaml'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('no-such.config.yaml:1:1: no such file')
  })
})

describe('sizeup check: machine formats through the CLI', () => {
  it('--format json validates against specs/check.schema.json', async () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/specs/check.schema.json`, 'utf8')) as object
    const validate = new Ajv({allErrors: true, allowUnionTypes: true}).compile(schema)
    const r = await sizeup(['check', 'examples/social-feed.yaml', 'examples/chat.yaml', '--format', 'json'])
    expect([0, 1]).toContain(r.status)
    const out = JSON.parse(r.stdout) as {files: Array<{file: string}>}
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true)
    expect(out.files.map((f) => f.file)).toEqual(['examples/chat.yaml', 'examples/social-feed.yaml'])
  })

  it('--format sarif validates against the SARIF 2.1.0 schema, with relative URIs as given', async () => {
    const ajv = new Ajv04({allErrors: true, strict: false})
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}/test/fixtures/sarif-schema-2.1.0.json`, 'utf8')) as object)
    const r = await sizeup(['check', 'examples/video-streaming.yaml', '--format', 'sarif'])
    const log = JSON.parse(r.stdout) as {runs: Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'budget'])
    for (const result of log.runs[0]!.results) expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('examples/video-streaming.yaml')
  })

  // Under other time zones and locales (processes of their own): test/hardening/determinism.test.ts.
  it('the same input gives the same bytes', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      const a = await sizeup(['check', 'examples/social-feed.yaml', '--format', format])
      const b = await sizeup(['check', 'examples/social-feed.yaml', '--format', format])
      expect(b.stdout, format).toBe(a.stdout)
    }
  })

  it('--color forces colour, NO_COLOR (set by sizeup()) and pipes have none', async () => {
    expect((await sizeup(['check', 'examples/social-feed.yaml'])).stdout).not.toMatch(/\u001B\[/)
    expect((await sizeup(['check', 'examples/social-feed.yaml', '--color'])).stdout).toMatch(/\u001B\[/)
    expect((await sizeup(['check', 'examples/social-feed.yaml', '--no-color'], '', {NO_COLOR: ''})).stdout).not.toMatch(/\u001B\[/)
  })
})

describe('finding the configuration', () => {
  const tree = join(base, 'tree')
  const outer = write(tree, 'sizeup.config.yaml', 'failOn: info\n') // above the repository: never used
  const root = join(tree, 'repo')
  mkdirSync(join(root, '.git'), {recursive: true})
  const rootConfig = write(root, 'sizeup.config.yaml', 'failOn: warn\n')
  write(root, 'designs/deep/spec.yaml', MINIMAL)
  const nextTo = write(root, 'service/sizeup.config.yaml', 'failOn: error\n')
  write(root, 'service/spec.yaml', MINIMAL)
  const bare = join(tree, 'bare')
  mkdirSync(join(bare, '.git'), {recursive: true})
  write(bare, 'spec.yaml', MINIMAL)

  it('next to the spec', async () => {
    expect(await discoverConfig(join(root, 'service/spec.yaml'))).toBe(nextTo)
    expect(await discoverConfig('service/spec.yaml', root)).toBe('service/sizeup.config.yaml')
  })

  it('in a parent directory, named relative to the working directory when the spec is', async () => {
    expect(await discoverConfig(join(root, 'designs/deep/spec.yaml'))).toBe(rootConfig)
    expect(await discoverConfig('designs/deep/spec.yaml', root)).toBe('sizeup.config.yaml')
    expect(await discoverConfig('deep/spec.yaml', join(root, 'designs'))).toBe('../sizeup.config.yaml')
  })

  it('not past a directory containing .git (the repository root)', async () => {
    expect(outer).toBe(join(tree, 'sizeup.config.yaml'))
    expect(await discoverConfig(join(bare, 'spec.yaml'))).toBeNull()
  })

  it('from the working directory for standard input', async () => {
    expect(await discoverConfig('-', join(root, 'service'))).toBe('sizeup.config.yaml')
    expect(await discoverConfig('-', join(root, 'designs'))).toBe('../sizeup.config.yaml')
  })

  it('through the CLI: each spec its own configuration, or --config for all', async () => {
    const deep = join(root, 'designs/deep/spec.yaml')
    const service = join(root, 'service/spec.yaml')
    const r = await sizeup(['check', deep, service, '--format', 'json'])
    const configs = (JSON.parse(r.stdout) as {files: Array<{config: string; failOn: string}>}).files.map((f) => [f.config, f.failOn])
    expect(configs).toEqual([
      [rootConfig, 'warn'],
      [nextTo, 'error'],
    ])
    const forced = await sizeup(['check', deep, service, '--format', 'json', '--config', outer])
    expect((JSON.parse(forced.stdout) as {files: Array<{config: string; failOn: string}>}).files.map((f) => [f.config, f.failOn])).toEqual([
      [outer, 'info'],
      [outer, 'info'],
    ])
  })
})

describe('a configuration spelt .yml', () => {
  // sizeup.config.yml was silently ignored: the findings then came from the defaults.
  it('is found like .yaml', async () => {
    const dir = repo('yml')
    write(dir, 'sizeup.config.yml', 'failOn: info\n')
    write(dir, 'spec.yaml', MINIMAL)
    expect(await discoverConfig('spec.yaml', dir)).toBe('sizeup.config.yml')
    const r = await sizeup(['check', join(dir, 'spec.yaml'), '--format', 'json'])
    expect((JSON.parse(r.stdout) as {files: Array<{failOn: string}>}).files[0]!.failOn).toBe('info')
  })

  it('beside a .yaml is a problem, not a guess', async () => {
    const dir = repo('both')
    write(dir, 'sizeup.config.yaml', 'failOn: warn\n')
    write(dir, 'sizeup.config.yml', 'failOn: info\n')
    write(dir, 'spec.yaml', MINIMAL)
    const r = await sizeup(['check', join(dir, 'spec.yaml')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${join(dir, 'sizeup.config.yml')}:1:1: both sizeup.config.yaml and sizeup.config.yml are in this directory`)
  })
})

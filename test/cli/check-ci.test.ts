import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

// check as linters are run in CI (ESLint, Spectral): directories and
// patterns, several formats to several files in one run, a name for standard
// input, --quiet, --max-warnings, a baseline, and settings from the
// environment. Each of these once failed: "Files only", "one --format per
// run", "stdin findings say file=<stdin>", "no baseline", "no environment variables".

const work = mkdtempSync(join(tmpdir(), 'sizeup-check-ci-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** A repository (`.git`, so no configuration above it is found) with two designs: the social feed (3 warnings) and the URL shortener (4 warnings). */
function project(name: string): string {
  const dir = join(work, name)
  mkdirSync(join(dir, '.git'), {recursive: true})
  mkdirSync(join(dir, 'designs/sub'), {recursive: true})
  cpSync(join(ROOT, 'examples/social-feed.yaml'), join(dir, 'designs/feed.yaml'))
  cpSync(join(ROOT, 'examples/url-shortener.yaml'), join(dir, 'designs/sub/short.yaml'))
  return dir
}

type Json = {files: {file: string; findings: {ruleId: string; severity: string; suppressed: {reason: string; by: string} | null}[]}[]; summary: {warnings: number; suppressed: number}}
const files = (stdout: string) => (JSON.parse(stdout) as Json).files.map((f) => f.file)

let dir = ''
beforeAll(() => {
  dir = project('main')
})

describe('which specs', () => {
  it.each([
    [['designs'], ['designs/feed.yaml', 'designs/sub/short.yaml']],
    [['.'], ['designs/feed.yaml', 'designs/sub/short.yaml']],
    [['designs/**/*.yaml'], ['designs/feed.yaml', 'designs/sub/short.yaml']],
    [['designs/*.yaml'], ['designs/feed.yaml']],
    [['designs/feed.yaml', 'designs'], ['designs/feed.yaml', 'designs/sub/short.yaml']], // each once
  ])('%s', async (args, expected) => {
    const r = await sizeup(['check', ...args, '--format', 'json'], '', {}, dir)
    expect(r.status, r.stderr).toBe(0)
    expect(files(r.stdout)).toEqual(expected)
  })

  it('a directory or pattern that finds nothing is a problem, like a missing file', async () => {
    mkdirSync(join(dir, 'empty'), {recursive: true})
    const r = await sizeup(['check', 'empty', 'nothing/*.yaml', 'missing.yaml'], '', {}, dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('empty:1:1: no YAML spec in this directory')
    expect(r.stderr).toContain('nothing/*.yaml:1:1: no file matches this pattern')
  })

  it('a directory skips node_modules and the configuration', async () => {
    const d = project('skips')
    mkdirSync(join(d, 'designs/node_modules/x'), {recursive: true})
    writeFileSync(join(d, 'designs/node_modules/x/bad.yaml'), 'not: a spec\n')
    writeFileSync(join(d, 'designs/sizeup.config.yaml'), 'failOn: error\n')
    const r = await sizeup(['check', 'designs', '--format', 'json'], '', {}, d)
    expect(r.status, r.stderr).toBe(0)
    expect(files(r.stdout)).toEqual(['designs/feed.yaml', 'designs/sub/short.yaml'])
  })
})

describe('formats and outputs', () => {
  it('several formats, each to its own file, and one to standard output', async () => {
    const r = await sizeup(['check', 'designs', '-f', 'stylish', '-f', 'sarif', '--output.sarif', 'out/sizeup.sarif', '--output.junit', 'out/junit.xml'], '', {}, join(dir))
    expect(r.status).toBe(2) // out/ does not exist yet: nothing is written, nothing is lost
    mkdirSync(join(dir, 'out'))
    const ok = await sizeup(['check', 'designs', '-f', 'stylish', '-f', 'sarif', '--output.sarif', 'out/sizeup.sarif', '--output.junit', 'out/junit.xml'], '', {}, dir)
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('passed: 2 files')
    expect(JSON.parse(readFileSync(join(dir, 'out/sizeup.sarif'), 'utf8')).version).toBe('2.1.0')
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toMatch(/^<\?xml/)
  })

  it('a file is not coloured by FORCE_COLOR, only by --color', async () => {
    await sizeup(['check', 'designs', '-o', 'plain.txt'], '', {FORCE_COLOR: '1'}, dir)
    await sizeup(['check', 'designs', '-o', 'coloured.txt', '--color'], '', {}, dir)
    expect(readFileSync(join(dir, 'plain.txt'), 'utf8')).not.toContain('\u001b[')
    expect(readFileSync(join(dir, 'coloured.txt'), 'utf8')).toContain('\u001b[')
  })

  it('-o takes the one format', async () => {
    const r = await sizeup(['check', 'designs', '--format', 'json', '-o', 'one.json'], '', {}, dir)
    expect([r.status, r.stdout]).toEqual([0, ''])
    expect(files(readFileSync(join(dir, 'one.json'), 'utf8'))).toHaveLength(2)
  })

  it.each([
    [['-f', 'json', '-f', 'sarif'], 'json, sarif would all go to standard output'],
    [['-f', 'json', '-f', 'sarif', '-o', 'x'], '-o names one file for one format; json, sarif have none'],
    [['-f', 'jsn'], '`--format` must be one of stylish, json, sarif, junit, github, markdown (got `jsn`)'],
  ])('%s is a usage problem', async (flags, message) => {
    const r = await sizeup(['check', 'designs', ...flags], '', {}, dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(message)
  })
})

describe('standard input', () => {
  it('--stdin-filepath names it in the findings', async () => {
    const text = readFileSync(join(dir, 'designs/feed.yaml'), 'utf8')
    const r = await sizeup(['check', '-', '--stdin-filepath', 'designs/feed.yaml', '--format', 'github'], text, {}, dir)
    expect(r.stdout).toContain('file=designs/feed.yaml,line=')
    expect(r.stdout).not.toContain('<stdin>')
  })
})

describe('--quiet and --max-warnings', () => {
  it('--quiet shows only what fails', async () => {
    const run = async (...flags: string[]) => JSON.parse((await sizeup(['check', 'designs', '--format', 'json', ...flags], '', {}, dir)).stdout) as Json
    const count = (j: Json) => j.files.flatMap((f) => f.findings).length
    // 7 findings, all warnings: failing at warn, --quiet keeps all 7; failing at error (the default), none
    expect([count(await run()), count(await run('-q')), count(await run('--fail-on', 'warn', '-q'))]).toEqual([7, 0, 7])
  })

  it('--max-warnings fails the check when there are more warnings', async () => {
    const at = await sizeup(['check', 'designs', '--max-warnings', '7'], '', {}, dir)
    const over = await sizeup(['check', 'designs', '--max-warnings', '6'], '', {}, dir)
    expect([at.status, over.status]).toEqual([0, 1])
    expect(over.stderr).toContain('sizeup: 7 warnings, more than --max-warnings 6')
  })
})

describe('a baseline', () => {
  it('is written from the findings, then accepts them: only new ones fail', async () => {
    const d = project('baseline')
    const w = await sizeup(['check', 'designs', '--baseline', '.sizeup-baseline.json', '--write-baseline'], '', {}, d)
    expect([w.status, w.stderr]).toEqual([0, 'sizeup: wrote 7 findings to the baseline .sizeup-baseline.json\n'])
    const baseline = JSON.parse(readFileSync(join(d, '.sizeup-baseline.json'), 'utf8')) as {version: number; findings: {file: string; ruleId: string; path: string; count: number}[]}
    // The URL shortener's clicks workload has two left-out-of-totals findings at one path: one entry, counted twice.
    expect(baseline.findings.find((e) => e.file === 'designs/sub/short.yaml' && e.path === 'workloads.clicks')).toEqual({file: 'designs/sub/short.yaml', ruleId: 'left-out-of-totals', path: 'workloads.clicks', count: 2})

    const r = await sizeup(['check', 'designs', '--baseline', '.sizeup-baseline.json', '--max-warnings', '0', '--format', 'json'], '', {}, d)
    expect(r.status, r.stderr).toBe(0)
    const j = JSON.parse(r.stdout) as Json
    expect(j.summary.suppressed).toBe(7)
    expect(j.files[0]!.findings[0]!.suppressed).toEqual({reason: 'in the baseline', by: 'baseline'})
    const sarif = await sizeup(['check', 'designs', '--baseline', '.sizeup-baseline.json', '--format', 'sarif'], '', {}, d)
    expect(JSON.parse(sarif.stdout).runs[0].results[0].suppressions[0].kind).toBe('external')

    // A new finding fails; an accepted one that is gone is reported as stale.
    cpSync(join(ROOT, 'examples/url-shortener.yaml'), join(d, 'designs/new.yaml'))
    const after = await sizeup(['check', 'designs', '--baseline', '.sizeup-baseline.json', '--fail-on', 'warn', '--format', 'json'], '', {}, d)
    expect(after.status).toBe(1)
    const active = (JSON.parse(after.stdout) as Json).files.flatMap((f) => f.findings.filter((x) => x.suppressed === null).map(() => f.file))
    expect(active).toEqual(['designs/new.yaml', 'designs/new.yaml', 'designs/new.yaml', 'designs/new.yaml'])
    const shortened = join(d, 'designs/sub/short.yaml')
    rmSync(shortened)
    const stale = await sizeup(['check', 'designs', '--baseline', '.sizeup-baseline.json'], '', {}, d)
    expect(stale.stderr).toContain('sizeup: baseline: 1 × single-failure-domain at designs/sub/short.yaml components no longer found; --write-baseline drops it')
  })

  it.each([
    ['missing.json', 'missing.json:1:1: baseline: no such file'],
    ['bad.json', 'bad.json:1:1: not a sizeup baseline: no `"version": 1`'],
  ])('%s is a problem, exit 2', async (file, message) => {
    writeFileSync(join(dir, 'bad.json'), '{"findings": []}\n')
    const r = await sizeup(['check', 'designs', '--baseline', file], '', {}, dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(message)
  })
})

describe('the environment', () => {
  it('SIZEUP_FAIL_ON and SIZEUP_MAX_WARNINGS give their flags; the command line wins', async () => {
    expect((await sizeup(['check', 'designs'], '', {SIZEUP_FAIL_ON: 'warn'}, dir)).status).toBe(1)
    expect((await sizeup(['check', 'designs', '--fail-on', 'error'], '', {SIZEUP_FAIL_ON: 'warn'}, dir)).status).toBe(0)
    expect((await sizeup(['check', 'designs'], '', {SIZEUP_MAX_WARNINGS: '0'}, dir)).status).toBe(1)
  })

  it('a bad value is located at the variable', async () => {
    const r = await sizeup(['check', 'designs'], '', {SIZEUP_FAIL_ON: 'wran'}, dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('<environment>:1:1: `--fail-on` must be one of error, warn, info (got `wran`), from `SIZEUP_FAIL_ON`\n  hint: did you mean `warn`?')
  })
})

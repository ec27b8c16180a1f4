import {spawn} from 'node:child_process'
import {closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {MAX_SPEC_BYTES} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {runBinary} from '../helpers/binary.js'
import {MINIMAL} from '../helpers/spec.js'
import {CORPUS_DIR, corpusFiles, expectations, forbidden, runBoth} from './corpus.js'

/*
 * The bad-input corpus (issue 6): every file in test/fixtures/bad, with its
 * expected exit code and first located message in expected.json, goes through
 * `estimate --json` and `report` in-process (the functions the CLI calls), and
 * a sample through the real binary under a 200 MB heap. Each must give one
 * clear located message, exit 2, nothing on stdout, no stack trace, no NaN or
 * Infinity. (No timings here: a test that times itself fails on a busy
 * machine; `npm run fuzz` reports its slowest case.)
 */

const files = corpusFiles()
const expected = expectations()

describe('the bad-input corpus', () => {
  test('holds at least 60 files, each with its expectation and none without a file', () => {
    expect(files.length).toBeGreaterThanOrEqual(60)
    expect(Object.keys(expected).sort()).toEqual(files)
  })

  test.each(files)('%s', async (file) => {
    const path = `${CORPUS_DIR}/${file}`
    const want = expected[file]!
    const {estimate, report} = await runBoth(path)
    for (const outcome of [estimate, report]) {
      expect(forbidden(outcome.stdout + outcome.stderr)).toEqual([])
      expect(outcome.exitCode).toBe(want.exit)
    }
    if (want.exit === 2) {
      // estimate ran with --json: the problems are on stdout too, as {"error": …}.
      expect(report.stdout).toBe('')
      expect(JSON.parse(estimate.stdout).error.problems.length).toBe(estimate.problems!.length)
      for (const outcome of [estimate, report]) {
        const [first] = outcome.stderr.split('\n')
        expect(first).toContain(`${path}:${want.at}: `)
        expect(first).toContain(want.message!)
        expect(outcome.stderr).toMatch(/\nsizeup: \d+ problems? found\n$/)
      }
    } else {
      for (const text of want.reportMustNotContain ?? []) expect(report.stdout).not.toContain(text)
    }
  })
})

describe('generated bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-corpus-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  test('a file over the size limit is refused before it is read, located at 1:1', async () => {
    const path = join(dir, 'huge.yaml')
    writeFileSync(path, `${MINIMAL}description: "${'x'.repeat(MAX_SPEC_BYTES)}"\n`)
    const out = (await sizeup(['estimate', path, '--json'])).outcome
    expect(out.exitCode).toBe(2)
    expect(out.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: file is \\d+ bytes; sizeup reads at most ${MAX_SPEC_BYTES}\n`))
  })

  test('a file just under the size limit with thousands of workloads is refused', async () => {
    const path = join(dir, 'many.yaml')
    const lines = ['name: many', 'users: {mau: 1M, dau: 100K}', 'workloads:']
    for (let i = 0; lines.join('\n').length < MAX_SPEC_BYTES - 200; i++) lines.push(`  w${i}: {writes: {perUserPerDay: 1}, recordSize: 1 KB}`)
    writeFileSync(path, `${lines.join('\n')}\n`)
    const out = (await sizeup(['estimate', path, '--json'])).outcome
    expect(forbidden(out.stderr)).toEqual([])
    expect(out.exitCode).toBe(2)
    expect(out.stderr).toMatch(/many\.yaml:3:1: the spec has \d+ workloads; the limit is 200\n/)
  })
})

describe('bad output paths: one located message, exit 2, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-out-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const spec = join(dir, 'design.yaml')
  writeFileSync(spec, MINIMAL)
  mkdirSync(join(dir, 'a-directory'))
  const report = async (output: string, file = spec) => (await sizeup(['report', file, '-o', output])).outcome

  test.each([
    ['a directory', () => join(dir, 'a-directory'), 'cannot write the report: it is a directory'],
    ['a directory that does not exist', () => join(dir, 'missing', 'design.md'), 'cannot write the report: its directory does not exist'],
    ['a path through a file', () => join(spec, 'design.md'), 'cannot write the report: a part of the path is a file, not a directory'],
    ['an unwritable place (even for root)', () => '/proc/sizeup-design.md', 'cannot write the report'],
    ['the input file itself', () => spec, '-o names the input file'],
  ])('%s', async (_, target, message) => {
    const before = readFileSync(spec, 'utf8')
    const out = await report(target())
    expect(out.exitCode).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr.split('\n')[0]).toBe(`${target()}:1:1: ${out.stderr.split('\n')[0]!.split(': ').slice(1).join(': ')}`)
    expect(out.stderr).toContain(message)
    expect(forbidden(out.stderr)).toEqual([])
    expect(readFileSync(spec, 'utf8')).toBe(before)
    expect(statSync(join(dir, 'a-directory')).isDirectory()).toBe(true)
  })

  test('a bad output path and a bad spec: both problems at once', async () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, MINIMAL.replace('dau: 100K', 'dau: 5M'))
    const out = (await sizeup(['report', bad, '-o', join(dir, 'a-directory')])).outcome
    expect(out.exitCode).toBe(2)
    expect(out.stderr).toContain(`${join(dir, 'a-directory')}:1:1: cannot write the report: it is a directory\n`)
    expect(out.stderr).toContain(`${bad}:4:8: daily active users`)
    expect(out.stderr).toMatch(/\nsizeup: 2 problems found\n$/)
  })

  test('the input file itself as --samples-out is refused too', async () => {
    const samples = (await sizeup(['estimate', spec, '--json', '--samples-out', spec])).outcome
    expect(samples.exitCode).toBe(2)
    expect(samples.stderr).toContain('--samples-out names the input file')
    expect(readFileSync(spec, 'utf8')).toBe(MINIMAL)
  })
})

describe('no output replaces an input, however the path reaches it (device and inode, not names)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizeup-inputs-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const project = join(dir, 'project')
  const templates = join(project, 'templates')
  mkdirSync(join(templates, 'partials'), {recursive: true})
  mkdirSync(join(project, '.git'))
  const spec = join(project, 'design.yaml')
  const overlay = join(project, 'overlay.yaml')
  const config = join(project, 'sizeup.config.yaml')
  const main = join(templates, 'report.md.hbs')
  const partial = join(templates, 'partials', 'summary.md.hbs')
  const originals: Record<string, string> = {
    // Small, so that each case costs little beyond the refusal; one scenario for `spec#name`.
    [spec]: `${MINIMAL}scenarios:\n  year3: {users: {mau: 2M}}\n`,
    [overlay]: readFileSync('examples/overlays/postgres-redis-kafka.yaml', 'utf8'),
    [config]: 'failOn: error\n',
    [main]: '# {{name}}\n{{> summary}}\n',
    [partial]: 'summary of {{name}}\n',
  }
  for (const [file, text] of Object.entries(originals)) writeFileSync(file, text)
  symlinkSync(spec, join(dir, 'spec-link.yaml'))
  linkSync(spec, join(dir, 'spec-hard.yaml'))
  linkSync(partial, join(dir, 'partial-hard.md'))

  test.each([
    ['the spec through a symbolic link', [spec], () => join(dir, 'spec-link.yaml'), 'the input file'],
    ['the spec through a hard link', [spec], () => join(dir, 'spec-hard.yaml'), 'the input file'],
    ['the spec named with a scenario', [`${spec}#year3`], () => spec, 'the input file'],
    ['the spec spelt another way', [spec], () => join(project, '..', 'project', '.', 'design.yaml'), 'the input file'],
    ['the overlay', [spec, '--overlay', overlay], () => overlay, 'the input file'],
    ['the configuration named', [spec, '--config', config], () => config, 'the input file'],
    ['the configuration found next to the spec', [spec], () => config, 'the input file'],
    ['the main template', [spec, '--template-dir', templates], () => main, 'the template'],
    ['a partial through a hard link, with --json (which reads no template)', [spec, '--json', '--template-dir', templates], () => join(dir, 'partial-hard.md'), 'the template'],
    ['a new template in --template-dir', [spec, '--template-dir', templates], () => join(templates, 'partials', 'new.md.hbs'), 'a new template in --template-dir'],
  ])('%s', async (_, args, output, named) => {
    const out = await sizeup(['report', ...args, '-o', output()])
    expect(out.status).toBe(2)
    if (args.includes('--json')) expect(JSON.parse(out.stdout).error.problems).toHaveLength(1)
    else expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(new RegExp(`^${output().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: -o names ${named}`))
    expect(out.stderr).toMatch(/\nsizeup: 1 problem found\n$/)
    expect(forbidden(out.stderr)).toEqual([])
    for (const [file, text] of Object.entries(originals)) expect(readFileSync(file, 'utf8')).toBe(text)
    expect(readdirSync(join(templates, 'partials'))).toEqual(['summary.md.hbs'])
  })

  test('estimate --samples-out on the spec through a link is refused too', async () => {
    const out = await sizeup(['estimate', spec, '--samples-out', join(dir, 'spec-link.yaml')])
    expect(out.status).toBe(2)
    expect(out.stderr).toContain('--samples-out names the input file')
    expect(readFileSync(spec, 'utf8')).toBe(originals[spec])
  })

  test('the file standard input is redirected from (`report - -o design.yaml < design.yaml`)', async () => {
    const stdin = openSync(spec, 'r')
    try {
      const child = spawn(process.execPath, ['bin/run.js', 'report', '-', '-o', spec], {stdio: [stdin, 'pipe', 'pipe']})
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const status = await new Promise((resolve) => child.on('close', resolve))
      expect(status).toBe(2)
      expect(stderr).toContain(`${spec}:1:1: -o names the file the spec is read from (standard input)`)
    } finally {
      closeSync(stdin)
    }
    expect(readFileSync(spec, 'utf8')).toBe(originals[spec])
  })
})

describe('the corpus through the real binary (a sample), under a 200 MB heap', () => {
  const sample = ['alias-billion-laughs.yaml', 'binary-png.yaml', 'deep-flow-nesting.yaml', 'expr-import.yaml', 'overflow-product.yaml', 'proto-top.yaml', 'yaml-unknown-tag.yaml']
  test.each(sample)('%s', async (file) => {
    const path = `${CORPUS_DIR}/${file}`
    const out = await runBinary(['estimate', path, '--json'], {env: {NODE_OPTIONS: '--max-old-space-size=200'}})
    expect(out.status).toBe(expected[file]!.exit)
    // Asked for --json, the problems are on stdout too, the first the same as on stderr.
    const [line, column] = expected[file]!.at.split(':').map(Number)
    expect(JSON.parse(out.stdout).error.problems[0]).toMatchObject({file: path, line, column})
    expect(out.stderr.split('\n')[0]).toContain(`${path}:${expected[file]!.at}: ${expected[file]!.message}`)
    expect(forbidden(out.stderr)).toEqual([])
  })

})

describe('standard input that is not text', () => {
  test('a spec on standard input that is not UTF-8 is located at <stdin>', async () => {
    const out = await sizeup(['estimate', '-'], Buffer.from([...Buffer.from('name: a\xff'.slice(0, 7)), 0xff, 0x0a]))
    expect(out.status).toBe(2)
    expect(out.stderr).toMatch(/^<stdin>:1:8: file is not UTF-8 text\n/)
  })
})

describe('a finding is exit 1, located, and no crash', () => {
  test('sizeup check --fail-on info on a hostile but valid spec of the corpus', async () => {
    const path = `${CORPUS_DIR}/inject-markdown-name.yaml`
    const out = await sizeup(['check', path, '--fail-on', 'info', '--format', 'github'])
    expect(out.status).toBe(1)
    expect(out.stdout).toMatch(new RegExp(`^::notice file=${path.replace(/[.]/g, '\\.')},line=\\d+,col=\\d+,`, 'm'))
    expect(forbidden(out.stdout + out.stderr)).toEqual([])
  })
})

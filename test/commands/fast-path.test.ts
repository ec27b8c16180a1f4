import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runBinary} from '../helpers/binary.js'

// The fast path (bin/run.js without oclif) and oclif run the same parser and
// the same command functions (src/commands/run.ts); these spawn the built
// CLI both ways, for the few things that differ: how each starts, finds the
// package root and version, and hands over help.
describe('fast path and oclif say the same (built CLI)', () => {
  it('report --format html -o (a 3.6 MB page: compared as files)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizeup-fast-'))
    const [fast, slow] = await Promise.all([
      runBinary(['report', 'examples/url-shortener.yaml', '--format', 'html', '-o', join(dir, 'fast.html')]),
      runBinary(['report', 'examples/url-shortener.yaml', '--format', 'html', '-o', join(dir, 'slow.html')], {env: {SIZEUP_NO_FAST_PATH: '1'}}),
    ])
    expect([fast.status, slow.status]).toEqual([0, 0])
    expect(readFileSync(join(dir, 'fast.html'), 'utf8')).toBe(readFileSync(join(dir, 'slow.html'), 'utf8'))
  })

  const lines: string[][] = [
    ['--version'],
    ['--help'],
    ['estimate', 'examples/url-shortener.yaml', '--json'],
    ['check', 'examples/url-shortener.yaml', '--format', 'sarif'],
    ['schema', 'overlay'],
    ['schema', 'nope'],
    ['estimate', '--help'],
    ['explain', '-h'],
    ['help', 'check'],
  ]
  it.each(lines)('%s …', async (...argv) => {
    const [fast, slow] = await Promise.all([runBinary(argv), runBinary(argv, {env: {SIZEUP_NO_FAST_PATH: '1'}})])
    expect(fast.status).toBe(slow.status)
    expect(fast.stdout).toBe(slow.stdout)
    expect(fast.stderr).toBe(slow.stderr)
  })
})

describe('what oclif is handed', () => {
  it('an unknown command is quoted on standard error with its control characters shown, never run', async () => {
    const r = await runBinary(['::error::est\u001b]0;retitled\u0007imate', 'examples/url-shortener.yaml'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('est\\u001b]0;retitled\\u0007imate')
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(r.stderr).not.toMatch(/^\s*::/m)
  })
})

// What a new user types first, each of which once failed: `help <command>`
// ("command help:estimate not found"), `-h` ("Nonexistent flag"), `version`
// (not found) and a typo (no suggestion).
describe('help, version and typos the way oclif CLIs answer them (built CLI)', () => {
  // `help check`, `explain -h` and `estimate --help` are compared with oclif's above; `-v` is the fast path's own.
  it.each([
    [['version'], 0, /^sizeup\/\d+\.\d+\.\d+ \S+ node-v\d+/],
    [['-v'], 0, /^sizeup\/\d+\.\d+\.\d+ \S+ node-v\d+/],
  ] as const)('%s', async (argv, status, stdout) => {
    const r = await runBinary([...argv])
    expect(r.status, r.stderr).toBe(status)
    expect(r.stdout).toMatch(stdout)
  })

  it('a typo gets the nearest command, exit 2', async () => {
    const r = await runBinary(['estimat', 'examples/url-shortener.yaml'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('hint: did you mean `sizeup estimate`?')
  })
})

// `estimate --help` took longer than `estimate x.yaml` (549 ms against 495 ms
// by scripts/bench.mjs's method): oclif was loaded to print it. Like the root
// help, a command's help is captured at build and printed without oclif; a
// module hook that refuses @oclif/core proves it, without timing anything.
describe('a command\'s help without oclif (built CLI)', () => {
  const refuseOclif = `data:text/javascript,${encodeURIComponent(
    `import {register} from 'node:module'; register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (s.startsWith("@oclif/core")) throw new Error("oclif loaded"); return next(s, c) }'))`,
  )}`
  it.each([[['estimate', '--help']], [['help', 'report']], [['check', '-h']]])('%s', async (argv) => {
    const [fast, oclif] = await Promise.all([
      runBinary(argv, {env: {NODE_OPTIONS: `--import=${refuseOclif}`}}),
      runBinary(argv, {env: {SIZEUP_NO_FAST_PATH: '1'}}),
    ])
    expect(fast.status, fast.stderr).toBe(0)
    expect(fast.stdout).toBe(oclif.stdout)
    expect(fast.stdout).toContain(`$ sizeup ${argv[0] === 'help' ? argv[1] : argv[0]}`)
  })
})

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

// Command lines run in-process, through the parser and command the binary runs (helpers/analysis.ts).

const dir = mkdtempSync(join(tmpdir(), 'sizeup-errors-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Three unrelated problems: DAU > MAU (line 4), a duration as a size (line 9), an unknown key (line 10). */
const BAD = `${MINIMAL.replace('dau: 100K', 'dau: 5M').replace('recordSize: 1 KB', 'recordSize: 5 years')}    retension: 1 year\n`

const LOCATED = /^(.+):(\d+):(\d+): (\S.*)$/
const HINT = /^ {2}hint: \S.*$/
const SUMMARY = /^sizeup: (\d+) problems? found$/

/** Checks the shape of stderr for bad input and returns the located lines, parsed. */
function parseErrors(stderr: string): Array<{file: string; line: number; column: number; message: string}> {
  expect(stderr).not.toMatch(/^ {4}at /m) // no stack trace
  expect(stderr.endsWith('\n')).toBe(true)
  const lines = stderr.trimEnd().split('\n')
  const summary = SUMMARY.exec(lines.at(-1)!)
  expect(summary, `last line: ${lines.at(-1)}`).not.toBeNull()
  const body = lines.slice(0, -1)
  for (const line of body) expect(LOCATED.test(line) || HINT.test(line), `unexpected stderr line: ${line}`).toBe(true)
  const located = body.filter((l) => LOCATED.test(l)).map((l) => {
    const [, file, line, column, message] = LOCATED.exec(l)!
    return {file: file!, line: Number(line), column: Number(column), message: message!}
  })
  expect(located).toHaveLength(Number(summary![1]))
  return located
}

describe('sizeup estimate, bad input', () => {
  test('a bad spec: exit 2, every problem located on stderr with a hint, nothing on stdout', async () => {
    const file = join(dir, 'bad.yaml')
    writeFileSync(file, BAD)
    const {status, stdout, stderr} = await sizeup(['estimate', file])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    const located = parseErrors(stderr)
    expect(located.map((d) => [d.file, d.line, d.column])).toEqual([
      [file, 4, 8],
      [file, 9, 17],
      [file, 10, 5],
    ])
    expect(located[0]!.message).toContain('exceed monthly active users')
    expect(located[2]!.message).toContain('unknown key `retension`')
    // Each problem is followed by its hint.
    const lines = stderr.split('\n')
    for (const [i, line] of lines.entries()) if (LOCATED.test(line)) expect(lines[i + 1]).toMatch(HINT)
    expect(stderr).toContain('  hint: did you mean `retention`?')
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('sizeup: 3 problems found')
  })

  test('--json reports input errors on stderr as without it, and as JSON on stdout', async () => {
    const file = join(dir, 'bad-json.yaml')
    writeFileSync(file, BAD)
    const {status, stdout, stderr} = await sizeup(['estimate', file, '--json'])
    expect(status).toBe(2)
    expect(JSON.parse(stdout).error.problems).toHaveLength(3)
    expect(parseErrors(stderr)).toHaveLength(3)
  })

  test('a YAML syntax error is located and explained, without a stack trace', async () => {
    const file = join(dir, 'syntax.yaml')
    writeFileSync(file, MINIMAL.replace('name: Minimal', 'name: "Minimal'))
    const {status, stdout, stderr} = await sizeup(['estimate', file])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    const located = parseErrors(stderr)
    expect(located).toEqual([{file, line: 1, column: 7, message: 'YAML syntax error: the " opened here is never closed'}])
  })

  test('a missing file: exit 2 with a located message', async () => {
    const {status, stdout, stderr} = await sizeup(['estimate', 'no-such-spec.yaml'])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    const located = parseErrors(stderr)
    expect(located).toEqual([{file: 'no-such-spec.yaml', line: 1, column: 1, message: 'no such file'}])
    expect(stderr).toContain('  hint: ')
  })

  test('a bad spec on stdin is reported as <stdin>', async () => {
    const {status, stdout, stderr} = await sizeup(['estimate', '-'], BAD)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(parseErrors(stderr).map((d) => d.file)).toEqual(['<stdin>', '<stdin>', '<stdin>'])
  })

  test('an empty stdin is an empty file, not a crash', async () => {
    const {status, stdout, stderr} = await sizeup(['estimate', '-'], '')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(parseErrors(stderr)).toEqual([{file: '<stdin>', line: 1, column: 1, message: 'file is empty'}])
  })
})

describe('sizeup estimate -', () => {
  test('reads a valid spec from stdin: exit 0, the estimate on stdout', async () => {
    const {status, stdout, stderr} = await sizeup(['estimate', '-'], MINIMAL)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.length).toBeGreaterThan(0)
  })

  test('reads a valid spec from stdin as JSON', async () => {
    const {status, stdout} = await sizeup(['estimate', '-', '--json'], MINIMAL)
    expect(status).toBe(0)
    expect(() => JSON.parse(stdout)).not.toThrow()
  })
})

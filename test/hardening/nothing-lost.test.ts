import fs, {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {runBinary} from '../helpers/binary.js'

/*
 * Nothing lost (issues 6 and 12): output files are written to a temporary
 * file that then replaces the target, so a run killed mid-write, or a write
 * that fails, leaves the previous report as it was; a signal that can be
 * caught (SIGINT, SIGTERM, SIGHUP) also removes the temporary file. A failing
 * write is staged in-process by replacing `fs.write` (what write-file-atomic
 * writes with) for one command; a kill or a signal needs a process of its
 * own, which a preloaded module interrupts at the moment of writing.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-atomic-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const PREVIOUS = '# The previous design document\n\nstill here\n'

type Write = (fd: number, data: unknown, ...rest: unknown[]) => void

/** Runs a command line in-process with fs.write replaced by `body`, and puts the original back. */
async function withWrite(body: (original: Write) => Write, argv: readonly string[]) {
  const original = fs.write as unknown as Write
  ;(fs as unknown as {write: Write}).write = body(original)
  try {
    return await sizeup(argv)
  } finally {
    ;(fs as unknown as {write: Write}).write = original
  }
}

/** Half the text, then the failure a full disk or a bad device gives. */
const failing = (code: string, message: string) => (original: Write) =>
  function (fd: number, data: unknown, ...rest: unknown[]) {
    const done = rest.at(-1) as (e: Error | null) => void
    original(fd, String(data).slice(0, 100), () => done(Object.assign(new Error(message), {code})))
  }

/** Files in `dir` besides the ones named: what a run left behind. */
const leftovers = (d: string, ...expected: string[]) => readdirSync(d).filter((f) => !expected.includes(f))

describe('a report run that dies or fails mid-write leaves the previous output intact', () => {
  test('killed half-way through writing (SIGKILL)', async () => {
    const out = join(dir, 'design-killed.md')
    writeFileSync(out, PREVIOUS)
    const preload = join(dir, 'kill-mid-write.mjs')
    writeFileSync(
      preload,
      `import fs from 'node:fs'
const original = fs.write
fs.write = function (fd, data, ...rest) {
  original(fd, String(data).slice(0, 100), () => process.kill(process.pid, 'SIGKILL'))
}
`,
    )
    const result = await runBinary(['report', 'examples/url-shortener.yaml', '-o', out], {env: {NODE_OPTIONS: `--import=${preload}`}})
    expect([result.status, result.signal]).toEqual([null, 'SIGKILL'])
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS)
  })

  test('a write that fails (ENOSPC)', async () => {
    const out = join(dir, 'design-2.md')
    writeFileSync(out, PREVIOUS)
    const result = await withWrite(failing('ENOSPC', 'no space left on device'), ['report', 'examples/url-shortener.yaml', '-o', out])
    expect(result.status).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS)
    expect(result.stderr).toBe(`${out}:1:1: cannot write the report: no space left on the device\n  hint: check the path given to -o; nothing was written\nsizeup: 1 problem found\n`)
    // A failure cleans up after itself; only a killed process can leave its temporary file behind.
    expect(readdirSync(dir).filter((f) => f.startsWith('design-2.md.') || f.startsWith('.design-2.md.'))).toEqual([])
  })

  test('the same holds for --samples-out', async () => {
    const out = join(dir, 'samples.csv')
    writeFileSync(out, 'sample,previous\n1,2\n')
    const spec = join(dir, 'ranged.yaml')
    writeFileSync(spec, 'name: r\nusers: {mau: 1M, dau: 100K..200K}\nworkloads: {items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}}\n')
    const eio = () =>
      function (...args: unknown[]) {
        ;(args.at(-1) as (e: Error) => void)(Object.assign(new Error('i/o error'), {code: 'EIO'}))
      }
    const result = await withWrite(eio, ['estimate', spec, '--samples', '100', '--samples-out', out])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${out}:1:1: cannot write the samples: it cannot be written (EIO)\n  hint: check the path given to --samples-out`)
    expect(readFileSync(out, 'utf8')).toBe('sample,previous\n1,2\n')
  })

  test('a successful run replaces the previous output whole', async () => {
    const out = join(dir, 'design-ok.md')
    writeFileSync(out, PREVIOUS)
    expect((await sizeup(['report', 'examples/url-shortener.yaml', '-o', out])).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe((await sizeup(['report', 'examples/url-shortener.yaml'])).stdout)
  })
})

describe('a signal during a write removes the temporary file and keeps the previous one', () => {
  // At the moment the finished temporary file would take the output's name
  // (a rename, or init's no-clobber link), the process signals itself; a
  // timer keeps it busy, as a real run is when a signal arrives (an idle
  // Node.js would end before handling it).
  const preload = join(dir, 'signal-before-rename.mjs')
  writeFileSync(
    preload,
    `import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
const interrupt = () => {
  setTimeout(() => {}, 60_000)
  process.kill(process.pid, process.env.SIZEUP_TEST_SIGNAL)
}
fs.rename = fs.link = interrupt
fs.promises.rename = fs.promises.link = () => {
  interrupt()
  return new Promise(() => {})
}
syncBuiltinESMExports()
`,
  )
  let n = 0

  // --samples-out and init --force replace files the same way (write-file-atomic), so report stands for them.
  test.each([
    ['report -o', 'SIGINT', (out: string) => ['report', 'examples/url-shortener.yaml', '-o', out]],
    ['report -o', 'SIGTERM', (out: string) => ['report', 'examples/url-shortener.yaml', '-o', out]],
  ] as const)('%s, %s', async (_, signal, argv) => {
    const runDir = join(dir, `signal-${n++}`)
    fs.mkdirSync(runDir)
    const out = join(runDir, 'out.md')
    writeFileSync(out, PREVIOUS)
    const result = await runBinary(argv(out), {env: {NODE_OPTIONS: `--import=${preload}`, SIZEUP_TEST_SIGNAL: signal}})
    expect([result.status, result.signal]).toEqual([null, signal])
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS)
    expect(leftovers(runDir, 'out.md')).toEqual([])
  })

  test('init writing a new file, SIGINT: neither the file nor a temporary one is left', async () => {
    const runDir = join(dir, 'signal-init')
    fs.mkdirSync(runDir)
    const result = await runBinary(['init', join(runDir, 'design.yaml'), '--template', 'chat'], {env: {NODE_OPTIONS: `--import=${preload}`, SIZEUP_TEST_SIGNAL: 'SIGINT'}})
    expect([result.status, result.signal]).toEqual([null, 'SIGINT'])
    expect(leftovers(runDir)).toEqual([])
  })
})

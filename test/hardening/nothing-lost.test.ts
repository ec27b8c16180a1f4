import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {open} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {runBinary} from '../helpers/binary.js'

/*
 * Nothing lost (issue 6): output files are written to a temporary file that
 * then replaces the target, so a run killed mid-write, or a write that fails,
 * leaves the previous report as it was. A failing write is staged in-process
 * by replacing the file handle's write for one command; a kill needs a
 * process of its own, which a preloaded module kills half-way through writing.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-atomic-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const PREVIOUS = '# The previous design document\n\nstill here\n'

type WriteFile = (this: unknown, data: string | Uint8Array, options?: unknown) => Promise<void>

/** The prototype every FileHandle shares (node:fs/promises exports no FileHandle class to reach it by). */
async function fileHandlePrototype(): Promise<{writeFile: WriteFile}> {
  const handle = await open(join(dir, 'probe'), 'w')
  await handle.close()
  return Object.getPrototypeOf(handle) as {writeFile: WriteFile}
}

/** Runs a command line in-process with FileHandle#writeFile replaced by `body`, and puts the original back. */
async function withWriteFile(body: (original: WriteFile) => WriteFile, argv: readonly string[]) {
  const proto = await fileHandlePrototype()
  const original = proto.writeFile
  proto.writeFile = body(original)
  try {
    return await sizeup(argv)
  } finally {
    proto.writeFile = original
  }
}

/** Half the text, then the failure a full disk or a bad device gives. */
const failing = (code: string, message: string) => (original: WriteFile) =>
  async function (this: unknown, data: string | Uint8Array, options?: unknown) {
    await original.call(this, String(data).slice(0, 100), options)
    throw Object.assign(new Error(message), {code})
  }

describe('a report run that dies or fails mid-write leaves the previous output intact', () => {
  test('killed half-way through writing (SIGKILL)', async () => {
    const out = join(dir, 'design-killed.md')
    writeFileSync(out, PREVIOUS)
    const preload = join(dir, 'kill-mid-write.mjs')
    writeFileSync(
      preload,
      `import {open} from 'node:fs/promises'
const handle = await open(${JSON.stringify(join(dir, 'probe'))}, 'w')
const proto = Object.getPrototypeOf(handle)
await handle.close()
const original = proto.writeFile
proto.writeFile = async function (data, options) {
  await original.call(this, String(data).slice(0, 100), options)
  process.kill(process.pid, 'SIGKILL')
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
    const result = await withWriteFile(failing('ENOSPC', 'no space left on device'), ['report', 'examples/url-shortener.yaml', '-o', out])
    expect(result.status).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS)
    expect(result.stderr).toBe(`${out}:1:1: cannot write the report: it cannot be written (ENOSPC)\n  hint: check the path given to -o; nothing was written\nsizeup: 1 problem found\n`)
    // A failure cleans up after itself; only a killed process can leave its temporary file behind.
    expect(readdirSync(dir).filter((f) => f.startsWith(`.design-2.md.`))).toEqual([])
  })

  test('the same holds for --samples-out', async () => {
    const out = join(dir, 'samples.csv')
    writeFileSync(out, 'sample,previous\n1,2\n')
    const spec = join(dir, 'ranged.yaml')
    writeFileSync(spec, 'name: r\nusers: {mau: 1M, dau: 100K..200K}\nworkloads: {items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}}\n')
    const eio = () =>
      async function (): Promise<void> {
        throw Object.assign(new Error('i/o error'), {code: 'EIO'})
      }
    const result = await withWriteFile(eio, ['estimate', spec, '--samples', '100', '--samples-out', out])
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

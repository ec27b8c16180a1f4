import {chmodSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {resolveOutput} from '../../src/node/output-target.js'
import {sizeup} from '../helpers/analysis.js'
import {blockDevice, charDevice, descriptor, fifo, readFifo, unixSocket} from '../helpers/special-files.js'
import {forbidden} from './corpus.js'

/*
 * Where `-o` leads (issue 12): a regular file is replaced whole, keeping its
 * mode, through any symbolic links; a FIFO or a character device is written
 * into and stays what it was; `-`, /dev/stdout and their kin are standard
 * output; anything else is refused with a located message and exit 2. Every
 * case leaves the directory as it found it but for the output itself.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-targets-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const SPEC = 'examples/url-shortener.yaml'
const report = (output: string, spec = SPEC) => sizeup(['report', spec, '-o', output])
const DOCUMENT = (await sizeup(['report', SPEC])).stdout
let n = 0
/** A fresh directory per test, so that a stray temporary file shows. */
const scratch = (): string => {
  const path = join(dir, String(n++))
  mkdirSync(path)
  return path
}

/** Exit 2 with one located message naming the path as given, and nothing else on any stream. */
function expectRefused(r: Awaited<ReturnType<typeof sizeup>>, given: string, message: string): void {
  expect(r.status).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr).toBe(`${given}:1:1: cannot write the report: ${message}\n  hint: check the path given to -o; nothing was written\nsizeup: 1 problem found\n`)
  expect(forbidden(r.stderr)).toEqual([])
}

// /dev/stdout, /dev/stderr and /dev/stdin are links to /proc/self/fd/N; the
// command-line tests reach them through links of their own in a scratch
// directory, so that a sizeup that replaced its target (as one did) would
// replace that link and never the machine's /dev entries.
describe('standard output and error', () => {
  test.each(['-', '/dev/fd/1', '/proc/self/fd/1'])('%s prints the report and creates no file', async (given) => {
    const cwd = scratch()
    const spec = join(process.cwd(), SPEC)
    const r = await sizeup(['report', spec, '-o', given], '', {}, cwd)
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toBe((await sizeup(['report', spec])).stdout)
    expect(readdirSync(cwd)).toEqual([])
  })

  test('a symbolic link to /proc/self/fd/1 (as /dev/stdout is) is standard output too, and stays a link', async () => {
    const link = join(scratch(), 'out.md')
    symlinkSync('/proc/self/fd/1', link)
    const r = await report(link)
    expect([r.status, r.stdout]).toEqual([0, DOCUMENT])
    expect(readlinkSync(link)).toBe('/proc/self/fd/1')
  })

  test('a link to /proc/self/fd/2 (as /dev/stderr is) writes the report on standard error', async () => {
    const link = join(scratch(), 'err.md')
    symlinkSync('/proc/self/fd/2', link)
    const r = await report(link)
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', DOCUMENT])
  })

  test('/dev/fd/0 or a link to it (as /dev/stdin is) is refused: sizeup reads it', async () => {
    const link = join(scratch(), 'in.md')
    symlinkSync('/proc/self/fd/0', link)
    for (const given of ['/dev/fd/0', link]) expectRefused(await report(given), given, 'it is standard input, which sizeup reads')
  })

  test('the /dev names themselves lead where their links do', async () => {
    const role = {noun: 'the report', flag: '-o'}
    expect(await resolveOutput('/dev/stdout', role)).toEqual({kind: 'stdout'})
    expect(await resolveOutput('/dev/stderr', role)).toEqual({kind: 'stderr'})
    await expect(resolveOutput('/dev/stdin', role)).rejects.toThrow('/dev/stdin:1:1: cannot write the report: it is standard input, which sizeup reads')
    expect(await resolveOutput('/dev/null', role)).toEqual({kind: 'stream', path: '/dev/null', type: 'device'})
  })
})

describe('devices and FIFOs are written into, never replaced', () => {
  test('a null device: exit 0, still a character device', async () => {
    const device = await charDevice(scratch(), 'null')
    const r = await report(device)
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  test('a full device: "no space", exit 2, still a character device', async () => {
    const device = await charDevice(scratch(), 'full')
    expectRefused(await report(device), device, 'no space left on the device')
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  test('a FIFO: its reader gets the whole report, and it stays a FIFO', async () => {
    const path = await fifo(scratch())
    const received = readFifo(path)
    const r = await report(path)
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(lstatSync(path).isFIFO()).toBe(true)
    expect(await received).toBe(DOCUMENT)
  })

  test('a FIFO nobody reads: exit 2 instead of waiting forever', async () => {
    const path = await fifo(scratch())
    expectRefused(await report(path), path, 'nothing is reading it (a FIFO needs a reader), or no device is behind it')
    expect(lstatSync(path).isFIFO()).toBe(true)
  })

  test('a descriptor handed over for writing (/dev/fd/N) is appended to; one open for reading is refused', async () => {
    const log = join(scratch(), 'build.log')
    writeFileSync(log, 'earlier lines\n')
    const appending = descriptor(log, 'a')
    try {
      expect((await report(`/dev/fd/${appending.fd}`)).status).toBe(0)
    } finally {
      appending.close()
    }
    expect(readFileSync(log, 'utf8')).toBe(`earlier lines\n${DOCUMENT}`)
    const reading = descriptor(log, 'r')
    try {
      expectRefused(await report(`/dev/fd/${reading.fd}`), `/dev/fd/${reading.fd}`, 'the descriptor is open for reading only')
    } finally {
      reading.close()
    }
    expect(readFileSync(log, 'utf8')).toBe(`earlier lines\n${DOCUMENT}`)
  })
})

describe('files: through links, keeping modes', () => {
  test('a symbolic link is written through: its target gets the report, the link stays', async () => {
    const d = scratch()
    writeFileSync(join(d, 'real.md'), 'previous\n')
    symlinkSync('real.md', join(d, 'link.md'))
    expect((await report(join(d, 'link.md'))).status).toBe(0)
    expect(readlinkSync(join(d, 'link.md'))).toBe('real.md')
    expect(readFileSync(join(d, 'real.md'), 'utf8')).toBe(DOCUMENT)
    expect(readdirSync(d).sort()).toEqual(['link.md', 'real.md'])
  })

  test('a dangling symbolic link: the file is created where it points, as a shell `>` would', async () => {
    const d = scratch()
    mkdirSync(join(d, 'docs'))
    symlinkSync('docs/design.md', join(d, 'link.md'))
    expect((await report(join(d, 'link.md'))).status).toBe(0)
    expect(lstatSync(join(d, 'link.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(d, 'docs', 'design.md'), 'utf8')).toBe(DOCUMENT)
  })

  test('a loop of links: exit 2', async () => {
    const d = scratch()
    symlinkSync('b.md', join(d, 'a.md'))
    symlinkSync('a.md', join(d, 'b.md'))
    expectRefused(await report(join(d, 'a.md')), join(d, 'a.md'), 'too many levels of symbolic links')
  })

  test('an existing 0600 report stays 0600; a new one gets the mode a new file gets', async () => {
    const d = scratch()
    const secret = join(d, 'secret.md')
    writeFileSync(secret, 'previous\n', {mode: 0o600})
    chmodSync(secret, 0o600)
    expect((await report(secret)).status).toBe(0)
    expect(statSync(secret).mode & 0o7777).toBe(0o600)
    expect(readFileSync(secret, 'utf8')).toBe(DOCUMENT)
    writeFileSync(join(d, 'plain'), '')
    expect((await report(join(d, 'new.md'))).status).toBe(0)
    expect(statSync(join(d, 'new.md')).mode & 0o7777).toBe(statSync(join(d, 'plain')).mode & 0o7777)
  })

  test.skipIf(process.geteuid?.() !== 0)('a link planted in a shared sticky directory by another user is not followed (the rule of the kernel: protected_symlinks)', async () => {
    const d = scratch()
    const shared = join(d, 'shared')
    mkdirSync(shared)
    chmodSync(shared, 0o1777)
    writeFileSync(join(d, 'victim.md'), 'previous\n')
    symlinkSync(join(d, 'victim.md'), join(shared, 'design.md'))
    lchownSync(join(shared, 'design.md'), 4242, 4242)
    expectRefused(await report(join(shared, 'design.md')), join(shared, 'design.md'), 'it is a symbolic link in a shared directory, owned by another user')
    expect(readFileSync(join(d, 'victim.md'), 'utf8')).toBe('previous\n')
  })

  test.skipIf(process.geteuid?.() === 0)('a read-only file is not replaced (as a shell `>` refuses it)', async () => {
    const d = scratch()
    writeFileSync(join(d, 'frozen.md'), 'previous\n', {mode: 0o444})
    expectRefused(await report(join(d, 'frozen.md')), join(d, 'frozen.md'), 'permission denied (the file is read-only)')
    expect(readFileSync(join(d, 'frozen.md'), 'utf8')).toBe('previous\n')
  })
})

describe('what is never written: one located message, exit 2', () => {
  test.each([
    ['an empty path', () => '', 'the path is empty'],
    ['a path ending in /', () => join(scratch(), 'new') + '/', 'a path ending in `/` names a directory'],
    ['the working directory', () => '.', 'it is a directory'],
    ['a directory behind a link', () => {
      const d = scratch()
      mkdirSync(join(d, 'real'))
      symlinkSync('real', join(d, 'link'))
      return join(d, 'link')
    }, 'it is a directory'],
  ])('%s', async (_, given, message) => {
    const path = given()
    expectRefused(await report(path), path, message)
  })

  test('a socket', async () => {
    const path = join(scratch(), 'sock')
    const close = await unixSocket(path)
    try {
      expectRefused(await report(path), path, 'it is a socket, not a file')
      expect(lstatSync(path).isSocket()).toBe(true)
    } finally {
      close()
    }
  })

  test('a block device (a disk), where one can be made', async () => {
    const device = await blockDevice(scratch())
    if (device === null) return
    expectRefused(await report(device), device, 'it is a block device (a disk), which sizeup never writes')
    expect(lstatSync(device).isBlockDevice()).toBe(true)
  })
})

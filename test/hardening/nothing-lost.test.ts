import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {runCli} from '../helpers/spec.js'

/*
 * Nothing lost (issue 6): output files are written to a temporary file that
 * then replaces the target, so a run killed mid-write, or a write that fails,
 * leaves the previous report as it was. A preloaded module reaches into the
 * file handle's write to kill the process half-way, or to fail like a full disk.
 */

const dir = mkdtempSync(join(tmpdir(), 'sizeup-atomic-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const PREVIOUS = '# The previous design document\n\nstill here\n'

/** A module for `node --import` that patches FileHandle#writeFile before sizeup runs. */
function preload(body: string): string {
  const file = join(dir, `preload-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(
    file,
    `import {open} from 'node:fs/promises'
const handle = await open(${JSON.stringify(join(dir, 'probe'))}, 'w')
const proto = Object.getPrototypeOf(handle)
await handle.close()
const original = proto.writeFile
proto.writeFile = async function (data, options) {
  ${body}
}
`,
  )
  return file
}

describe('a report run that dies or fails mid-write leaves the previous output intact', () => {
  test.each([
    ['killed half-way through writing (SIGKILL)', `await original.call(this, String(data).slice(0, 100), options); process.kill(process.pid, 'SIGKILL')`, null],
    ['a write that fails (ENOSPC)', `await original.call(this, String(data).slice(0, 100), options); throw Object.assign(new Error('no space left on device'), {code: 'ENOSPC'})`, 2],
  ])('%s', (_, body, status) => {
    const out = join(dir, `design-${status ?? 'killed'}.md`)
    writeFileSync(out, PREVIOUS)
    const result = runCli(['report', 'examples/url-shortener.yaml', '-o', out], undefined, {NODE_OPTIONS: `--import=${preload(body)}`})
    expect(result.status).toBe(status)
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS)
    if (status === 2) {
      expect(result.stderr).toBe(`${out}:1:1: cannot write the report: it cannot be written (ENOSPC)\n  hint: check the path given to -o; nothing was written\nsizeup: 1 problem found\n`)
      // A failure cleans up after itself; only a killed process can leave its temporary file behind.
      expect(readdirSync(dir).filter((f) => f.startsWith(`.design-2.md.`))).toEqual([])
    }
  })

  test('the same holds for --samples-out', () => {
    const out = join(dir, 'samples.csv')
    writeFileSync(out, 'sample,previous\n1,2\n')
    const spec = join(dir, 'ranged.yaml')
    writeFileSync(spec, 'name: r\nusers: {mau: 1M, dau: 100K..200K}\nworkloads: {items: {writes: {perUserPerDay: 1}, recordSize: 1 KB}}\n')
    const body = `throw Object.assign(new Error('i/o error'), {code: 'EIO'})`
    const result = runCli(['estimate', spec, '--samples', '100', '--samples-out', out], undefined, {NODE_OPTIONS: `--import=${preload(body)}`})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${out}:1:1: cannot write the samples: it cannot be written (EIO)\n  hint: check the path given to --samples-out`)
    expect(readFileSync(out, 'utf8')).toBe('sample,previous\n1,2\n')
  })

  test('a successful run replaces the previous output whole', () => {
    const out = join(dir, 'design-ok.md')
    writeFileSync(out, PREVIOUS)
    expect(runCli(['report', 'examples/url-shortener.yaml', '-o', out]).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(runCli(['report', 'examples/url-shortener.yaml']).stdout)
  })
})

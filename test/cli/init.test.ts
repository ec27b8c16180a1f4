import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'
import {charDevice} from '../helpers/special-files.js'
import {ROOT} from '../helpers/spec.js'
import {invocation, schemaPathFor} from '../../src/node/invocation.js'

const base = mkdtempSync(join(tmpdir(), 'sizeup-init-'))
afterAll(() => rmSync(base, {recursive: true, force: true}))
let n = 0
const fresh = (): string => {
  const dir = join(base, String(n++))
  mkdirSync(join(dir, '.git'), {recursive: true})
  return dir
}

/** `sizeup …` run in-process from `cwd`, where init writes and check finds its configuration. */
const inDir = (args: readonly string[], cwd: string, input = '') => sizeup(args, input, {}, cwd)

const TEMPLATES = (JSON.parse((await inDir(['init', '--list', '--json'], ROOT)).stdout) as {id: string}[]).map((t) => t.id)

describe('sizeup init', () => {
  it('offers the templates the issue asks for', () => {
    expect(TEMPLATES).toEqual(expect.arrayContaining(['social-feed', 'url-shortener', 'chat', 'video-streaming', 'ride-hailing', 'ecommerce', 'metrics-ingestion']))
  })

  it.each(TEMPLATES)('%s: writes a commented spec that passes sizeup check', async (id) => {
    const dir = fresh()
    const w = await inDir(['init', '--template', id, '--name', `My ${id}`], dir)
    expect(w.stderr).toBe('')
    expect(w.status).toBe(0)
    expect(w.stdout).toContain('wrote design.yaml')
    const text = readFileSync(join(dir, 'design.yaml'), 'utf8')
    // The editor line names the running sizeup's schema relative to the spec's folder (here a checkout's, from a temporary folder).
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!)![1]!
    expect(existsSync(join(dir, schema))).toBe(true)
    expect(text).toContain(`name: "My ${id}"`)
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(5)
    const c = await inDir(['check', 'design.yaml'], dir)
    expect(c.status, c.stdout + c.stderr).toBe(0)
    expect(JSON.parse((await inDir(['estimate', 'design.yaml', '--json'], dir)).stdout).name).toBe(`My ${id}`)
  })

  it('never overwrites without --force; --force replaces', async () => {
    const dir = fresh()
    writeFileSync(join(dir, 'mine.yaml'), 'my own work\n')
    const r = await inDir(['init', 'mine.yaml', '--template', 'chat'], dir)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('mine.yaml exists')
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('my own work\n')
    expect((await inDir(['init', 'mine.yaml', '--template', 'chat', '--force'], dir)).status).toBe(0)
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toContain('name: Chat')
  })

  it('needs --template when not at a terminal, and names the templates', async () => {
    const r = await inDir(['init'], fresh())
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('url-shortener')
  })

  it('refuses an unknown template', async () => {
    const r = await inDir(['init', '--template', 'nope'], fresh())
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('no template `nope`')
  })

  it('`-` prints the spec, which estimate reads', async () => {
    const dir = fresh()
    const spec = (await inDir(['init', '-', '--template', 'url-shortener'], dir)).stdout
    const e = await inDir(['estimate', '-', '--json'], dir, spec)
    expect(e.status, e.stderr).toBe(0)
  })

  it('a directory, even with --force: located, worded for init (no `-o`), nothing written', async () => {
    const dir = fresh()
    mkdirSync(join(dir, 'adir'))
    const r = await inDir(['init', 'adir', '--template', 'chat', '--force'], dir)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('adir:1:1: cannot write the spec: it is a directory\n  hint: check the path given to sizeup init; nothing was written\nsizeup: 1 problem found\n')
    expect(readdirSync(join(dir, 'adir'))).toEqual([])
  })

  it('a missing directory: located at the file, worded for init', async () => {
    const r = await inDir(['init', 'no/such/design.yaml', '--template', 'chat'], fresh())
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('no/such/design.yaml:1:1: cannot write the spec: its directory does not exist\n  hint: check the path given to sizeup init; nothing was written\nsizeup: 1 problem found\n')
  })

  it('--force writes through a symbolic link to its target, keeping the link and the mode', async () => {
    const dir = fresh()
    writeFileSync(join(dir, 'real.yaml'), 'my own work\n', {mode: 0o600})
    chmodSync(join(dir, 'real.yaml'), 0o600)
    symlinkSync('real.yaml', join(dir, 'link.yaml'))
    const kept = await inDir(['init', 'link.yaml', '--template', 'chat'], dir)
    expect(kept.status).toBe(2)
    expect(kept.stderr).toContain('link.yaml exists')
    expect((await inDir(['init', 'link.yaml', '--template', 'chat', '--force'], dir)).status).toBe(0)
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toContain('name: Chat')
    expect(statSync(join(dir, 'real.yaml')).mode & 0o7777).toBe(0o600)
  })

  it('a dangling symbolic link: the spec is created where it points', async () => {
    const dir = fresh()
    symlinkSync('specs-to-be.yaml', join(dir, 'design.yaml'))
    expect((await inDir(['init', '--template', 'chat'], dir)).status).toBe(0)
    expect(lstatSync(join(dir, 'design.yaml')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'specs-to-be.yaml'), 'utf8')).toContain('name: Chat')
  })

  it('a link to standard output (as /dev/stdout is) prints the spec as `-` does; a device is written into', async () => {
    const dir = fresh()
    symlinkSync('/proc/self/fd/1', join(dir, 'out.yaml'))
    const printed = await inDir(['init', 'out.yaml', '--template', 'chat'], dir)
    expect(printed.status).toBe(0)
    expect(printed.stdout).toBe((await inDir(['init', '-', '--template', 'chat'], dir)).stdout)
    const device = await charDevice(dir, 'null')
    const r = await inDir(['init', device, '--template', 'chat'], dir)
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  it('--json says what it wrote', async () => {
    const dir = fresh()
    expect(JSON.parse((await inDir(['init', 'a.yaml', '--template', 'chat', '--json'], dir)).stdout)).toEqual({file: 'a.yaml', template: 'chat'})
  })
})

const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

/** `sizeup init` at a pseudo-terminal (script(1)): what the screen shows, keys to type, and how it ends. */
function atTerminal(dir: string) {
  const child = spawn('script', ['-qfec', `${process.execPath} ${join(ROOT, 'bin/run.js')} init`, '/dev/null'], {cwd: dir, env: {...process.env, NO_COLOR: '1', TERM: 'xterm'}, stdio: ['pipe', 'pipe', 'pipe']})
  let screen = ''
  child.stdout.on('data', (c: Buffer) => (screen += c.toString('utf8')))
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve))
  const waitFor = async (text: string): Promise<void> => {
    const until = Date.now() + 10_000
    while (!screen.includes(text)) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${text}; screen:\n${screen}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return {type: (keys: string) => child.stdin.write(keys), waitFor, exit, screen: () => screen, kill: () => child.kill()}
}

describe.skipIf(!hasScript)('sizeup init at a terminal', () => {
  it('offers the templates by id and title, asks the name and file, then writes', async () => {
    const dir = fresh()
    const t = atTerminal(dir)
    try {
      await t.waitFor('search-autocomplete')
      expect(t.screen()).toContain('url-shortener        URL shortener (TinyURL / bit.ly)')
      t.type('\u001b[B\r') // down to the second template, url-shortener
      await t.waitFor('System name')
      t.type('Links\r')
      await t.waitFor('File to write')
      t.type('links.yaml\r')
      expect(await t.exit).toBe(0)
    } finally {
      t.kill()
    }
    const text = readFileSync(join(dir, 'links.yaml'), 'utf8')
    expect(text).toContain('name: "Links"')
    expect(text).toContain('--template url-shortener')
    expect(t.screen()).toContain('next: node ')
  })

  it('refuses an existing file at its question, and takes another', async () => {
    const dir = fresh()
    writeFileSync(join(dir, 'design.yaml'), 'my own work\n')
    const t = atTerminal(dir)
    try {
      await t.waitFor('search-autocomplete')
      t.type('\r')
      await t.waitFor('System name')
      t.type('\r')
      await t.waitFor('File to write')
      t.type('\r') // the default, design.yaml, exists
      await t.waitFor('design.yaml exists; give another name')
      t.type('other.yaml\r')
      expect(await t.exit).toBe(0)
    } finally {
      t.kill()
    }
    expect(readFileSync(join(dir, 'design.yaml'), 'utf8')).toBe('my own work\n')
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toContain('--template social-feed')
  })

  // Ctrl-C printed an AbortError stack trace and exited 1; Ctrl-D the same.
  it.each([['Ctrl-C', '\u0003'], ['Ctrl-D', '\u0004']])('%s at a question ends quietly, writing nothing', async (_, key) => {
    const dir = fresh()
    const t = atTerminal(dir)
    try {
      await t.waitFor('search-autocomplete')
      t.type('\r')
      await t.waitFor('System name')
      t.type(key)
      expect(await t.exit).toBe(130)
    } finally {
      t.kill()
    }
    expect(t.screen()).toContain('sizeup init: cancelled; nothing written')
    expect(t.screen()).not.toMatch(/Error|    at /)
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual([])
  })
})

describe('sizeup init checks the command line before asking', () => {
  it('a mistyped template gets the nearest id', async () => {
    const r = await inDir(['init', '--template', 'url-shortner'], fresh())
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('hint: did you mean `url-shortener`? the templates are social-feed')
  })
})

describe('what init tells the user to run, and where the editor finds the schema', () => {
  it.each([
    // [package root, working directory, how to run it]
    ['/p/node_modules/sizeup', '/p', 'npx sizeup'], // installed in the project
    ['/p/node_modules/sizeup', '/p/designs', 'npx sizeup'], // … run from a folder of it
    ['/usr/lib/node_modules/sizeup', '/home/u/p', 'sizeup'], // installed globally: on PATH
    ['/src/sizeup', '/src/sizeup', 'node bin/run.js'], // a checkout
    ['/src/sizeup', '/src/other', 'node ../sizeup/bin/run.js'],
  ])('root %s, in %s: %s', (root, cwd, cli) => {
    expect(invocation(root, cwd)).toBe(cli)
  })

  it.each([
    // [file, path the YAML language server resolves from the file's folder]
    ['design.yaml', './node_modules/sizeup/specs/system.schema.json'],
    ['designs/feed.yaml', '../node_modules/sizeup/specs/system.schema.json'], // it said ./node_modules…, which resolved to designs/node_modules
    ['a/b/c.yaml', '../../node_modules/sizeup/specs/system.schema.json'],
    ['-', './node_modules/sizeup/specs/system.schema.json'],
  ])('%s → %s', (file, path) => {
    expect(schemaPathFor(file, '/p/node_modules/sizeup', '/p')).toBe(path)
  })
})

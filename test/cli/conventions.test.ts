import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {DOC_PATH, loadCommands, renderCommandsDoc} from '../../scripts/commands-doc.mjs'
import {sizeup} from '../helpers/analysis.js'
import {helpOf} from '../helpers/help.js'
import {ROOT} from '../helpers/spec.js'

// The CLI's conventions, checked over every command oclif knows (so a new
// command is held to them without touching this file). Commands run
// in-process (helpers/analysis.ts); the binary's own start-up and help are
// fast-path.test.ts's.

type Loaded = Awaited<ReturnType<typeof loadCommands>>[number]
let commands: Loaded[] = []
beforeAll(async () => {
  commands = await loadCommands()
})

/** oclif's own plugins' commands: held to oclif's conventions, not to ours. */
const PLUGINS = new Set(['autocomplete', 'help', 'version'])
const ours = () => commands.filter((c) => !PLUGINS.has(c.id))

describe('every command', () => {
  it('is there: ours and the plugins\' (completion, help, version)', () => {
    expect(commands.map((c) => c.id)).toEqual(expect.arrayContaining(['autocomplete', 'check', 'diff', 'estimate', 'explain', 'help', 'numbers', 'practice', 'report', 'schema', 'version']))
  })

  it('has a description and examples in --help', async () => {
    for (const c of ours()) {
      expect(c.summary ?? c.description, c.id).toBeTruthy()
      expect(c.examples?.length ?? 0, c.id).toBeGreaterThan(0)
      // helpOf throws where the binary would not exit 0.
      const help = await helpOf(c.id.split(':'))
      expect(help, c.id).toContain('EXAMPLES')
      expect(help, c.id).toContain('DESCRIPTION')
    }
  })

  it('takes --json (schema too, whose output is JSON anyway: a script may pass --json to every command)', () => {
    for (const c of ours()) expect(Object.keys(c.flags ?? {}), c.id).toContain('json')
  })

  it('takes --color and --no-color', () => {
    for (const c of ours()) expect(c.flags?.color?.allowNo, c.id).toBe(true)
  })
})

describe('streams and colour', () => {
  const ESC = '\u001b['
  const feed = 'examples/social-feed.yaml'
  const runs: Record<string, string[]> = {
    estimate: ['estimate', feed],
    check: ['check', feed],
    diff: ['diff', 'examples/diff/social-feed-base.yaml', 'examples/diff/social-feed-head.yaml'],
    numbers: ['numbers', 'rtt'],
  }
  const json: Record<string, string[]> = {...runs, explain: ['explain', feed], report: ['report', feed], practice: ['practice', '--list'], init: ['init', '--list']}

  it.each(Object.keys(runs))('%s: no colour when stdout is not a terminal, even without NO_COLOR', async (id) => {
    const r = await sizeup(runs[id]!, '', {NO_COLOR: undefined, FORCE_COLOR: undefined})
    expect(r.stdout.length).toBeGreaterThan(0)
    expect(r.stdout.includes(ESC), id).toBe(false)
  })

  it.each(Object.keys(runs))('%s: --no-color and NO_COLOR win over a forced colour', async (id) => {
    for (const env of [{NO_COLOR: '1'}, {NO_COLOR: undefined}]) {
      const r = await sizeup([...runs[id]!, '--no-color'], '', {...env, FORCE_COLOR: '1'})
      expect(r.stdout.length, r.stderr).toBeGreaterThan(0)
      expect(r.stdout.includes(ESC), `${id} ${JSON.stringify(env)}`).toBe(false)
    }
  })

  it.each([['explain', feed], ['report', feed], ['schema'], ['init', '--list'], ['practice', '--list']])('%s accepts --no-color and prints no colour', async (...args) => {
    const r = await sizeup([...args, '--no-color'], '', {NO_COLOR: undefined, FORCE_COLOR: '1'})
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout.includes(ESC)).toBe(false)
  })

  it('--color colours, where a terminal would', async () => {
    expect((await sizeup(['estimate', feed, '--color'], '', {NO_COLOR: undefined})).stdout).toContain(ESC)
  })

  it.each(Object.keys(json))('%s --json: JSON on stdout, nothing on stderr', async (id) => {
    const r = await sizeup([...json[id]!, '--json'])
    expect(r.stderr).toBe('')
    expect(() => JSON.parse(r.stdout)).not.toThrow()
  })

  it.each(['estimate', 'report', 'check', 'explain'])('%s: a missing file is a diagnostic on stderr, nothing on stdout, exit 2', async (id) => {
    const r = await sizeup([id, 'no-such-file.yaml'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('no-such-file.yaml')
  })
})

describe(DOC_PATH, () => {
  it('is the reference generated from the CLI (npm run commands-doc rewrites it)', () => {
    expect(readFileSync(join(ROOT, DOC_PATH), 'utf8')).toBe(renderCommandsDoc(commands))
  })
})

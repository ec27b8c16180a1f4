import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {SCHEMAS} from '../../src/commands/schema.js'
import {sizeup} from '../helpers/analysis.js'
import {ROOT} from '../helpers/spec.js'

describe('sizeup schema', () => {
  it('prints the spec schema by default, byte for byte the published one', async () => {
    const r = await sizeup(['schema'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'specs/system.schema.json'), 'utf8'))
    expect(JSON.parse(r.stdout).$id).toMatch(/system\.schema\.json$/)
  })

  it.each(SCHEMAS)('prints the %s schema', async (name) => {
    const r = await sizeup(['schema', name])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(readFileSync(join(ROOT, `specs/${name}.schema.json`), 'utf8'))
  })

  it('refuses an unknown name with exit 2 and nothing on stdout', async () => {
    const r = await sizeup(['schema', 'nope'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('<command line>:1:8: <name> must be one of system, config, overlay, estimate, report, diff, check (got `nope`)')
  })
})

describe('examples point editors at their schema', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.yaml') ? [join(dir, n)] : []))
  const examples = files(join(ROOT, 'examples'))

  it.each(examples.map((f) => relative(ROOT, f)))('%s begins with a yaml-language-server $schema line that resolves', (rel) => {
    const first = readFileSync(join(ROOT, rel), 'utf8').split('\n')[0]!
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)
    expect(m, first).not.toBeNull()
    expect(statSync(join(ROOT, rel, '..', m![1]!)).isFile()).toBe(true)
  })
})

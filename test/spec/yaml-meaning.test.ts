import {describe, expect, test} from 'vitest'
import {loadConfig} from '../../src/config/load.js'
import {loadOverlay} from '../../src/overlay/load.js'
import {SpecError} from '../../src/spec/diagnostic.js'
import {loadSpec} from '../../src/spec/load.js'
import {diagnosticsOf, estimateYaml, MINIMAL, value} from '../helpers/spec.js'

/*
 * YAML that parses but cannot mean what a spec means: aliases inside the
 * value they stand for (data that contains itself, which every walk over the
 * spec would follow for ever), and a `%YAML` directive asking for another
 * version, whose rules read `3:1` as 181 and `010` as 8. Every input (spec,
 * scenario, overlay, configuration) is parsed the same way, so each is tried.
 */

/** The problems of any input's loader, as `line:column message`. */
async function problems(load: () => Promise<unknown>): Promise<string[]> {
  try {
    await load()
    return []
  } catch (e) {
    if (!(e instanceof SpecError)) throw e
    return e.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)
  }
}

describe('an alias inside the value it stands for is refused at the alias', () => {
  test.each([
    ['a list that holds itself', `${MINIMAL}    extra: &a [*a]\n`, '10:16'],
    ['a mapping that holds itself, deeper down', `${MINIMAL}    extra: &m {b: [1, {c: *m}]}\n`, '10:27'],
    ['a workload that holds itself', MINIMAL.replace('  items:\n', '  items: &w\n') + '    self: *w\n', '10:11'],
    ['the whole top level', `&top\n${MINIMAL}again: *top\n`, '11:8'],
  ])('%s', async (_, yaml, at) => {
    const found = await diagnosticsOf(yaml)
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual([at])
    expect(found[0]!.message).toMatch(/^YAML alias `\*\w+` is inside the value it stands for$/)
  })

  test('a scenario may use aliases of the base and of other scenarios: each is the value it stands for', async () => {
    const yaml = `${MINIMAL.replace('users:\n', 'users: &u\n')}scenarios:
  launch: &launch {users: {mau: 2M}}
  same: {users: *u}
  again: *launch
  inside: {users: {extra: *u}}
`
    // \`same\` replaces the anchored base value with itself; \`again\` is another scenario's value, whose anchor goes with \`scenarios\`.
    for (const name of ['launch', 'same', 'again']) expect(await problems(() => loadSpec(yaml, 'spec.yaml', {scenario: name})), name).toEqual([])
    const again = await loadSpec(yaml, 'spec.yaml', {scenario: 'again'})
    expect(again.model.users.mau.value).toBe(2_000_000)
    // The base may use an anchor set inside \`scenarios\`, which goes when a scenario is laid over it.
    const early = `scenarios:\n  big: {users: &u {mau: 2M, dau: 1M}}\n${MINIMAL.replace('users:\n  mau: 1M\n  dau: 100K\n', 'users: *u\n')}`
    expect((await loadSpec(early, 'spec.yaml', {scenario: 'big'})).model.users.dau.value).toBe(1_000_000)
    // Inside the value it stands for, the alias is a copy of that value: an ordinary unknown key, not data that contains itself.
    expect(await problems(() => loadSpec(yaml, 'spec.yaml', {scenario: 'inside'}))).toEqual(['14:20 unknown key `extra` in `users`'])
  })

  test('in an overlay and in a configuration too', async () => {
    expect(await problems(() => loadOverlay('technologies: &t [PostgreSQL, *t]\n', 'overlay.yaml'))).toEqual(['1:31 YAML alias `*t` is inside the value it stands for'])
    expect(await problems(() => loadConfig('budgets: &b [*b]\n', 'sizeup.config.yaml'))).toEqual(['1:14 YAML alias `*b` is inside the value it stands for'])
  })
})

describe('a %YAML directive for another version than 1.2 is refused at its line', () => {
  const directive = (version: string, before = ''): string => `${before}%YAML ${version}\n---\n${MINIMAL.replace('recordSize: 1 KB', 'recordSize: 1 KB\n    compression: 3:1\n    replication: 010')}`

  test.each([
    ['1.1', ''],
    ['1.0', ''],
    ['2.0', ''],
    ['1.1', '# a comment and a blank line first\n\n'],
  ])('%%YAML %s', async (version, before) => {
    const found = await diagnosticsOf(directive(version, before))
    const line = before.split('\n').length
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([`${line}:1 \`%YAML ${version}\`: sizeup reads YAML 1.2 only`])
    expect(found[0]!.hint).toContain('`3:1` would read as 181')
  })

  test('%YAML 1.2 changes nothing: `3:1` is a ratio of 3 and `010` is ten', async () => {
    const e = await estimateYaml(directive('1.2'))
    const plain = await estimateYaml(directive('1.2').replace('%YAML 1.2\n---\n', ''))
    expect(value(e, 'workload.items.storage.text.perDay')).toBe(value(plain, 'workload.items.storage.text.perDay'))
    // 100K daily users × 1 write × 1 KB × 10 copies ÷ 3 = 333.33 MB a day.
    expect(value(e, 'workload.items.storage.text.perDay')).toBeCloseTo((100_000 * 1_000 * 10) / 3, 3)
  })

  test('in an overlay and in a configuration too', async () => {
    expect(await problems(() => loadOverlay('%YAML 1.1\n---\ntechnologies: [PostgreSQL]\n', 'overlay.yaml'))).toEqual(['1:1 `%YAML 1.1`: sizeup reads YAML 1.2 only'])
    expect(await problems(() => loadConfig('%YAML 1.1\n---\nfailOn: warn\n', 'sizeup.config.yaml'))).toEqual(['1:1 `%YAML 1.1`: sizeup reads YAML 1.2 only'])
  })

  test('a `%` inside the document is text, not a directive', async () => {
    expect(await diagnosticsOf(MINIMAL.replace('name: Minimal', 'name: "%YAML 1.1"'))).toEqual([])
  })
})

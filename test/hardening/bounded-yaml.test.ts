import {describe, expect, it} from 'vitest'
import {MAX_SYNTAX_ERRORS} from '../../src/spec/yaml-errors.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * A line of 60,000 `[]` made the YAML parser report 120,000 errors: 2 s and
 * 400 MB (a stack captured for each), and 240,000 lines of messages. The
 * parser now runs without stacks, and the first MAX_SYNTAX_ERRORS are listed,
 * then how many more there are.
 */
describe('YAML syntax errors', () => {
  it('are listed up to the limit, then counted', async () => {
    const found = await diagnosticsOf(`x: ${'[]'.repeat(2_000)}\n`)
    expect(found).toHaveLength(MAX_SYNTAX_ERRORS + 1)
    expect(found.at(-1)!.message).toMatch(/^YAML syntax error: \d+ more from here on \(only the first 100 are listed\)$/)
    expect(Error.stackTraceLimit).toBeGreaterThan(0)
  })

  it('a few are all listed, as before', async () => {
    const found = await diagnosticsOf('name: a\nusers: [\nworkloads: {\n')
    expect(found.length).toBeLessThan(MAX_SYNTAX_ERRORS)
    expect(found.every((d) => d.message.startsWith('YAML syntax error: ') && !d.message.includes('more from here on'))).toBe(true)
  })
})

describe('large mappings', () => {
  it('locating a problem in a mapping of 2,000 keys reads its pairs once, not once per problem', async () => {
    const {locate, parseSource} = await import('../../src/spec/document.js')
    const {isMap} = await import('yaml')
    const keys = Array.from({length: 2000}, (_, i) => `k${i}`)
    const {source} = parseSource(`rules:\n${keys.map((k) => `  ${k}: off`).join('\n')}\n`, 'sizeup.config.yaml')
    const rules = source.doc.get('rules', true)
    if (!isMap(rules)) throw new Error('expected a mapping')
    let reads = 0
    rules.items = new Proxy(rules.items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++
        return Reflect.get(target, property, receiver) as unknown
      },
    })
    keys.forEach((k, i) => expect(locate(source, ['rules', k], 'key')).toEqual({line: i + 2, column: 3}))
    expect(reads).toBeLessThanOrEqual(2 * keys.length)
  })

  it('duplicate keys are found as the YAML parser finds them, in one pass', async () => {
    const lines = (yaml: string): string[] => parse(yaml).map((d) => `${d.line}:${d.column}: ${d.message} (${d.hint ?? ''})`)
    const {parseSource} = await import('../../src/spec/document.js')
    const parse = (yaml: string) => parseSource(yaml, 'f').diagnostics
    expect(lines('a: 1\nb: {c: 1, c: 2}\na: 3\n')).toEqual(['2:11: YAML syntax error: duplicate key `c` (`c` is already set on line 2; remove or rename one of them)', '3:1: YAML syntax error: duplicate key `a` (`a` is already set on line 1; remove or rename one of them)'])
    // A number and a string are different keys, as they are to the parser; an empty key twice is one key twice.
    expect(lines("1: a\n'1': b\n")).toEqual([])
    expect(lines(': 1\n: 2\n')).toHaveLength(1)
    const many = parse(`x:\n${'  a: 1\n'.repeat(2_000)}`)
    expect(many).toHaveLength(MAX_SYNTAX_ERRORS + 1)
  })
})

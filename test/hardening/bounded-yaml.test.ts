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
    const found = await diagnosticsOf(`x: ${'[]'.repeat(60_000)}\n`)
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

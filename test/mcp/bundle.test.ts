import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'

const CLI = join(ROOT, 'dist/chunks/cli')

/** Every module of the built CLI that `file` loads before it runs (static imports, not import()), itself included. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) staticClosure(join(file, '..', m[1]!), seen)
  return seen
}

/** Whether a built module holds the MCP SDK (its protocol names itself `io.modelcontextprotocol/…`). */
const holdsSdk = (file: string): boolean => readFileSync(file, 'utf8').includes('io.modelcontextprotocol/')

describe('the MCP SDK loads for `sizeup mcp` alone (built CLI)', () => {
  it('is in the bundle, reached from the mcp command', () => {
    const mcpChunks = readdirSync(CLI).filter((n) => /^mcp-server-[A-Z0-9]+\.js$/.test(n))
    expect(mcpChunks).toHaveLength(1)
    expect([...staticClosure(join(CLI, mcpChunks[0]!))].some(holdsSdk)).toBe(true)
  })

  it('no other command, nor the fast path, loads it', () => {
    const entries = [join(ROOT, 'dist/commands/fast-path.js'), ...readdirSync(CLI).filter((n) => /^(?:check|diff|estimate|explain|export|init|numbers|practice|report|schema|run|loaders)-[A-Z0-9]+\.js$/.test(n)).map((n) => join(CLI, n))]
    expect(entries.length).toBeGreaterThanOrEqual(13)
    for (const entry of entries) expect([...staticClosure(entry)].filter(holdsSdk), entry).toEqual([])
  })
})

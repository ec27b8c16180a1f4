import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Client} from '@modelcontextprotocol/sdk/client/index.js'
import {connectedClient, textOf} from './helpers.js'

/**
 * The server reads files inside its working directory only: here a fresh
 * directory with a spec, a link to it, and links and paths that lead out.
 */
describe('sizeup mcp reads only inside its working directory', () => {
  const base = mkdtempSync(join(tmpdir(), 'sizeup-mcp-'))
  const work = join(base, 'work')
  const previous = process.cwd()
  let client: Client
  beforeAll(async () => {
    mkdirSync(join(work, 'designs'), {recursive: true})
    copyFileSync(join(previous, 'examples/social-feed.yaml'), join(work, 'designs/feed.yaml'))
    writeFileSync(join(base, 'secret.yaml'), 'name: outside\n')
    symlinkSync(join(base, 'secret.yaml'), join(work, 'innocent.yaml'))
    symlinkSync(base, join(work, 'up'))
    symlinkSync(join(work, 'designs/feed.yaml'), join(work, 'feed-link.yaml'))
    writeFileSync(join(work, '-'), 'name: dash\n')
    client = await connectedClient()
    process.chdir(work)
  })
  afterAll(async () => {
    process.chdir(previous)
    await client.close()
    rmSync(base, {recursive: true, force: true})
  })

  it('reads a spec inside, and one reached through a link that stays inside', async () => {
    const direct = await client.callTool({name: 'estimate', arguments: {path: 'designs/feed.yaml'}})
    expect(direct.isError).toBeFalsy()
    const linked = await client.callTool({name: 'estimate', arguments: {path: 'feed-link.yaml'}})
    expect((linked.structuredContent as {file: string}).file).toBe('designs/feed.yaml')
  })

  it.each([
    ['../secret.yaml', '`../secret.yaml` is outside the working directory'],
    ['innocent.yaml', '`innocent.yaml` is outside the working directory'],
    ['up/secret.yaml', '`up/secret.yaml` is outside the working directory'],
    ['/etc/hostname', '`/etc/hostname` is outside the working directory'],
    ['.', '`.` is outside the working directory'],
    ['missing.yaml', 'no such file: missing.yaml'],
  ])('refuses %s', async (path, message) => {
    const result = await client.callTool({name: 'report', arguments: {path}})
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain(`<arguments>.path:1:1: ${message}`)
  })

  it('checks the overlay and configuration paths too, with the spec, all at once', async () => {
    const result = await client.callTool({name: 'check', arguments: {path: 'innocent.yaml', overlay: '../secret.yaml', config: 'up/secret.yaml'}})
    const text = textOf(result)
    expect(text).toContain('<arguments>.config:1:1: `up/secret.yaml` is outside')
    expect(text).toContain('<arguments>.overlay:1:1: `../secret.yaml` is outside')
    expect(text).toContain('<arguments>.path:1:1: `innocent.yaml` is outside')
  })

  it('a file named `-` is that file, not standard input', async () => {
    const result = await client.callTool({name: 'estimate', arguments: {path: '-'}})
    expect((result.structuredContent as {name: string; file: string})).toMatchObject({name: 'dash', file: './-'})
  })
})

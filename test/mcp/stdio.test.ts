import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {Client} from '@modelcontextprotocol/sdk/client/index.js'
import {StdioClientTransport} from '@modelcontextprotocol/sdk/client/stdio.js'
import {ROOT} from '../helpers/spec.js'

/**
 * The one test that spawns the server: the SDK's own client starts
 * `sizeup mcp` as an MCP client would, over its standard input and output.
 * Anything the server printed on stdout that is not protocol would fail the
 * client's parsing of the stream.
 */
describe('sizeup mcp over stdio', () => {
  it('lists the tools and returns the social-feed figures to the SDK client, then ends when the client closes', async () => {
    const transport = new StdioClientTransport({command: process.execPath, args: [join(ROOT, 'bin/run.js'), 'mcp'], cwd: ROOT, stderr: 'pipe', env: {PATH: process.env.PATH ?? ''}})
    const stderr: string[] = []
    ;(transport.stderr as PassThrough | null)?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')))
    const errors: Error[] = []
    const client = new Client({name: 'sizeup-test', version: '1.0.0'})
    client.onerror = (e) => errors.push(e)
    await client.connect(transport)
    expect(client.getServerVersion()).toMatchObject({name: 'sizeup'})
    const {tools} = await client.listTools()
    expect(tools.map((t) => t.name)).toEqual(['estimate', 'explain', 'report', 'check', 'numbers'])
    const result = await client.callTool({name: 'estimate', arguments: {path: 'examples/social-feed.yaml'}})
    const metrics = (result.structuredContent as {metrics: Record<string, {value: number}>}).metrics
    // 300 M posts a day ÷ 86,400 s; 1.5 B reads a day ÷ 86,400 s × peak factor 2.
    expect(metrics['qps.write.avg']!.value).toBe(300e6 / 86_400)
    expect(metrics['qps.read.peak']!.value).toBe((1.5e9 / 86_400) * 2)
    const pid = transport.pid
    await client.close()
    expect(pid).not.toBeNull()
    expect(errors).toEqual([])
    expect(stderr.join('')).toBe('')
  })
})

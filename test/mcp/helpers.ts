import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Client} from '@modelcontextprotocol/sdk/client/index.js'
import {InMemoryTransport} from '@modelcontextprotocol/sdk/inMemory.js'
import {createMcpServer} from '../../src/commands/mcp-server.js'

const ROOT = process.cwd()
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version

/** An SDK client connected to the sizeup server in this process, through the SDK's in-memory transport pair. */
export async function connectedClient(env: Readonly<Record<string, string | undefined>> = {}): Promise<Client> {
  const server = await createMcpServer({root: ROOT, version: VERSION, env: {NO_COLOR: '1', ...env}})
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
  await server.connect(serverSide)
  const client = new Client({name: 'sizeup-test', version: '1.0.0'})
  await client.connect(clientSide)
  return client
}

/** The text of a tool result's first content item. */
export function textOf(result: unknown): string {
  const content = (result as {content: {type: string; text: string}[]}).content
  return content[0]!.text
}

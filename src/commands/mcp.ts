import {Readable, Writable} from 'node:stream'
import {terminal} from '../spec/sinks/terminal.js'
import {COLOR_FLAG, defineCommand} from './command.js'

/** Largest message the server reads (a spec is at most 128 KiB; JSON escaping can double it): past it the transport drops the connection. */
export const MAX_MESSAGE_BYTES = 1024 * 1024

/** What a person who starts the server at a terminal reads: it waits for a client, and how to register it with one. */
export const TERMINAL_HINT =
  'sizeup mcp: a Model Context Protocol server, waiting for a client on standard input.\n' +
  '  It is meant to be started by an assistant or editor, e.g. `claude mcp add sizeup -- npx sizeup mcp`.\n' +
  '  To try the numbers yourself, run `sizeup estimate <spec.yaml>`. Ctrl-D or Ctrl-C ends it.\n'

export default defineCommand({
  summary: 'Serve the estimate, explain, report, check and numbers tools to an AI assistant (Model Context Protocol over stdio).',
  description:
    'Starts a Model Context Protocol server on standard input and output, for an MCP client such as an AI assistant or an editor: its tools estimate, explain, report, check and numbers each take a spec as YAML text (or a path inside the working directory) and return both readable text and the JSON of the command of the same name, so every number an assistant quotes comes with its formula. Input problems come back as tool errors with the located messages. Nothing but the protocol is written to standard output; the server ends when the client closes its input. Register it with a client as the command `npx sizeup mcp` (e.g. `claude mcp add sizeup -- npx sizeup mcp`).',
  examples: ['<%= config.bin %> mcp'],
  args: {},
  flags: {
    color: COLOR_FLAG,
    json: {type: 'boolean', description: 'accepted so that a script may pass --json to every command: the protocol is JSON already'},
  },

  /** Serves until standard input ends; exit 0. */
  async run(_parsed, io) {
    // Only now: the SDK is for this command alone (the fast path must not load it for the others).
    const [{createMcpServer}, {StdioServerTransport}] = await Promise.all([import('./mcp-server.js'), import('@modelcontextprotocol/sdk/server/stdio.js')])
    const stdin = io.stdin instanceof Readable ? io.stdin : process.stdin
    // Someone typed `sizeup mcp` at a prompt: nothing will happen until a client speaks, so say what it is for (stderr: stdout is the protocol's).
    if (io.stdin.isTTY === true) io.stderr.write(TERMINAL_HINT)
    const stdout = io.stdout instanceof Writable ? io.stdout : process.stdout
    const server = await createMcpServer({root: io.root, version: io.version, env: io.env})
    server.onerror = (error) => void io.stderr.write(`sizeup mcp: ${terminal(error.message)}\n`)
    const transport = new StdioServerTransport(stdin, stdout, {maxBufferSize: MAX_MESSAGE_BYTES})
    const closed = new Promise<void>((resolve) => {
      // The client closing its end of the pipe ends the server (the transport only stops reading when told).
      stdin.once('end', resolve)
      stdin.once('close', resolve)
      transport.onclose = () => resolve()
    })
    await server.connect(transport)
    await closed
    await server.close()
    return {stdout: '', stderr: '', exitCode: 0}
  },
})

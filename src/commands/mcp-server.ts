import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {Server} from '@modelcontextprotocol/sdk/server/index.js'
import {CallToolRequestSchema, type CallToolResult, ErrorCode, ListToolsRequestSchema, McpError, type Tool} from '@modelcontextprotocol/sdk/types.js'
import {SpecError} from '../spec/diagnostic.js'
import type {CommandIO, Outcome} from './command.js'
import {toolCommandLine} from './mcp-arguments.js'
import {inputSchema, type JsonSchema, type SystemSchemaHead, TOOLS, type ToolSpec} from './mcp-tools.js'
import {problemsOutcome} from './outcome.js'
import {COMMAND_LOADERS} from './loaders.js'
import {runCommand} from './run.js'

const DESCRIPTIONS: Readonly<Record<ToolSpec['name'], string>> = {
  estimate: 'Capacity estimate of a system spec: requests per second (average and peak), storage, bandwidth, cache memory and the SLO budgets, every number a metric with its formula, inputs and conventions. Compute sizing numbers with this tool rather than by hand.',
  explain: 'How one metric of a spec was derived (or the headline metrics): each step with its formula, the values put in and the conventions, down to the spec inputs.',
  report: 'The full design report of a spec: estimates, decisions with the criteria that made them, the scaling plan, monthly cost, review findings and risks. Text is the Markdown design document.',
  check: 'Review of a spec as CI runs it: findings of the review rules and budgets, with pass or fail (failing is a result, not an error).',
  numbers: 'Reference figures sizeup rests on (latencies, per-node throughput, sizing limits, prices, SLAs, payload sizes), each with its source.',
}

/** What the server needs of the machine: the package root (schemas), the version and the environment. Paths are read from the working directory, process.cwd(). */
export interface ServerContext {
  readonly root: string
  readonly version: string
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * The MCP server: one tool per command of TOOLS, each running the command
 * in this process as the CLI would (commands/run.ts), once for readable
 * text and once for JSON, so that a tool says exactly what the CLI says.
 * Input problems come back as a tool error (isError) with the located
 * messages; the server never writes anything but protocol.
 */
export async function createMcpServer(context: ServerContext): Promise<Server> {
  const tools = await Promise.all(TOOLS.map((spec) => describeTool(spec, context)))
  const byName = new Map(tools.map((t) => [t.tool.name, t]))
  const server = new Server(
    {name: 'sizeup', version: context.version},
    {capabilities: {tools: {}}, instructions: 'sizeup computes capacity estimates from a YAML system spec; every number it returns is a metric with its formula. Use estimate for the numbers, explain for how one was derived, report or check for decisions and findings.'},
  )
  server.setRequestHandler(ListToolsRequestSchema, () => ({tools: tools.map((t) => t.tool)}))
  // One call at a time: the analysis is CPU work on this one thread, so running calls side by side
  // would finish none sooner, and a client sending many at once holds one spec in memory, not all.
  let queue: Promise<unknown> = Promise.resolve()
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const found = byName.get(request.params.name)
    if (found === undefined) throw new McpError(ErrorCode.InvalidParams, `no tool ${request.params.name}; the tools are ${TOOLS.map((t) => t.name).join(', ')}`)
    const call = queue.then(() => callTool(found.spec, found.tool.inputSchema, request.params.arguments ?? {}, context))
    queue = call.catch(() => {})
    return call
  })
  return server
}

async function describeTool(spec: ToolSpec, context: ServerContext): Promise<{spec: ToolSpec; tool: Tool}> {
  const [command, system, output] = await Promise.all([
    COMMAND_LOADERS[spec.name]!(),
    spec.takesSpec ? readSchema(context.root, 'system') : Promise.resolve(null),
    spec.outputSchema === null ? Promise.resolve(null) : readSchema(context.root, spec.outputSchema),
  ])
  const tool: Tool = {
    name: spec.name,
    title: spec.title,
    description: DESCRIPTIONS[spec.name],
    inputSchema: inputSchema(spec, command, (system ?? {title: '', description: '', required: [], properties: {}}) as unknown as SystemSchemaHead) as Tool['inputSchema'],
    ...(output === null ? {} : {outputSchema: output as Tool['outputSchema']}),
    annotations: {readOnlyHint: true, openWorldHint: false},
  }
  return {spec, tool}
}

/** A published schema (specs/<name>.schema.json), without the keys meant for editors ($schema, $id). */
async function readSchema(root: string, name: string): Promise<JsonSchema> {
  const {$schema: _schema, $id: _id, ...schema} = JSON.parse(await readFile(join(root, 'specs', `${name}.schema.json`), 'utf8')) as Record<string, unknown>
  return schema
}

/** One call: arguments checked, the command run for text and for JSON. */
export async function callTool(spec: ToolSpec, schema: JsonSchema, args: Readonly<Record<string, unknown>>, context: ServerContext): Promise<CallToolResult> {
  let line
  try {
    line = await toolCommandLine(spec, schema, args, process.cwd())
  } catch (e) {
    if (e instanceof SpecError) return toolError(problemsOutcome(e))
    throw e
  }
  const run = async (flags: readonly string[]): Promise<Outcome> => {
    const io = capturingIO(line.stdin, context)
    const outcome = await runCommand(spec.name, [...flags, ...line.argv], io)
    const written = io.written()
    return {...outcome, stdout: written.stdout + outcome.stdout, stderr: written.stderr + outcome.stderr}
  }
  const [text, json] = await Promise.all([run(spec.textFlags), run(spec.jsonFlags)])
  if (json.exitCode === 2) return toolError(json)
  const parsed = JSON.parse(json.stdout) as unknown
  const structured = spec.wrapArray === null ? (parsed as Record<string, unknown>) : {[spec.wrapArray]: parsed}
  return {content: [{type: 'text', text: text.stdout + text.stderr}], structuredContent: structured}
}

/** The located problems, as the CLI prints them on standard error. */
function toolError(outcome: Outcome): CallToolResult {
  return {content: [{type: 'text', text: outcome.stderr}], isError: true}
}

/** A command's streams for one call: the spec text as standard input, output captured. */
function capturingIO(stdin: string, context: ServerContext): CommandIO & {written(): {stdout: string; stderr: string}} {
  let stdout = ''
  let stderr = ''
  return {
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    stdout: {isTTY: false, write: (text: string) => (stdout += text)},
    stderr: {isTTY: false, write: (text: string) => (stderr += text)},
    env: context.env,
    version: context.version,
    root: context.root,
    written: () => ({stdout, stderr}),
  }
}

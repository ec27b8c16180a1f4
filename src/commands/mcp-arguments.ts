import {insideWorkingDirectory} from '../node/working-dir-path.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import {own} from '../quantity/own.js'
import type {JsonSchema, ToolSpec} from './mcp-tools.js'

/** Where a problem with a tool's arguments is located (`<arguments>:1:1`, the argument in `path`). */
export const ARGUMENTS = '<arguments>'

/** A tool call as a command line: the arguments after the command's name, and the spec text for `-`. */
export interface ToolCommandLine {
  readonly argv: readonly string[]
  readonly stdin: string
}

/**
 * Checks a tool's arguments against its input schema (the subset of JSON
 * Schema that inputSchema() writes: strings, integers, booleans, arrays of
 * strings, no other keys), every problem at once, and turns them into the
 * command line that the CLI would take. Flag values go as `--name=value`
 * and positionals after `--`, so a value that starts with `-` is a value;
 * files go through insideWorkingDirectory.
 */
export async function toolCommandLine(tool: ToolSpec, schema: JsonSchema, args: Readonly<Record<string, unknown>>, cwd: string): Promise<ToolCommandLine> {
  const properties = schema.properties as Readonly<Record<string, JsonSchema>>
  const problems: Diagnostic[] = []
  const problem = (path: string, message: string, hint: string | null): void => void problems.push({file: ARGUMENTS, line: 1, column: 1, path, message, hint})
  for (const [name, value] of Object.entries(args)) {
    const property = own(properties, name)
    if (property === undefined) problem(name, `unknown argument \`${name}\``, didYouMean(name, Object.keys(properties)) ?? `${tool.name} takes ${Object.keys(properties).join(', ')}`)
    else for (const message of mismatches(value, property)) problem(name, `\`${name}\` ${message}`, null)
  }
  if (tool.takesSpec && (args.spec === undefined) === (args.path === undefined)) problem('', 'give the spec as `spec` (YAML text) or as `path` (a file), one of the two', 'e.g. {"path": "design.yaml"}')
  if (problems.length > 0) throw new SpecError(problems)

  // Files: every one checked, all problems at once.
  const named = [...(tool.takesSpec && typeof args.path === 'string' ? ['path'] : []), ...tool.paths.filter((n) => typeof args[n] === 'string')]
  const resolved = await Promise.allSettled(named.map((n) => insideWorkingDirectory(args[n] as string, cwd, `${ARGUMENTS}.${n}`)))
  const located = new Map<string, string>()
  resolved.forEach((r, i) => {
    if (r.status === 'fulfilled') located.set(named[i]!, r.value)
    else if (r.reason instanceof SpecError) problems.push(...r.reason.diagnostics)
    else throw r.reason
  })
  if (problems.length > 0) throw new SpecError(problems)

  const flags: string[] = []
  for (const name of tool.flags) {
    const value = args[name]
    if (value === undefined) continue
    if (typeof value === 'boolean') flags.push(value ? `--${name}` : `--no-${name}`)
    else flags.push(`--${name}=${located.get(name) ?? String(value)}`)
  }
  const positionals: string[] = []
  if (tool.takesSpec) positionals.push(located.get('path') ?? '-')
  const extra = tool.positional === null ? undefined : args[tool.positional.name]
  if (typeof extra === 'string') positionals.push(extra)
  else if (Array.isArray(extra)) positionals.push(...(extra as string[]))
  return {argv: [...flags, '--', ...positionals], stdin: typeof args.spec === 'string' ? args.spec : ''}
}

/** What is wrong with a value for a property of the schema subset inputSchema() writes. */
function mismatches(value: unknown, schema: JsonSchema): string[] {
  const type = schema.type
  if (type === 'boolean') return typeof value === 'boolean' ? [] : ['must be true or false']
  if (type === 'integer') {
    if (typeof value !== 'number' || !Number.isInteger(value)) return ['must be a whole number']
    if (typeof schema.minimum === 'number' && value < schema.minimum) return [`must be at least ${schema.minimum} (got ${value})`]
    if (typeof schema.maximum === 'number' && value > schema.maximum) return [`must be at most ${schema.maximum} (got ${value})`]
    return []
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return ['must be a list']
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return [`holds at most ${schema.maxItems} items (got ${value.length})`]
    return value.flatMap((item, i) => mismatches(item, schema.items as JsonSchema).map((m) => `item ${i + 1} ${m}`))
  }
  if (typeof value !== 'string') return ['must be a string']
  const options = schema.enum as readonly string[] | undefined
  if (options && !options.includes(value)) return [`must be one of ${options.join(', ')}`]
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) return ['must not be empty']
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return [`is longer than ${schema.maxLength} characters`]
  return []
}

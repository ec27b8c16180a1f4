import {MAX_SPEC_BYTES} from '../spec/load.js'
import {MAX_PATH_CHARS} from '../node/working-dir-path.js'
import type {CommandDefinition, FlagDef} from './command.js'

/** A JSON Schema as the MCP tool listing carries it (a plain object). */
export type JsonSchema = {readonly [key: string]: unknown}

/**
 * One tool of `sizeup mcp`: the command it runs, which of the command's
 * flags it takes as arguments (their schemas are made from the command's own
 * declarations, so the two cannot disagree), and how to ask the command for
 * readable text and for JSON.
 */
export interface ToolSpec {
  readonly name: 'estimate' | 'explain' | 'report' | 'check' | 'numbers'
  readonly title: string
  /** Whether the tool takes a spec (as `spec` text or a `path`). */
  readonly takesSpec: boolean
  /** The command's flags offered as arguments, by their CLI names. */
  readonly flags: readonly string[]
  /** Of those, the ones that name a file: each must be inside the working directory. */
  readonly paths: readonly string[]
  /** A positional argument after the spec (explain's metric), or words (numbers'). */
  readonly positional: {readonly name: string; readonly schema: JsonSchema} | null
  /** The published schema of the JSON the command prints (specs/<name>.schema.json), or null. */
  readonly outputSchema: 'estimate' | 'report' | 'check' | null
  readonly textFlags: readonly string[]
  readonly jsonFlags: readonly string[]
  /** The key a JSON array is put under (structured content is an object). */
  readonly wrapArray: string | null
}

/** At most this many words for `numbers`, each at most this long: a filter, not a document. */
export const MAX_WORDS = 20
export const MAX_WORD_CHARS = 100

export const TOOLS: readonly ToolSpec[] = [
  {name: 'estimate', title: 'Capacity estimate', takesSpec: true, flags: ['scenario', 'samples', 'seed'], paths: [], positional: null, outputSchema: 'estimate', textFlags: ['--no-color'], jsonFlags: ['--json'], wrapArray: null},
  {
    name: 'explain',
    title: 'Derivation of a number',
    takesSpec: true,
    flags: [],
    paths: [],
    positional: {name: 'metric', schema: {type: 'string', maxLength: 200, description: 'metric id, as in the estimate\'s `metrics` (qps.write.peak, storage.total, workload.posts.storage.total …); without it, the headline metrics', examples: ['qps.read.peak']}},
    outputSchema: null,
    textFlags: ['--no-color'],
    jsonFlags: ['--json'],
    wrapArray: null,
  },
  {name: 'report', title: 'Design report', takesSpec: true, flags: ['overlay', 'config'], paths: ['overlay', 'config'], positional: null, outputSchema: 'report', textFlags: [], jsonFlags: ['--json'], wrapArray: null},
  {name: 'check', title: 'Design review', takesSpec: true, flags: ['overlay', 'config', 'fail-on'], paths: ['overlay', 'config'], positional: null, outputSchema: 'check', textFlags: ['--format', 'stylish', '--no-color'], jsonFlags: ['--format', 'json'], wrapArray: null},
  {
    name: 'numbers',
    title: 'Reference numbers',
    takesSpec: false,
    flags: ['section', 'flag'],
    paths: [],
    positional: {name: 'words', schema: {type: 'array', maxItems: MAX_WORDS, items: {type: 'string', minLength: 1, maxLength: MAX_WORD_CHARS}, description: 'words that must all occur in a figure\'s key, unit or note', examples: [['postgres']]}},
    outputSchema: null,
    textFlags: ['--no-color'],
    jsonFlags: ['--json'],
    wrapArray: 'numbers',
  },
]

/** The published system schema's head: what the `spec` argument's description says about it. */
export interface SystemSchemaHead {
  readonly title: string
  readonly description: string
  readonly required: readonly string[]
  readonly properties: Readonly<Record<string, unknown>>
}

/** A spec small enough to show in a schema, and valid. */
const SPEC_EXAMPLE = 'name: URL shortener\nusers:\n  dau: 10M\nworkloads:\n  links:\n    writes:\n      perUserPerDay: 0.1\n    reads:\n      perUserPerDay: 10\n    recordSize: 500 B\n'

/** The input schema of a tool: the spec (text or path) and the command's flags, each from its declaration. */
export function inputSchema(tool: ToolSpec, command: CommandDefinition, system: SystemSchemaHead): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  if (tool.takesSpec) {
    properties.spec = {
      type: 'string',
      maxLength: MAX_SPEC_BYTES,
      description: `The ${system.title} as YAML text (schema: specs/system.schema.json, \`sizeup schema system\`). ${system.description} Top-level keys: ${Object.keys(system.properties).join(', ')}; required: ${system.required.join(', ')}. Give this or \`path\`.`,
      examples: [SPEC_EXAMPLE],
    }
    properties.path = {type: 'string', maxLength: MAX_PATH_CHARS, description: 'A spec file inside the working directory of the server (symbolic links that lead out of it are refused). Give this or `spec`.', examples: ['examples/social-feed.yaml']}
  }
  if (tool.positional) properties[tool.positional.name] = tool.positional.schema
  for (const name of tool.flags) {
    const flag = command.flags[name]
    if (flag === undefined) throw new Error(`sizeup internal error: ${tool.name} has no flag --${name}`)
    properties[name] = flagSchema(flag, tool.paths.includes(name))
  }
  return {type: 'object', additionalProperties: false, properties}
}

/** A flag's declaration as a JSON Schema property. */
export function flagSchema(flag: FlagDef, isPath: boolean): JsonSchema {
  const description = isPath ? `${flag.description}; a file inside the working directory` : flag.description
  if (flag.type === 'boolean') return {type: 'boolean', description}
  if (flag.type === 'integer') return {type: 'integer', description, ...(flag.min === undefined ? {} : {minimum: flag.min}), ...(flag.max === undefined ? {} : {maximum: flag.max}), ...(flag.default === undefined ? {} : {default: flag.default})}
  if (flag.options) return {type: 'string', enum: [...flag.options], description}
  return {type: 'string', minLength: 1, maxLength: isPath ? MAX_PATH_CHARS : 200, description}
}

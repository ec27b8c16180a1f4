import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {COLOR_FLAG, defineCommand} from './command.js'

/** The published JSON Schemas an editor or a program may want, by short name. */
export const SCHEMAS = ['system', 'config', 'overlay', 'estimate', 'report', 'diff', 'check'] as const

export default defineCommand({
  summary: "Print the JSON Schema of a spec (or of sizeup's other files and outputs).",
  description:
    'Prints the JSON Schema (draft-07) of a system spec, for editors and validators: save it and point the YAML language server at it, or use the copy in node_modules/sizeup/specs/. Other names give the schema of sizeup.config.yaml, of organisation overlays, and of the --json output of estimate, report, diff and check. The output is JSON with or without --json, which is accepted so that a script may pass it to every command.',
  examples: ['<%= config.bin %> schema > system.schema.json', '<%= config.bin %> schema config', '<%= config.bin %> schema report | jq .properties'],
  args: {
    name: {description: 'which schema', options: SCHEMAS, default: 'system'},
  },
  flags: {
    color: COLOR_FLAG,
    json: {type: 'boolean', description: 'the same JSON (accepted for scripts that pass --json to every command)'},
  },

  /** The schema file as shipped in specs/. */
  async run({args}, io) {
    return {stdout: await readFile(join(io.root, 'specs', `${args.name}.schema.json`), 'utf8'), stderr: '', exitCode: 0}
  },
})

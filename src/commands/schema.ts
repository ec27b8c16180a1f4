import {Args, Command, Flags} from '@oclif/core'

/** The published JSON Schemas an editor or a program may want, by short name. */
export const SCHEMAS = ['system', 'config', 'overlay', 'estimate', 'report', 'diff', 'check'] as const

export default class Schema extends Command {
  static override summary = "Print the JSON Schema of a spec (or of sizeup's other files and outputs)."
  static override description =
    'Prints the JSON Schema (draft-07) of a system spec, for editors and validators: save it and point the YAML language server at it, or use the copy in node_modules/sizeup/specs/. Other names give the schema of sizeup.config.yaml, of organisation overlays, and of the --json output of estimate, report, diff and check. The output is JSON, so there is no --json flag.'
  static override examples = [
    '<%= config.bin %> schema > system.schema.json',
    '<%= config.bin %> schema config',
    '<%= config.bin %> schema report | jq .properties',
  ]
  static override args = {
    name: Args.string({description: 'which schema', options: [...SCHEMAS], default: 'system', required: false}),
  }

  static override flags = {
    color: Flags.boolean({description: 'accepted so that --color / --no-color work on every command; this one never colours', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Schema)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('schema', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

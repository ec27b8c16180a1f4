import {Args, Command, Flags} from '@oclif/core'
import {SECTIONS} from '../numbers/types.js'

export default class Numbers extends Command {
  static override summary = 'The reference numbers behind the estimates: latencies, per-node throughput, sizing limits, prices, SLAs, payload sizes.'
  static override description =
    'Lists the sourced figures sizeup knows, each with its conditions (DERIVED, VENDOR, SECONDARY, DISPUTED, EXTRAPOLATED flags) and its source. Words filter by key, unit and note; all must match.'
  static override examples = [
    '<%= config.bin %> numbers',
    '<%= config.bin %> numbers rtt',
    '<%= config.bin %> numbers postgres --section throughput',
    '<%= config.bin %> numbers --flag disputed --json',
  ]
  static override strict = false
  static override args = {
    words: Args.string({description: 'words to look for in the key, unit or note', required: false}),
  }
  static override flags = {
    section: Flags.string({description: 'only this section', options: [...SECTIONS]}),
    flag: Flags.string({description: 'only figures whose note carries this flag (derived, vendor, secondary, disputed, extrapolated)'}),
    json: Flags.boolean({description: 'print the figures as JSON'}),
    color: Flags.boolean({description: 'colour the output (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Numbers)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('numbers', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

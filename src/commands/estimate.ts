import {Args, Command, Flags} from '@oclif/core'

export default class Estimate extends Command {
  static override summary = 'Estimate QPS, storage, bandwidth, cache and availability budget from a system spec.'
  static override description =
    'Reads a YAML system description and prints every derived number: requests per day and per second (average and peak), storage per day, month, year and over retention, ingress and egress bandwidth, cache memory, requests in flight, and the downtime and error budgets of the SLO. Every number carries its formula and inputs in --json. Exit codes: 0 success, 2 invalid input.'
  static override examples = [
    '<%= config.bin %> estimate examples/social-feed.yaml',
    '<%= config.bin %> estimate examples/social-feed.yaml --json',
    'cat design.yaml | <%= config.bin %> estimate -',
    '<%= config.bin %> estimate design.yaml --scenario year3',
    '<%= config.bin %> estimate design.yaml --samples 100000 --seed 7 --samples-out samples.csv',
  ]
  static override args = {
    file: Args.string({description: 'system spec (YAML); `-` reads standard input', required: true}),
  }
  static override flags = {
    json: Flags.boolean({description: 'print the full result as JSON (schema: specs/estimate.schema.json)'}),
    color: Flags.boolean({description: 'colour the tables (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
    scenario: Flags.string({description: 'estimate this scenario of the spec (also written `spec.yaml#name`)'}),
    samples: Flags.integer({description: 'Monte Carlo samples for specs with ranges', default: 10_000, min: 100, max: 10_000_000}),
    seed: Flags.integer({description: 'seed of the Monte Carlo streams: the same seed gives byte-identical output', default: 1}),
    'samples-out': Flags.string({description: 'write the raw samples of every uncertain value to this file (CSV, or JSON for a .json name)'}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Estimate)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('estimate', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

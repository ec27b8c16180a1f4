import {Args, Command, Flags} from '@oclif/core'
import {writeOutcome} from './write-outcome.js'

export default class Estimate extends Command {
  static override summary = 'Estimate QPS, storage, bandwidth, cache and availability budget from a system spec.'
  static override description =
    'Reads a YAML system description and prints every derived number: requests per day and per second (average and peak), storage per day, month, year and over retention, ingress and egress bandwidth, cache memory, requests in flight, and the downtime and error budgets of the SLO. Every number carries its formula and inputs in --json. Exit codes: 0 success, 2 invalid input.'
  static override examples = [
    '<%= config.bin %> estimate examples/social-feed.yaml',
    '<%= config.bin %> estimate examples/social-feed.yaml --json',
    'cat design.yaml | <%= config.bin %> estimate -',
  ]
  static override args = {
    file: Args.string({description: 'system spec (YAML); `-` reads standard input', required: true}),
  }
  static override flags = {
    json: Flags.boolean({description: 'print the full result as JSON (schema: specs/estimate.schema.json)'}),
    color: Flags.boolean({description: 'colour the tables (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Estimate)
    // The pipeline (YAML, validation, engine, tables) loads only now, so --help stays fast.
    const {runEstimate} = await import('../cli/run-estimate.js')
    writeOutcome(await runEstimate({file: args.file, json: flags.json, color: flags.color}))
  }
}

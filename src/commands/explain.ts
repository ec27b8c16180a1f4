import {Args, Command, Flags} from '@oclif/core'

export default class Explain extends Command {
  static override summary = 'Show how a number was derived: formula, values, powers of ten, conventions.'
  static override description =
    'Prints the derivation chain of a metric (or of the headline metrics when none is named): each step with its formula, the values put in, the same in powers of ten as on a whiteboard, and the conventions it rests on, down to the spec inputs. Metric ids are those of `sizeup estimate --json` (qps.write.peak, storage.total, workload.posts.storage.total …).'
  static override examples = [
    '<%= config.bin %> explain examples/social-feed.yaml',
    '<%= config.bin %> explain examples/social-feed.yaml qps.write.avg',
    '<%= config.bin %> explain examples/social-feed.yaml storage.total --json',
  ]
  static override args = {
    file: Args.string({description: 'system spec (YAML); `-` reads standard input', required: true}),
    metric: Args.string({description: 'metric id (default: the headline metrics)', required: false}),
  }
  static override flags = {
    json: Flags.boolean({description: 'print the derivation tree as JSON'}),
    color: Flags.boolean({description: 'accepted so that --color / --no-color work on every command; this one never colours', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Explain)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('explain', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

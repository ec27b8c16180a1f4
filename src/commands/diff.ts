import {Args, Command, Flags} from '@oclif/core'

export default class Diff extends Command {
  static override summary = 'Compare two versions of a system spec: metric deltas, changed decisions, findings added and resolved.'
  static override description =
    'Analyses both versions and prints what changed from <base> to <head>: every metric that moved (absolute and relative, in its unit; headline metrics first: peak QPS, storage, peak bandwidth, cache, availability budget, monthly cost, machines), the decisions whose choice or runner-up changed with their new reasons, review findings added and resolved (matched by rule, spec path and message, not by line; both versions reviewed with the rule severities of --config or the sizeup.config.yaml found next to <head>), conventions that changed, and workloads added or removed. Either side may be `-` for standard input (one side only).\n\n--fail-on EXPR makes the diff a check: `<metric> <op> <threshold>` with op >, >=, < or <=. A metric\'s threshold is its change from base to head and carries its sign: `+20%` is relative, (head − base) ÷ |base|; `+1000`, `+2 PB` or `+$500` is absolute, in the metric\'s unit. A metric in only one version counts as changed (every threshold on it holds). The counts metrics.changed, decisions.changed, findings.added, findings.resolved, conventions.changed, workloads.added and workloads.removed take a plain number. Exit codes: 0 success, 1 a --fail-on threshold holds, 2 invalid input or usage.'
  static override examples = [
    '<%= config.bin %> diff examples/diff/social-feed-base.yaml examples/diff/social-feed-head.yaml',
    'git show main:design.yaml | <%= config.bin %> diff - design.yaml',
    'git show main:design.yaml | <%= config.bin %> diff - design.yaml --format markdown > comment.md',
    "<%= config.bin %> diff base.yaml design.yaml --fail-on 'storage.total > +20%' --fail-on 'findings.added > 0'",
    "<%= config.bin %> diff base.yaml design.yaml --fail-on 'availability.slo.downtime.year > +0' --fail-on 'cost.monthly > +$10000'",
    '<%= config.bin %> diff base.yaml design.yaml --format json --all > diff.json',
  ]
  static override args = {
    base: Args.string({description: 'the earlier version of the spec (YAML); `-` reads standard input', required: true}),
    head: Args.string({description: 'the later version of the spec (YAML); `-` reads standard input', required: true}),
  }
  static override flags = {
    format: Flags.string({description: 'text (terminal), markdown (a pull-request comment) or json (schema: specs/diff.schema.json)', options: ['text', 'markdown', 'json'], default: 'text'}),
    'fail-on': Flags.string({
      description: 'exit 1 when this holds, e.g. `storage.total > +20%`, `qps.write.peak > +1000`, `findings.added > 0`; repeat for more',
      helpValue: 'EXPR',
      multiple: true,
      multipleNonGreedy: true,
    }),
    overlay: Flags.string({description: "an organisation's overlay (approved technologies, own figures), applied to both versions", helpValue: 'FILE'}),
    config: Flags.string({description: 'sizeup.config.yaml whose rule severities both versions are reviewed with (default: the one `sizeup check` finds next to <head> or in a parent directory)', helpValue: 'FILE'}),
    all: Flags.boolean({description: 'list unchanged metrics too (they are otherwise only counted)', default: false}),
    json: Flags.boolean({description: 'print JSON: the same as --format json (and it wins over --format)'}),
    color: Flags.boolean({description: 'colour the text format (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Diff)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('diff', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

import {Args, Command, Flags} from '@oclif/core'

// Kept here rather than imported, so that loading the command loads nothing but oclif.
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const
const LEVELS = ['error', 'warn', 'info'] as const

export default class Check extends Command {
  static override summary = 'Review designs in CI: findings, budgets and an exit code.'
  static override description =
    'Analyses each YAML system spec as `report` does, runs the review rules (docs/rules.md) and measures the budgets of sizeup.config.yaml (found next to the spec or in a parent directory up to the repository root, or given with --config). Suppressed findings are shown but never fail. Output as stylish text, JSON (schema: specs/check.schema.json), SARIF 2.1.0, JUnit XML, GitHub workflow commands or a Markdown pull-request comment. Exit codes: 0 nothing reaches the fail level, 1 a finding or budget does, 2 invalid input or usage.'
  static override examples = [
    '<%= config.bin %> check design.yaml',
    '<%= config.bin %> check designs/*.yaml --format github',
    '<%= config.bin %> check design.yaml --format sarif > sizeup.sarif',
    '<%= config.bin %> check design.yaml --config ci/sizeup.config.yaml --fail-on warn',
  ]
  // Any number of specs: oclif collects them in argv.
  static override strict = false
  static override args = {
    files: Args.string({description: 'system specs (YAML); `-` reads standard input', required: true}),
  }
  static override flags = {
    config: Flags.string({description: 'configuration for every spec (default: sizeup.config.yaml next to each spec or in a parent directory)', helpValue: 'FILE'}),
    format: Flags.string({description: 'output format', options: [...FORMATS], default: 'stylish'}),
    overlay: Flags.string({description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE'}),
    'fail-on': Flags.string({description: 'fail (exit 1) on findings at this severity or above (default: the configuration’s failOn, else error)', options: [...LEVELS]}),
    json: Flags.boolean({description: 'print JSON: the same as --format json (and it wins over --format)'}),
    color: Flags.boolean({description: 'colour the stylish output (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Check)
    const stray = (argv as string[]).find((f) => f.startsWith('-') && f !== '-')
    if (stray !== undefined) this.error(`Nonexistent flag: ${stray}\nSee more help with --help`, {exit: 2})
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('check', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

import {Command, Flags} from '@oclif/core'

export default class Practice extends Command {
  static override summary = 'An interview drill: estimate the key numbers of a system, graded against sizeup.'
  static override description =
    "States a scenario's prompt and assumptions, asks for each key estimate in turn (QPS, storage, bandwidth, cache, downtime), grades each answer (within 2× correct, 2 points; within 10× the right order of magnitude, 1 point) and shows the worked solution in powers of ten; ends with the score. Answers are typed at the prompt on a terminal, or read one per line from --answers FILE or from standard input when it is not a terminal. Everything, prompts included, goes to standard output. Without --scenario or --spec, --seed picks the scenario (default 1)."
  static override examples = [
    '<%= config.bin %> practice --list',
    '<%= config.bin %> practice --list --json',
    '<%= config.bin %> practice --scenario url-shortener',
    '<%= config.bin %> practice --seed 7',
    '<%= config.bin %> practice --spec design.yaml',
    '<%= config.bin %> practice --scenario chat --answers answers.txt',
    '<%= config.bin %> practice --scenario social-feed < answers.txt',
  ]
  static override flags = {
    scenario: Flags.string({description: 'a bundled scenario by id (see --list)', exclusive: ['spec']}),
    spec: Flags.string({description: 'drill on your own spec (YAML): the headline metrics are asked', exclusive: ['scenario']}),
    answers: Flags.string({description: 'read the answers from this file, one per line, instead of the terminal'}),
    seed: Flags.integer({description: 'picks the scenario when --scenario and --spec are not given; the same seed picks the same one', default: 1}),
    list: Flags.boolean({description: 'list the bundled scenarios'}),
    json: Flags.boolean({description: 'with --list: the scenarios as JSON (id, title, file, questions)', dependsOn: ['list']}),
    color: Flags.boolean({description: 'colour the output (default: only on a terminal, and not with NO_COLOR)', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Practice)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('practice', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

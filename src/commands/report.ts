import {Args, Command, Flags} from '@oclif/core'

export default class Report extends Command {
  static override summary = 'Write a Markdown design document: requirements, estimates, diagrams, decisions, risks and every derivation.'
  static override description =
    'Reads a YAML system description and writes a design document: the requirements it states, the conventions in use, capacity estimates, a storage growth chart and an architecture diagram (Mermaid), each decision with the matrix rows that made it, the availability budget, the scaling plan and monthly cost when available, the risks (close calls, failed checks, facts the spec does not state), and an appendix deriving every number. The same input gives a byte-identical document. --template-dir replaces any of the built-in templates (report.md.hbs or a section partial such as summary.md.hbs) with your own Handlebars files. Exit codes: 0 success, 2 invalid input.'
  static override examples = [
    '<%= config.bin %> report examples/social-feed.yaml',
    '<%= config.bin %> report examples/social-feed.yaml -o design.md',
    '<%= config.bin %> report examples/social-feed.yaml --json > report.json',
    '<%= config.bin %> report examples/social-feed.yaml --format html -o design.html',
    '<%= config.bin %> report design.yaml -o design.md --template-dir my-templates/',
    'cat design.yaml | <%= config.bin %> report - -o design.md',
  ]
  static override args = {
    file: Args.string({description: 'system spec (YAML); `-` reads standard input', required: true}),
  }
  static override flags = {
    output: Flags.string({char: 'o', description: 'write the document to this file (atomically: all or nothing) instead of standard output', helpValue: 'FILE'}),
    'template-dir': Flags.string({description: 'directory of *.md.hbs templates replacing built-in ones by file name (report.md.hbs, summary.md.hbs, partials/summary.md.hbs …)', helpValue: 'DIR'}),
    format: Flags.string({description: 'markdown, or html: one self-contained page (scripts and styles inlined, no network) with the diagrams and charts drawn', options: ['markdown', 'html'], default: 'markdown'}),
    json: Flags.boolean({description: 'print the design report as JSON instead (schema: specs/report.schema.json)'}),
    overlay: Flags.string({description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE'}),
    color: Flags.boolean({description: 'accepted so that --color / --no-color work on every command; this one never colours', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Report)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('report', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

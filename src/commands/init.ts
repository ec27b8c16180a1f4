import {Args, Command, Flags} from '@oclif/core'

export default class Init extends Command {
  static override summary = 'Start a spec: write a commented starter from a template (social feed, URL shortener, chat, …).'
  static override description =
    'Writes a commented starter spec made from one of the bundled examples, its first line pointing editors at the schema. At a terminal it asks for the template, the system name and the file; otherwise it takes them as flags, and --template is required. It never replaces an existing file unless given --force. `-` as the file prints the spec instead. Exit codes: 0 written, 2 bad usage or the file exists.'
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init design.yaml --template url-shortener --name "Link service"',
    '<%= config.bin %> init --template chat - | <%= config.bin %> estimate -',
    '<%= config.bin %> init design.yaml --template ecommerce --force',
    '<%= config.bin %> init --list',
  ]
  static override args = {
    file: Args.string({description: 'the spec to write (default design.yaml); `-` prints it', required: false}),
  }
  static override flags = {
    template: Flags.string({char: 't', description: 'the starter: social-feed, url-shortener, chat, video-streaming, ride-hailing, ecommerce, metrics-ingestion, web-crawler, search-autocomplete'}),
    name: Flags.string({description: "the system's name (default: the template's)"}),
    force: Flags.boolean({description: 'replace the file if it exists', default: false}),
    list: Flags.boolean({description: 'list the templates'}),
    json: Flags.boolean({description: 'print what was written (or, with --list, the templates) as JSON'}),
    color: Flags.boolean({description: 'accepted so that --color / --no-color work on every command; this one never colours', allowNo: true}),
  }

  async run(): Promise<void> {
    const {args, argv, flags} = await this.parse(Init)
    // The pipeline loads only now (inside the entry), so --help stays fast.
    const {runEntry} = await import('../cli/entries.js')
    await runEntry('init', {args, argv: argv as string[], flags, version: this.config.version, root: this.config.root})
  }

}

import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createAnalyser} from '../analysis/analyser.js'
import {allInputs, specReadings, splitScenario} from '../analysis/inputs.js'
import {recordingReader} from '../analysis/recorded-inputs.js'
import {CONFIG_FILE_NAMES, discoverConfig} from '../node/config-file.js'
import {fileReader} from '../node/input.js'
import {deliver, prepareOutput} from '../node/output.js'
import {readTemplateDir} from '../node/template-dir.js'
import {REPORT_OUTPUT} from '../node/write-problem.js'
import {renderMarkdown} from '../render/markdown.js'
import {buildView} from '../render/view/index.js'
import {COLOR_FLAG, defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'
import {watchable, WATCH_FLAG} from './watch.js'
import {json} from '../spec/sinks/json.js'
import {terminal} from '../spec/sinks/terminal.js'

export default defineCommand({
  summary: 'Write a Markdown design document: requirements, estimates, diagrams, decisions, risks and every derivation.',
  description:
    'Reads a YAML system description and writes a design document: the requirements it states, the conventions in use, capacity estimates, a storage growth chart and an architecture diagram (Mermaid), each decision with the matrix rows that made it, the availability budget, the scaling plan and monthly cost when available, the risks (close calls, failed checks, facts the spec does not state), and an appendix deriving every number. The same input gives a byte-identical document. --template-dir replaces any of the built-in templates (report.md.hbs or a section partial such as summary.md.hbs) with your own Handlebars files. Exit codes: 0 success, 2 invalid input.',
  examples: [
    '<%= config.bin %> report examples/social-feed.yaml',
    '<%= config.bin %> report examples/social-feed.yaml -o design.md',
    '<%= config.bin %> report examples/social-feed.yaml --json > report.json',
    '<%= config.bin %> report examples/social-feed.yaml --format html -o design.html',
    '<%= config.bin %> report design.yaml -o design.md --template-dir my-templates/',
    '<%= config.bin %> report design.yaml --format html -o design.html --watch',
    'cat design.yaml | <%= config.bin %> report - -o design.md',
  ],
  args: {
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
  },
  flags: {
    output: {type: 'string', char: 'o', description: 'write the document to this file instead of standard output: a file is replaced all or nothing, keeping its mode, through symbolic links; a FIFO or device is written into; `-` is standard output; an input is never overwritten', helpValue: 'FILE'},
    'template-dir': {type: 'string', description: 'directory of *.md.hbs templates replacing built-in ones by file name (report.md.hbs, summary.md.hbs, partials/summary.md.hbs …)', helpValue: 'DIR'},
    format: {type: 'string', description: 'markdown, or html: one self-contained page (scripts and styles inlined, no network) with the diagrams and charts drawn, and live: every input of the spec editable in the page, every number, decision, finding and diagram recomputed there, the edits kept in the URL', options: ['markdown', 'html'], default: 'markdown'},
    json: {type: 'boolean', description: 'print the design report as JSON instead (schema: specs/report.schema.json)'},
    overlay: {type: 'string', description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE', env: 'SIZEUP_OVERLAY'},
    config: {type: 'string', description: 'sizeup.config.yaml whose rule settings the review findings follow (default: the one `sizeup check` finds next to the spec or in a parent directory)', helpValue: 'FILE', env: 'SIZEUP_CONFIG'},
    color: COLOR_FLAG,
    watch: WATCH_FLAG,
  },

  /** Spec in, Markdown design document (or HTML, or the Report as JSON) out. */
  run: watchable(({args, flags}, io) =>
    withDiagnostics(async () => {
      // What the analysis reads is kept: the HTML page runs it again, edited, in the browser.
      const recorded = recordingReader(fileReader(io.stdin))
      const analyser = createAnalyser({read: recorded.read})
      const spec = splitScenario(args.file).path
      // The findings follow the project's rule settings, as `sizeup check` reports them.
      const config = flags.config !== undefined ? Promise.resolve(flags.config) : discoverConfig(spec)
      const output = flags.output
      // Spec, templates and the output path: report the problems of all of them at once.
      const [report, templates, target] = await allInputs([
        config.then((found) => analyser.analyse({spec: args.file, overlay: flags.overlay, config: found})),
        flags['template-dir'] === undefined || flags.json ? Promise.resolve([]) : readTemplateDir(flags['template-dir']),
        // Every input is protected, the configuration found as well as one named, and the templates even when --json reads none.
        output === undefined ? Promise.resolve(undefined) : config.then((found) => prepareOutput(output, REPORT_OUTPUT, {files: [...specReadings(args.file).map((r) => r.path), flags.overlay, found ?? undefined], stdin: io.stdin, templateDir: flags['template-dir']})),
      ] as const)
      let text = flags.json ? `${json(report)}\n` : await renderMarkdown(buildView(report), templates)
      if (!flags.json && flags.format === 'html') {
        // Only now: marked and the 3 MB Mermaid bundle are for this format alone.
        const [{renderHtml}, {livePage}, mermaid] = await Promise.all([import('../render/html.js'), import('../render/html-live.js'), readFile(join(io.root, 'dist/vendor/mermaid.min.js'), 'utf8')])
        // Live (inputs editable, the Report recomputed in the page) unless the document is laid out by the user's templates, which the page cannot compile.
        const live = templates.length > 0 ? undefined : livePage(report, {spec: args.file, overlay: flags.overlay, config: await config}, recorded.inputs, await readFile(join(io.root, 'dist/vendor/sizeup-live.js'), 'utf8'))
        text = renderHtml(text, mermaid, {metrics: report.metrics, live})
      }
      const warnings = report.warnings.map((w) => `sizeup: ${terminal(w)}\n`).join('')
      if (target === undefined) return {stdout: text, stderr: warnings, exitCode: 0}
      const sent = await deliver(target, output!, text, REPORT_OUTPUT)
      return {stdout: sent.stdout, stderr: warnings + sent.stderr, exitCode: 0}
    }),
  // --watch: the spec, the overlay and the configuration (named, or found again each run, also when one appears beside the spec).
  async ({args, flags}) => {
    const spec = splitScenario(args.file).path
    const config = flags.config ?? (await discoverConfig(spec).catch(() => null))
    return [spec, flags.overlay, config].filter((f): f is string => typeof f === 'string')
  },
  CONFIG_FILE_NAMES),
})

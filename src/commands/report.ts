import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createAnalyser} from '../analysis/analyser.js'
import {allInputs, specReadings, splitScenario} from '../analysis/inputs.js'
import {refuseInputAsOutput, writeFileAtomic} from '../node/atomic-write.js'
import {discoverConfig} from '../node/config-file.js'
import {fileReader} from '../node/input.js'
import {readTemplateDir} from '../node/template-dir.js'
import {renderMarkdown} from '../render/markdown.js'
import {buildView} from '../render/view/index.js'
import {COLOR_FLAG, defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'

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
    'cat design.yaml | <%= config.bin %> report - -o design.md',
  ],
  args: {
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
  },
  flags: {
    output: {type: 'string', char: 'o', description: 'write the document to this file (atomically: all or nothing) instead of standard output', helpValue: 'FILE'},
    'template-dir': {type: 'string', description: 'directory of *.md.hbs templates replacing built-in ones by file name (report.md.hbs, summary.md.hbs, partials/summary.md.hbs …)', helpValue: 'DIR'},
    format: {type: 'string', description: 'markdown, or html: one self-contained page (scripts and styles inlined, no network) with the diagrams and charts drawn', options: ['markdown', 'html'], default: 'markdown'},
    json: {type: 'boolean', description: 'print the design report as JSON instead (schema: specs/report.schema.json)'},
    overlay: {type: 'string', description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE'},
    config: {type: 'string', description: 'sizeup.config.yaml whose rule settings the review findings follow (default: the one `sizeup check` finds next to the spec or in a parent directory)', helpValue: 'FILE'},
    color: COLOR_FLAG,
  },

  /** Spec in, Markdown design document (or HTML, or the Report as JSON) out. */
  run: ({args, flags}, io) =>
    withDiagnostics(async () => {
      const analyser = createAnalyser({read: fileReader(io.stdin)})
      // Spec and templates are both inputs: report the problems of both at once.
      const [report, templates] = await allInputs([
        // The findings follow the project's rule settings, as `sizeup check` reports them.
        (flags.config !== undefined ? Promise.resolve(flags.config) : discoverConfig(splitScenario(args.file).path)).then((config) => analyser.analyse({spec: args.file, overlay: flags.overlay, config})),
        flags['template-dir'] === undefined || flags.json ? Promise.resolve([]) : readTemplateDir(flags['template-dir']),
      ] as const)
      let text = flags.json ? `${JSON.stringify(report, null, 2)}\n` : await renderMarkdown(buildView(report), templates)
      if (!flags.json && flags.format === 'html') {
        // Only now: marked and the 3 MB Mermaid bundle are for this format alone.
        const [{renderHtml, findingsMarkdown}, mermaid] = await Promise.all([import('../render/html.js'), readFile(join(io.root, 'dist/vendor/mermaid.min.js'), 'utf8')])
        text = renderHtml(`${text}\n${findingsMarkdown(report.findings)}`, mermaid)
      }
      const stderr = report.warnings.map((w) => `sizeup: ${w}\n`).join('')
      if (flags.output === undefined) return {stdout: text, stderr, exitCode: 0}
      await refuseInputAsOutput(flags.output, [...specReadings(args.file).map((r) => r.path), flags.overlay, flags.config], '-o')
      await writeFileAtomic(flags.output, text)
      return {stdout: '', stderr, exitCode: 0}
    }),
})

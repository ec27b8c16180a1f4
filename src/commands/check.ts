import {allInputs, createAnalyser} from '../analysis/index.js'
import {checkFile, rulesInfo} from '../check/check-file.js'
import {fileFails} from '../check/summary.js'
import {discoverConfig} from '../node/config-file.js'
import {fileReader} from '../node/input.js'
import {checkStyle} from '../node/terminal-style.js'
import {formatCheck} from '../render/check/index.js'
import {type RuleSet, SHIPPED_RULES} from '../review/ruleset.js'
import {SpecError} from '../spec/diagnostic.js'
import {type CommandIO, defineCommand, type Outcome, type Parsed} from './command.js'
import {withDiagnostics} from './outcome.js'
import {terminal} from '../spec/sinks/terminal.js'

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const
const LEVELS = ['error', 'warn', 'info'] as const

const ARGS = {
    files: {description: 'system specs (YAML); `-` reads standard input', required: true},
  } as const

const FLAGS = {
    config: {type: 'string', description: 'configuration for every spec (default: sizeup.config.yaml next to each spec or in a parent directory)', helpValue: 'FILE'},
    format: {type: 'string', description: 'output format', options: FORMATS, default: 'stylish'},
    overlay: {type: 'string', description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE'},
    'fail-on': {type: 'string', description: 'fail (exit 1) on findings at this severity or above (default: the configuration’s failOn, else error)', options: LEVELS},
    json: {type: 'boolean', description: 'print JSON: the same as --format json (and it wins over --format)'},
    color: {type: 'boolean', allowNo: true, description: 'colour the stylish output (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},
  } as const

export default defineCommand({
  summary: 'Review designs in CI: findings, budgets and an exit code.',
  description:
    'Analyses each YAML system spec as `report` does, runs the review rules (docs/rules.md) and measures the budgets of sizeup.config.yaml or .yml (found next to the spec or in a parent directory up to the repository root, or given with --config). Suppressed findings are shown but never fail. Output as stylish text, JSON (schema: specs/check.schema.json), SARIF 2.1.0, JUnit XML, GitHub workflow commands or a Markdown pull-request comment. Exit codes: 0 nothing reaches the fail level, 1 a finding or budget does, 2 invalid input or usage.',
  examples: [
    '<%= config.bin %> check design.yaml',
    '<%= config.bin %> check designs/*.yaml --format github',
    '<%= config.bin %> check design.yaml --format sarif > sizeup.sarif',
    '<%= config.bin %> check design.yaml --config ci/sizeup.config.yaml --fail-on warn',
  ],
  // Any number of specs: they are all in argv.
  strict: false,
  args: ARGS,
  flags: FLAGS,
  run: (parsed, io) => runCheck(parsed, io),
})

/**
 * Every spec analysed (the review with its configuration's rule settings)
 * and measured against its configuration's budgets. Exit 0 when nothing
 * reaches the fail level, 1 when something does, 2 when any input (spec,
 * configuration, overlay) is wrong — with the problems of all of them at
 * once, and nothing on stdout. A test may bring its own rules.
 */
export function runCheck({argv, flags}: Parsed<typeof ARGS, typeof FLAGS>, io: CommandIO, rules?: RuleSet): Promise<Outcome> {
  return withDiagnostics(async () => {
    const ruleSet = rules ?? SHIPPED_RULES
    const analyser = createAnalyser({read: fileReader(io.stdin), rules: ruleSet})
    const files = [...new Set(argv)].sort((a, b) => a.localeCompare(b, 'en'))
    const checked = await allInputs(
      files.map(async (spec) => {
        const configFile = flags.config ?? (await discoverConfig(spec))
        const [report, config] = await allInputs([analyser.analyse({spec, overlay: flags.overlay, config: configFile}), analyser.config(configFile)] as const)
        const {file, diagnostics} = checkFile(report, config, ruleSet, flags['fail-on'])
        // A budget naming no metric of this spec: reported with every other file's problems.
        if (diagnostics.length > 0) throw new SpecError(diagnostics)
        return file
      }),
    )
    const format = flags.json ? 'json' : flags.format
    const stdout = formatCheck({tool: {name: 'sizeup', version: io.version}, rules: rulesInfo(ruleSet), files: checked}, format, format === 'stylish' ? checkStyle(flags.color, io) : undefined)
    const warnings = [...new Set((await analyser.knowledge(flags.overlay)).warnings)].map((w) => `sizeup: overlay: ${terminal(w)}\n`).join('')
    return {stdout, stderr: warnings, exitCode: checked.some(fileFails) ? 1 : 0}
  })
}

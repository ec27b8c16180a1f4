import {allInputs, createAnalyser} from '../analysis/index.js'
import {applyBaseline, baselineOf, baselineText, parseBaseline} from '../check/baseline.js'
import {checkFile, rulesInfo} from '../check/check-file.js'
import {fails, fileFails} from '../check/summary.js'
import type {CheckedFile, CheckResult} from '../check/types.js'
import {discoverConfig} from '../node/config-file.js'
import {fileReader, readFileInput} from '../node/input.js'
import {deliver, type OutputTarget, prepareOutput} from '../node/output.js'
import {specFiles} from '../node/spec-files.js'
import {checkStyle} from '../node/terminal-style.js'
import type {OutputRole} from '../node/write-problem.js'
import {type CheckFormat, formatCheck} from '../render/check/index.js'
import {type RuleSet, SHIPPED_RULES} from '../review/ruleset.js'
import {SpecError} from '../spec/diagnostic.js'
import {type CommandIO, defineCommand, type Outcome, type Parsed} from './command.js'
import {usage, withDiagnostics} from './outcome.js'
import {terminal} from '../spec/sinks/terminal.js'

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const
const LEVELS = ['error', 'warn', 'info'] as const

const ARGS = {
  files: {description: 'system specs (YAML): files, directories (every *.yaml and *.yml under them), quoted patterns (`designs/**/*.yaml`); `-` reads standard input', required: true},
} as const

/** `--output.<format> FILE` for each format, as Spectral writes several formats in one run. */
const outputFlag = (format: string) => ({type: 'string', helpValue: 'FILE', description: `write the ${format} output to FILE (and produce it, as --format ${format} does)`}) as const

const FLAGS = {
  config: {type: 'string', description: 'configuration for every spec (default: sizeup.config.yaml or .yml next to each spec or in a parent directory)', helpValue: 'FILE', env: 'SIZEUP_CONFIG'},
  format: {type: 'string', char: 'f', description: 'output format (default stylish); repeat for several, each to its --output.<format> file', options: FORMATS, multiple: true},
  output: {type: 'string', char: 'o', description: 'write the output to FILE instead of standard output (one format), all or nothing', helpValue: 'FILE'},
  'output.stylish': outputFlag('stylish'),
  'output.json': outputFlag('json'),
  'output.sarif': outputFlag('sarif'),
  'output.junit': outputFlag('junit'),
  'output.github': outputFlag('github'),
  'output.markdown': outputFlag('markdown'),
  overlay: {type: 'string', description: "an organisation's overlay (approved technologies, own figures) applied to the decisions", helpValue: 'FILE', env: 'SIZEUP_OVERLAY'},
  'fail-on': {type: 'string', description: 'fail (exit 1) on findings at this severity or above (default: the configuration’s failOn, else error)', options: LEVELS, env: 'SIZEUP_FAIL_ON'},
  'max-warnings': {type: 'integer', description: 'also fail (exit 1) when more warnings than this are neither suppressed nor in the baseline', min: 0, env: 'SIZEUP_MAX_WARNINGS'},
  quiet: {type: 'boolean', char: 'q', description: 'report only the findings that fail the check (and the budgets)'},
  baseline: {type: 'string', description: 'findings accepted for now (written by --write-baseline): they are shown but never fail; entries no longer found are reported', helpValue: 'FILE', env: 'SIZEUP_BASELINE'},
  'write-baseline': {type: 'boolean', description: "write the findings of this run to the --baseline file (replacing it) and exit 0", dependsOn: ['baseline']},
  'stdin-filepath': {type: 'string', description: 'the name the spec read from standard input (`-`) is reported as (default <stdin>)', helpValue: 'PATH'},
  json: {type: 'boolean', description: 'print JSON: the same as --format json (and it wins over --format)'},
  color: {type: 'boolean', allowNo: true, description: 'colour the stylish output (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},
} as const

export default defineCommand({
  summary: 'Review designs in CI: findings, budgets and an exit code.',
  description:
    'Analyses each YAML system spec as `report` does, runs the review rules (docs/rules.md) and measures the budgets of sizeup.config.yaml or .yml (found next to the spec or in a parent directory up to the repository root, or given with --config). Specs are files, directories or quoted patterns. Suppressed findings, and those in a --baseline, are shown but never fail. Output as stylish text, JSON (schema: specs/check.schema.json), SARIF 2.1.0, JUnit XML, GitHub workflow commands or a Markdown pull-request comment; several formats in one run, each to its own file. SIZEUP_CONFIG, SIZEUP_OVERLAY, SIZEUP_FAIL_ON, SIZEUP_MAX_WARNINGS and SIZEUP_BASELINE give the flags of those names. Exit codes: 0 nothing reaches the fail level, 1 a finding, budget or --max-warnings does, 2 invalid input or usage.',
  examples: [
    '<%= config.bin %> check design.yaml',
    '<%= config.bin %> check designs --format github',
    "<%= config.bin %> check 'designs/**/*.yaml' -f stylish -f sarif --output.sarif sizeup.sarif -f junit --output.junit sizeup-junit.xml",
    '<%= config.bin %> check designs --baseline .sizeup-baseline.json --write-baseline',
    '<%= config.bin %> check designs --baseline .sizeup-baseline.json --max-warnings 0',
    'git show main:design.yaml | <%= config.bin %> check - --stdin-filepath design.yaml',
  ],
  // Any number of specs: they are all in argv.
  strict: false,
  args: ARGS,
  flags: FLAGS,
  run: (parsed, io) => runCheck(parsed, io),
})

type CheckFlags = Parsed<typeof ARGS, typeof FLAGS>['flags']

/** Where each format's text goes: a prepared file, or standard output (at most one). */
interface Destination {
  readonly format: CheckFormat
  readonly given: string | null
  readonly role: OutputRole
  target: OutputTarget | null
}

/**
 * Every spec analysed (the review with its configuration's rule settings)
 * and measured against its configuration's budgets. Exit 0 when nothing
 * reaches the fail level, 1 when something does, 2 when any input (spec,
 * configuration, overlay, baseline) or output is wrong — with the problems
 * of all of them at once, and nothing on stdout. A test may bring its own rules.
 */
export function runCheck({argv, flags}: Parsed<typeof ARGS, typeof FLAGS>, io: CommandIO, rules?: RuleSet): Promise<Outcome> {
  return withDiagnostics(async () => {
    const ruleSet = rules ?? SHIPPED_RULES
    const analyser = createAnalyser({read: fileReader(io.stdin, flags['stdin-filepath'] ?? '<stdin>'), rules: ruleSet})
    const destinations = routeOutputs(flags)
    const files = [...new Set(await specFiles(argv))].sort((a, b) => a.localeCompare(b, 'en'))
    const inputs = {files: [...files, flags.overlay, flags.config, flags.baseline], stdin: io.stdin}
    const [checked, baseline] = await allInputs([
      allInputs(
        files.map(async (spec) => {
          const configFile = flags.config ?? (await discoverConfig(spec))
          const [report, config] = await allInputs([analyser.analyse({spec, overlay: flags.overlay, config: configFile}), analyser.config(configFile)] as const)
          const {file, diagnostics} = checkFile(report, config, ruleSet, flags['fail-on'])
          // A budget naming no metric of this spec: reported with every other file's problems.
          if (diagnostics.length > 0) throw new SpecError(diagnostics)
          return file
        }),
      ),
      flags.baseline === undefined || flags['write-baseline'] ? Promise.resolve(null) : readBaseline(flags.baseline),
      // Every output is examined before anything is written: a directory, a disk or an input named as one is a problem like the others.
      allInputs(destinations.map(async (d) => void (d.target = d.given === null ? null : await prepareOutput(d.given, d.role, inputs)))),
    ] as const)
    const warnings = [...new Set((await analyser.knowledge(flags.overlay)).warnings)].map((w) => `sizeup: overlay: ${terminal(w)}\n`).join('')
    if (flags['write-baseline']) return writeBaseline(checked, flags.baseline!, warnings, inputs)
    const {files: accepted, stale} = baseline === null ? {files: checked, stale: []} : applyBaseline(checked, baseline)
    const notes = [warnings, ...stale.map((e) => `sizeup: baseline: ${e.count} × ${terminal(e.ruleId)} at ${terminal(e.file)} ${terminal(e.path || '(the file)')} no longer found; --write-baseline drops it\n`)]
    const warningCount = accepted.flatMap((f) => f.findings).filter((f) => f.suppressed === null && f.severity === 'warn').length
    const tooManyWarnings = flags['max-warnings'] !== undefined && warningCount > flags['max-warnings']
    if (tooManyWarnings) notes.push(`sizeup: ${warningCount} warnings, more than --max-warnings ${flags['max-warnings']}\n`)
    const shown: CheckResult = {tool: {name: 'sizeup', version: io.version}, rules: rulesInfo(ruleSet), files: flags.quiet ? accepted.map(failingOnly) : accepted}
    let stdout = ''
    for (const d of destinations) {
      // A file is coloured only when --color says so: FORCE_COLOR is for a terminal or a log, not a SARIF or stylish file.
      const text = formatCheck(shown, d.format, d.format === 'stylish' ? checkStyle(d.target === null ? flags.color : (flags.color ?? false), io) : undefined)
      stdout += d.target === null ? text : (await deliver(d.target, d.given!, text, d.role)).stdout
    }
    return {stdout, stderr: notes.join(''), exitCode: accepted.some(fileFails) || tooManyWarnings ? 1 : 0}
  })
}

/**
 * The formats asked for and where each goes: `--format` (repeatable, default
 * stylish; `--json` is json), plus every format given an `--output.<format>`
 * file; `-o` takes the one format without its own file. More than one
 * format left for standard output is a usage problem: they would interleave.
 */
function routeOutputs(flags: CheckFlags): Destination[] {
  const own = (format: CheckFormat): string | undefined => flags[`output.${format}`]
  // The parser checked each --format against FORMATS.
  const asked: CheckFormat[] = flags.json ? ['json'] : [...(flags.format as readonly CheckFormat[])]
  for (const format of FORMATS) if (own(format) !== undefined && !asked.includes(format)) asked.push(format)
  if (asked.length === 0) asked.push('stylish')
  const formats = [...new Set(asked)]
  const unrouted = formats.filter((format) => own(format) === undefined)
  if (flags.output !== undefined && unrouted.length !== 1) usage(`-o names one file for one format; ${unrouted.length === 0 ? 'every format has its own --output.<format>' : `${unrouted.join(', ')} have none`}`, 'give each format its own file with --output.<format> FILE')
  if (flags.output === undefined && unrouted.length > 1) usage(`${unrouted.join(', ')} would all go to standard output`, `give all but one a file, e.g. --output.${unrouted[1]} FILE`)
  return formats.map((format) => {
    const given = own(format) ?? (unrouted[0] === format ? (flags.output ?? null) : null)
    return {format, given, role: {noun: `the ${format} output`, flag: own(format) !== undefined ? `--output.${format}` : '-o'}, target: null}
  })
}

/** A file's findings cut to those that fail the check: --quiet. */
function failingOnly(file: CheckedFile): CheckedFile {
  return {...file, findings: file.findings.filter((f) => fails(f, file.failOn))}
}

async function readBaseline(path: string) {
  const {text, file} = await readFileInput(path, 'baseline')
  const baseline = parseBaseline(text, file)
  if ('message' in baseline) throw new SpecError([baseline])
  return baseline
}

/** --write-baseline: the findings of this run, not suppressed in their specs, become the baseline. */
async function writeBaseline(files: readonly CheckedFile[], path: string, warnings: string, inputs: {files: readonly (string | undefined)[]; stdin: unknown}): Promise<Outcome> {
  const baseline = baselineOf(files)
  const role: OutputRole = {noun: 'the baseline', flag: '--baseline'}
  // The baseline itself is what is replaced; the specs and the configuration never are.
  await deliver(await prepareOutput(path, role, {...inputs, files: inputs.files.filter((f) => f !== path)}), path, baselineText(baseline), role)
  const count = baseline.findings.reduce((n, e) => n + e.count, 0)
  return {stdout: '', stderr: `${warnings}sizeup: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${terminal(path)}\n`, exitCode: 0}
}

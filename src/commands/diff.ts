import {allInputs, createAnalyser, splitScenario, unitConventionsOf} from '../analysis/index.js'
import type {Report} from '../analysis/report.js'
import {parseSavedReport} from '../analysis/saved-report.js'
import type {Diff} from '../diff/types.js'
import {diffSides} from '../diff/compare.js'
import {type ParsedThreshold, parseFailOn} from '../diff/fail-on.js'
import {sideFrom} from '../diff/side.js'
import {evaluate, resolveThreshold} from '../diff/thresholds.js'
import {discoverConfig} from '../node/config-file.js'
import {fileReader, readFileInput} from '../node/input.js'
import {terminalStyle} from '../node/terminal-style.js'
import {renderDiff} from '../render/diff/index.js'
import {thresholdActual} from '../render/diff/numbers.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {COLOR_FLAG, type CommandIO, defineCommand, type Outcome, type Parsed} from './command.js'
import {usage, withDiagnostics} from './outcome.js'
import {terminal} from '../spec/sinks/terminal.js'

const ARGS = {
    base: {description: 'the earlier version of the spec (YAML); `-` reads standard input', required: true},
    head: {description: 'the later version of the spec (YAML); `-` reads standard input (with --compare-to, the only argument)'},} as const

const FLAGS = {
    format: {type: 'string', description: 'text (terminal), markdown (a pull-request comment) or json (schema: specs/diff.schema.json)', options: ['text', 'markdown', 'json'], default: 'text'},
    'fail-on': {type: 'string', description: 'exit 1 when this holds, e.g. `storage.total > +20%`, `qps.write.peak > +1000`, `findings.added > 0`; repeat for more', helpValue: 'EXPR', multiple: true},
    overlay: {type: 'string', description: "an organisation's overlay (approved technologies, own figures), applied to both versions", helpValue: 'FILE', env: 'SIZEUP_OVERLAY'},
    config: {type: 'string', description: 'sizeup.config.yaml whose rule severities both versions are reviewed with (default: the one `sizeup check` finds next to <head> or in a parent directory)', helpValue: 'FILE', env: 'SIZEUP_CONFIG'},
    'compare-to': {type: 'string', description: 'compare the spec given against a report saved with `sizeup report --json` (the base) instead of a base spec: give only the spec', helpValue: 'FILE'},
    'base-name': {type: 'string', description: 'what the output calls the base (`main:design.yaml` for one read from standard input)', helpValue: 'NAME'},
    all: {type: 'boolean', description: 'list unchanged metrics too (they are otherwise only counted)'},
    json: {type: 'boolean', description: 'print JSON: the same as --format json (and it wins over --format)'},
    color: {...COLOR_FLAG, description: 'colour the text format (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},} as const

export default defineCommand({
  summary: 'Compare two versions of a system spec: metric deltas, changed decisions, findings added and resolved.',
  description:
    "Analyses both versions and prints what changed from <base> to <head>: every metric that moved (absolute and relative, in its unit; headline metrics first: peak QPS, storage, peak bandwidth, cache, availability budget, monthly cost, machines), the decisions whose choice or runner-up changed with their new reasons, review findings added and resolved (matched by rule, spec path and message, not by line; both versions reviewed with the rule severities of --config or the sizeup.config.yaml found next to <head>), conventions that changed, and workloads added or removed. Either side may be `-` for standard input (one side only).\n\n--fail-on EXPR makes the diff a check: `<metric> <op> <threshold>` with op >, >=, < or <=. A metric's threshold is its change from base to head and carries its sign: `+20%` is relative, (head − base) ÷ |base|; `+1000`, `+2 PB` or `+$500` is absolute, in the metric's unit. A metric in only one version counts as changed (every threshold on it holds). The counts metrics.changed, decisions.changed, findings.added, findings.resolved, conventions.changed, workloads.added and workloads.removed take a plain number. Exit codes: 0 success, 1 a --fail-on threshold holds, 2 invalid input or usage.",
  examples: [
    '<%= config.bin %> diff examples/diff/social-feed-base.yaml examples/diff/social-feed-head.yaml',
    'git show main:design.yaml | <%= config.bin %> diff - design.yaml',
    'git show main:design.yaml | <%= config.bin %> diff - design.yaml --base-name main:design.yaml --format markdown > comment.md',
    '<%= config.bin %> diff --compare-to main.json design.yaml',
    "<%= config.bin %> diff base.yaml design.yaml --fail-on 'storage.total > +20%' --fail-on 'findings.added > 0'",
    "<%= config.bin %> diff base.yaml design.yaml --fail-on 'availability.slo.downtime.year > +0' --fail-on 'cost.monthly > +$10000'",
    '<%= config.bin %> diff base.yaml design.yaml --format json --all > diff.json',
  ],
  args: ARGS,
  flags: FLAGS,


  /**
   * Two versions of a spec in, what changed out; exit 1 when a --fail-on
   * threshold holds. Both versions are reviewed with the same rule settings,
   * so that findings differ only because the spec did. Every input problem
   * (both specs, the overlay, the configuration, the --fail-on expressions)
   * is reported at once.
   */
  run: ({args, flags}, io) =>
    withDiagnostics(async () => {
      const parseAll = async () => valuesOrProblems(flags['fail-on'].map((text, i) => parseFailOn(text, i + 1)))
      const saved = flags['compare-to']
      if (saved !== undefined) {
        if (args.head !== undefined) usage('--compare-to is the base: give only the spec to compare with it', 'e.g. `sizeup diff --compare-to main.json design.yaml`')
        return compareToSaved(saved, args.base, flags, io, parseAll)
      }
      if (args.head === undefined) usage('missing <head>: the later version of the spec (YAML)', 'give both versions, or --compare-to a saved report and the spec')
      if (args.base === '-' && args.head === '-') {
        const hint = 'give one version as a file, e.g. `git show main:design.yaml | sizeup diff - design.yaml`'
        await allInputs([parseAll(), Promise.reject(new SpecError([{file: '<stdin>', line: 1, column: 1, path: '', message: 'both <base> and <head> are `-`, but standard input can be read only once', hint}]))])
      }
      const analyser = createAnalyser({read: fileReader(io.stdin)})
      // Both versions are reviewed with the configuration `sizeup check` would find for head.
      const config = flags.config ?? (await discoverConfig(splitScenario(args.head).path))
      const side = (spec: string) => analyser.analyse({spec, overlay: flags.overlay, config})
      const [parsed, base, head] = await allInputs([parseAll(), side(args.base), side(args.head), analyser.config(config)] as const)
      // A side is a scenario when its name was read as one: the file read is then not the name itself (`design#v2` may be a file).
      const label = (arg: string, file: string): string => {
        const {scenario} = splitScenario(arg)
        return scenario === undefined || file === arg ? file : `${file}#${scenario}`
      }
      const diff = diffSides(sideFrom(base, flags['base-name'] ?? label(args.base, base.file)), sideFrom(head, label(args.head, head.file)))

      return outcomeOf(diff, head, parsed, (await analyser.config(config)).file, flags, io)
    }),
})

type DiffFlags = Parsed<typeof ARGS, typeof FLAGS>['flags']

/** The diff as the format asks, the --fail-on thresholds that hold on stderr, and exit 1 when one does. */
function outcomeOf(diff: Diff, head: Report, parsed: readonly ParsedThreshold[], configFile: string | null, flags: DiffFlags, io: CommandIO): Outcome {
  const results = valuesOrProblems(parsed.map((t) => resolveThreshold(t, diff, unitConventionsOf(head)))).map((t) => evaluate(t, diff))
  const format = flags.json ? 'json' : flags.format
  const stdout = renderDiff(diff, format, {all: flags.all, thresholds: results, config: configFile}, terminalStyle(flags.color, io))
  const holding = results.filter((r) => r.holds)
  const stderr = [...head.warnings.map((w) => `sizeup: ${terminal(w)}`), ...holding.map((r) => `sizeup: --fail-on \`${terminal(r.expression)}\` holds (${terminal(thresholdActual(r, diff))})`)].map((l) => `${l}\n`).join('')
  return {stdout, stderr, exitCode: holding.length > 0 ? 1 : 0}
}

/**
 * `--compare-to saved.json spec`: the base is a report saved with `report
 * --json` (its findings as reviewed then), the head the spec analysed now
 * with the configuration found next to it. Infracost's --compare-to, for designs.
 */
async function compareToSaved(saved: string, spec: string, flags: DiffFlags, io: CommandIO, parseAll: () => Promise<ParsedThreshold[]>): Promise<Outcome> {
  const analyser = createAnalyser({read: fileReader(io.stdin)})
  const config = flags.config ?? (await discoverConfig(splitScenario(spec).path))
  const savedBase = async () => {
    const {text, file} = await readFileInput(saved, 'report')
    return parseSavedReport(text, file)
  }
  const [parsed, base, head] = await allInputs([parseAll(), savedBase(), analyser.analyse({spec, overlay: flags.overlay, config}), analyser.config(config)] as const)
  const diff = diffSides(sideFrom(base, flags['base-name'] ?? saved), sideFrom(head, head.file))
  return outcomeOf(diff, head, parsed, (await analyser.config(config)).file, flags, io)
}

/** Values, or every problem among them at once. */
function valuesOrProblems<T extends object>(results: readonly (T | Diagnostic)[]): T[] {
  const problems = results.filter((r): r is Diagnostic => 'file' in r && 'line' in r)
  if (problems.length > 0) throw new SpecError(problems)
  return results as T[]
}

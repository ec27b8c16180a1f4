import {diffSides} from '../diff/compare.js'
import {type ParsedThreshold, parseFailOn} from '../diff/fail-on.js'
import {sideFrom} from '../diff/side.js'
import {evaluate, resolveThreshold, type Threshold} from '../diff/thresholds.js'
import type {Diff} from '../diff/types.js'
import type {AppliedOverlay} from '../overlay/apply.js'
import type {UnitConventions} from '../quantity/units.js'
import {renderDiffJson} from '../render/diff/json.js'
import {renderDiffMarkdown} from '../render/diff/markdown.js'
import {thresholdActual} from '../render/diff/numbers.js'
import {type DiffRenderOptions, renderDiffText} from '../render/diff/text.js'
import {loadConfig} from '../config/load.js'
import {type CheckConfig, DEFAULT_CONFIG} from '../config/types.js'
import {RULE_DATA} from '../review/generated/rules-data.js'
import {RULES} from '../review/ruleset.js'
import {type ReviewSettings, runReview} from '../review/run.js'
import type {Finding} from '../review/types.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {discoverConfig, readConfigFile} from './config-file.js'
import {type Analysis, analyseSpec, knowledgeFor} from './design-pipeline.js'
import {readSpecInput, splitScenario} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {terminalStyle} from './style.js'

export type DiffFormat = 'text' | 'markdown' | 'json'

export interface DiffOptions {
  /** Spec files (or `-` for standard input, on one side only). */
  readonly base: string
  readonly head: string
  readonly format: DiffFormat
  /** --fail-on expressions, as given. */
  readonly failOn: readonly string[]
  readonly overlay: string | undefined
  /** sizeup.config.yaml to take rule severities from; by default the one `sizeup check` finds for head. */
  readonly config: string | undefined
  /** List unchanged metrics too. */
  readonly all: boolean
  readonly color: boolean | undefined
}

/**
 * `sizeup diff`: two versions of a spec in, what changed out; exit 1 when a
 * --fail-on threshold holds. Both versions are reviewed with the same rule
 * settings: those of the configuration (--config, or sizeup.config.yaml found
 * next to head as `sizeup check` finds it), so that findings differ only
 * because the spec did. Every input problem (both specs, the overlay, the
 * configuration, the --fail-on expressions) is reported at once, with exit 2.
 */
export function runDiff(options: DiffOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    const problems: Diagnostic[] = []
    const parsed: ParsedThreshold[] = []
    options.failOn.forEach((text, i) => {
      const result = parseFailOn(text, i + 1)
      if ('file' in result) problems.push(result)
      else parsed.push(result)
    })
    if (options.base === '-' && options.head === '-') {
      const hint = 'give one version as a file, e.g. `git show main:design.yaml | sizeup diff - design.yaml`'
      throw new SpecError([...problems, {file: '<stdin>', line: 1, column: 1, path: '', message: 'both <base> and <head> are `-`, but standard input can be read only once', hint}])
    }

    const settled = await Promise.allSettled([knowledgeFor(options.overlay), loadSide(options.base), loadSide(options.head), configFor(options)] as const)
    for (const r of settled) {
      if (r.status === 'fulfilled') continue
      if (!(r.reason instanceof SpecError)) throw r.reason
      problems.push(...r.reason.diagnostics)
    }
    if (problems.length > 0) throw new SpecError(problems)
    const [knowledge, baseSpec, headSpec, config] = settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [AppliedOverlay, LoadedSpec, LoadedSpec, CheckConfig]

    const settings = config.settings
    const base = analyseSpec(baseSpec, knowledge)
    const head = analyseSpec(headSpec, knowledge)
    const diff = diffSides(sideFrom(base.report, review(base, settings)), sideFrom(head.report, review(head, settings)))

    const thresholds: Threshold[] = []
    for (const t of parsed) {
      const resolved = resolveThreshold(t, diff, unitConventions(headSpec))
      if ('file' in resolved) problems.push(resolved)
      else thresholds.push(resolved)
    }
    if (problems.length > 0) throw new SpecError(problems)
    const results = thresholds.map((t) => evaluate(t, diff))

    const stdout = render(diff, options, {all: options.all === true, thresholds: results, config: config.file})
    const holding = results.filter((r) => r.holds)
    const stderr = [...head.warnings, ...holding.map((r) => `sizeup: --fail-on \`${r.expression}\` holds (${thresholdActual(r, diff)})`)].map((l) => `${l}\n`).join('')
    return {stdout, stderr, exitCode: holding.length > 0 ? 1 : 0}
  })
}

/** One side of the diff: a spec file, `-`, or a scenario of a spec (`design.yaml#year3`). */
async function loadSide(file: string): Promise<LoadedSpec> {
  const {path, scenario} = splitScenario(file)
  const input = await readSpecInput(path)
  return loadSpec(input.text, scenario === undefined ? input.file : `${input.file}#${scenario}`, {scenario})
}

/** The configuration whose rule severities both versions are reviewed with; the defaults when there is none. */
async function configFor(options: DiffOptions): Promise<CheckConfig> {
  const path = options.config ?? (await discoverConfig(options.head))
  return path === null ? DEFAULT_CONFIG : loadConfig(await readConfigFile(path), path)
}

/** The review findings of one version (suppressed ones included, marked). */
function review(analysis: Analysis, settings: ReviewSettings): Finding[] {
  const {spec, estimate, decisions, plan} = analysis
  return runReview({context: {model: spec.model, estimate, decisions, plan}, source: spec.source, suppressions: spec.suppressions}, RULES, RULE_DATA, settings)
}

/** Head's calendar and byte units: what `+2 days` or `+1 PB` in a threshold mean. */
function unitConventions(spec: LoadedSpec): UnitConventions {
  const c = spec.model.conventions
  return {
    secondsPerDay: c.secondsPerDay.value,
    secondsPerMonth: c.secondsPerMonth.value,
    secondsPerYear: c.daysPerYear.value * c.secondsPerDay.value,
    binaryBytes: c.byteUnits === 'binary',
  }
}

function render(diff: Diff, options: DiffOptions, opts: DiffRenderOptions): string {
  switch (options.format) {
    case 'json':
      return renderDiffJson(diff, opts)
    case 'markdown':
      return renderDiffMarkdown(diff, opts)
    case 'text':
      return renderDiffText(diff, opts, terminalStyle(options.color))
  }
}

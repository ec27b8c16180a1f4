import type {CheckConfig} from '../config/types.js'
import type {Estimate} from '../engine/estimate.js'
import type {AppliedOverlay} from '../overlay/apply.js'
import type {RuleSet} from '../review/ruleset.js'
import {SpecError} from '../spec/diagnostic.js'
import {DEFAULT_SAMPLING, type Sampling} from '../spec/fields.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {assertComputable} from './computable.js'
import {estimateSpec} from './monte-carlo.js'
import type {EstimateReport, ScenarioSummary} from './estimate-report.js'
import {allInputs, type Reader, readSpec, type SourceText} from './inputs.js'
import {estimateReportOf} from './estimate-report.js'
import type {Report} from './report.js'
import {summariseScenarios} from './scenarios.js'
import {unknownSuppressions} from './suppressions.js'

/** What to analyse, each input named for the reader. */
export interface AnalysisRequest {
  /** The spec: a name the reader resolves; `design.yaml#year3` selects a scenario of it when `design.yaml` exists (specReadings). */
  readonly spec: string
  /** The scenario to analyse, when not named after `#`. */
  readonly scenario?: string | undefined
  /** An organisation overlay (approved technologies, own figures); none by default. */
  readonly overlay?: string | undefined
  /** A review configuration (sizeup.config.yaml): rule severities and thresholds; the defaults when null or absent. */
  readonly config?: string | null | undefined
}

export interface AnalysisOptions {
  readonly read: Reader
  /** Monte Carlo samples and seed for specs with ranges (default 10,000 samples, seed 1). */
  readonly sampling?: Sampling | undefined
  /** The review rules and their data (default: the shipped ones). */
  readonly rules?: RuleSet | undefined
}

/** A spec loaded and estimated: what `estimate`, `explain` and the rest of the pipeline start from. */
export interface Estimated {
  readonly input: SourceText
  readonly spec: LoadedSpec
  readonly estimate: Estimate
  /** The raw Monte Carlo samples of every uncertain value (empty for an exact spec). */
  readonly samples: ReadonlyMap<string, Float64Array>
  /** Every figure of the spec's scenarios, when the base spec (not a scenario) is analysed. */
  readonly scenarios: readonly ScenarioSummary[]
}

/**
 * The analysis over one reader: spec text in, Report out. Overlays and
 * configurations are read and checked once per name however many specs use
 * them (`sizeup check` of many files). Every problem of every input of a
 * request (spec, overlay, configuration) is reported at once.
 */
export interface Analyser {
  /** The whole pipeline: estimate, decisions, plan, cost, review, risks. */
  analyse(request: AnalysisRequest): Promise<Report>
  /** The spec loaded and estimated, with its scenarios' figures. */
  estimate(request: AnalysisRequest): Promise<Estimated>
  /**
   * The estimate report alone (what `sizeup estimate` prints), and the raw samples; with `outcomes`, a spec with
   * ranges also has its decisions under uncertainty (the Report's `outcomes`, the same computation).
   */
  estimateReport(request: AnalysisRequest, options?: {outcomes?: boolean}): Promise<{report: EstimateReport; samples: ReadonlyMap<string, Float64Array>}>
  /** The shipped knowledge, or the shipped knowledge with an overlay applied. */
  knowledge(overlay: string | undefined): Promise<AppliedOverlay>
  /** A review configuration, checked; the defaults for null. */
  config(name: string | null | undefined): Promise<CheckConfig>
}

/**
 * The stages after the estimate (decisions, plan, cost, review: the matrices,
 * capacities, prices and rules compiled into the build) load only when a
 * request needs them: `sizeup estimate` and `explain` start without them.
 */
const shippedRules = async (): Promise<RuleSet> => (await import('../review/ruleset.js')).SHIPPED_RULES
const shippedKnowledge = async (): Promise<AppliedOverlay> => ({...(await import('../overlay/knowledge.js')).SHIPPED, adjustments: {}, warnings: []})

export function createAnalyser(options: AnalysisOptions): Analyser {
  const sampling = options.sampling ?? DEFAULT_SAMPLING
  const rules = (): Promise<RuleSet> => (options.rules ? Promise.resolve(options.rules) : shippedRules())
  const knowledgeCache = new Map<string, Promise<AppliedOverlay>>()
  const configCache = new Map<string, Promise<CheckConfig>>()
  const once = <T>(cache: Map<string, Promise<T>>, name: string, load: () => Promise<T>): Promise<T> => {
    let loaded = cache.get(name)
    if (!loaded) cache.set(name, (loaded = load()))
    return loaded
  }

  const knowledge = (overlay: string | undefined): Promise<AppliedOverlay> =>
    overlay === undefined
      ? shippedKnowledge()
      : once(knowledgeCache, overlay, async () => {
          const [input, {applyOverlay}, {loadOverlay}, {SHIPPED}] = await Promise.all([options.read(overlay, 'overlay'), import('../overlay/apply.js'), import('../overlay/load.js'), import('../overlay/knowledge.js')])
          return applyOverlay(await loadOverlay(input.text, input.file), SHIPPED)
        })
  const config = (name: string | null | undefined): Promise<CheckConfig> =>
    name === null || name === undefined
      ? import('../config/types.js').then((m) => m.DEFAULT_CONFIG)
      : once(configCache, name, async () => {
          const [input, {loadConfig}] = await Promise.all([options.read(name, 'config'), import('../config/load.js')])
          return loadConfig(input.text, input.file, await rules())
        })

  /** The spec's text and the spec loaded from it (a suppression must name a rule that exists). */
  const load = async (request: AnalysisRequest): Promise<{input: SourceText; spec: LoadedSpec}> => {
    const named = await readSpec(request.spec, options.read)
    const input = named.input
    const spec = await loadSpec(input.text, input.file, {sampling, scenario: request.scenario ?? named.scenario})
    if (spec.source.data.suppress !== undefined) {
      const unknown = unknownSuppressions(spec.source, (await rules()).rules.map((r) => r.id))
      if (unknown.length > 0) throw new SpecError(unknown)
    }
    return {input, spec}
  }

  const estimated = async (input: SourceText, spec: LoadedSpec): Promise<Estimated> => {
    const {estimate, samples} = estimateSpec(spec)
    assertComputable(spec, estimate)
    const scenarios = spec.scenario === null ? await summariseScenarios(spec) : []
    return {input, spec, estimate, samples, scenarios}
  }

  return {
    knowledge,
    config,
    async estimate(request) {
      const {input, spec} = await load(request)
      return estimated(input, spec)
    },
    async estimateReport(request, wanted) {
      const {input, spec} = await load(request)
      const e = await estimated(input, spec)
      const report = estimateReportOf(spec, e.estimate, e.scenarios)
      if (wanted?.outcomes !== true || e.samples.size === 0) return {report, samples: e.samples}
      // The decisions, plan and bill load only now, for a spec with ranges.
      const [applied, {decisionOutcomes}, {regretWeightsOf}] = await Promise.all([knowledge(request.overlay), import('./decision-outcomes.js'), import('./regret-weights.js')])
      const outcomes = decisionOutcomes(spec.model, e.estimate, e.samples, applied, regretWeightsOf(spec))
      return {report: outcomes === null ? report : {...report, outcomes}, samples: e.samples}
    },
    async analyse(request) {
      const [applied, {input, spec}, configured, ruleSet, {reportOf}] = await allInputs([knowledge(request.overlay), load(request), config(request.config), rules(), import('./pipeline.js')] as const)
      const e = await estimated(input, spec)
      return reportOf(spec, e.estimate, e.scenarios, {knowledge: applied, rules: ruleSet, review: configured.settings}, e.samples)
    },
  }
}

/**
 * Everything sizeup derives from a spec, as one Report: the estimate, the
 * requirements, the decisions, the scaling plan and cost, the review's
 * findings and the risks. Throws a SpecError carrying every problem of every
 * input. No I/O of its own: inputs come through `options.read`.
 */
export function analyse(request: AnalysisRequest, options: AnalysisOptions): Promise<Report> {
  return createAnalyser(options).analyse(request)
}

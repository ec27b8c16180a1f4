import {estimateCost} from '../cost/estimate-cost.js'
import {estimate, type Estimate} from '../engine/estimate.js'
import {decide} from '../matrices/decide.js'
import type {Decision} from '../matrices/types.js'
import {applyOverlay, type AppliedOverlay} from '../overlay/apply.js'
import {SHIPPED} from '../overlay/knowledge.js'
import {loadOverlay} from '../overlay/load.js'
import {planScaling} from '../plan/plan.js'
import type {ScalingPlan} from '../plan/types.js'
import {buildDesignReport, type DesignReport} from '../render/design-report.js'
import {buildReport, type ScenarioSummary} from '../render/report.js'
import {decisionFacts} from '../render/risks.js'
import {assertComputable} from '../analysis/computable.js'
import {SpecError} from '../spec/diagnostic.js'
import {DEFAULT_SAMPLING} from '../spec/fields.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {readSpecInput, splitScenario} from './input.js'
import {summariseScenarios} from './scenarios.js'

/** Everything sizeup derives from one spec: what `report`, `check` and `diff` read. */
export interface Analysis {
  readonly spec: LoadedSpec
  readonly estimate: Estimate
  readonly decisions: readonly Decision[]
  readonly plan: ScalingPlan
  readonly report: DesignReport
  /** Things to say on stderr (an overlay that could not be fully applied). */
  readonly warnings: readonly string[]
}

/** The shipped knowledge, or the shipped knowledge with an org overlay applied. */
export async function knowledgeFor(overlayFile: string | undefined): Promise<AppliedOverlay> {
  if (overlayFile === undefined) return {...SHIPPED, adjustments: {}, warnings: []}
  const input = await readSpecInput(overlayFile)
  return applyOverlay(await loadOverlay(input.text, input.file), SHIPPED)
}

/** Analyses spec text: estimate, decisions (with the overlay's restrictions and weights), plan, cost, report. */
export async function analyseText(text: string, file: string, knowledge: AppliedOverlay, scenario?: string): Promise<Analysis> {
  const spec = await loadSpec(text, file, {scenario})
  return analyseSpec(spec, knowledge, spec.scenario === null ? await summariseScenarios(text, file, spec, DEFAULT_SAMPLING) : [])
}

/** Analyses a loaded spec (with its scenarios' headline figures, when it has scenarios). */
export function analyseSpec(spec: LoadedSpec, knowledge: AppliedOverlay, scenarios: readonly ScenarioSummary[] = []): Analysis {
  const model = spec.model
  const result = assertComputable(spec, estimate(model))
  const data = spec.source.data
  const base = buildReport(spec.file, model, data.description ?? null, result, scenarios)
  const decisions = decide(model, result, knowledge.matrices, knowledge.adjustments)
  const plan = planScaling(model, result, decisions, knowledge.capacities)
  const report = buildDesignReport({
    estimate: base,
    model,
    data,
    decisions,
    matrices: knowledge.matrices,
    facts: decisionFacts(model, result, decisions),
    plan,
    cost: estimateCost(model, result, decisions, plan, knowledge.prices),
  })
  return {spec, estimate: result, decisions, plan, report, warnings: knowledge.warnings.map((w) => `sizeup: overlay: ${w}`)}
}

/**
 * A spec file (or `-`) and an optional overlay file → the analysis. Spec and
 * overlay problems are reported together.
 */
export async function analyse(file: string, overlayFile: string | undefined): Promise<Analysis> {
  const {path, scenario} = splitScenario(file)
  const loading = readSpecInput(path).then(async (input) => ({input, spec: await loadSpec(input.text, input.file, {scenario})}))
  const [knowledge, {input, spec}] = await settleInputs(knowledgeFor(overlayFile), loading)
  return analyseSpec(spec, knowledge, spec.scenario === null ? await summariseScenarios(input.text, input.file, spec, DEFAULT_SAMPLING) : [])
}

/** The design report of a spec file, and anything to say on stderr. */
export async function designReportFor(file: string, overlayFile: string | undefined): Promise<{report: DesignReport; warnings: readonly string[]}> {
  const {report, warnings} = await analyse(file, overlayFile)
  return {report, warnings}
}

/** Waits for both inputs; if either has problems, throws all of their diagnostics at once. */
export async function settleInputs<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'fulfilled' && rb.status === 'fulfilled') return [ra.value, rb.value]
  const failures = [ra, rb].filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown)
  const other = failures.find((e) => !(e instanceof SpecError))
  if (other !== undefined) throw other
  throw new SpecError(failures.flatMap((e) => (e as SpecError).diagnostics))
}

import {estimateCost} from '../cost/estimate-cost.js'
import {estimate} from '../engine/estimate.js'
import {decide} from '../matrices/decide.js'
import {applyOverlay, type AppliedOverlay} from '../overlay/apply.js'
import {SHIPPED} from '../overlay/knowledge.js'
import {loadOverlay} from '../overlay/load.js'
import {planScaling} from '../plan/plan.js'
import {buildDesignReport, type DesignReport} from '../render/design-report.js'
import {buildReport} from '../render/report.js'
import {decisionFacts} from '../render/risks.js'
import {SpecError} from '../spec/diagnostic.js'
import {loadSpec} from '../spec/load.js'
import {readSpecInput} from './input.js'

/** The shipped knowledge, or the shipped knowledge with an org overlay applied. */
async function knowledgeFor(overlayFile: string | undefined): Promise<AppliedOverlay> {
  if (overlayFile === undefined) return {...SHIPPED, adjustments: {}, warnings: []}
  const input = await readSpecInput(overlayFile)
  return applyOverlay(await loadOverlay(input.text, input.file), SHIPPED)
}

/**
 * A spec file (or `-`) → the design report: estimate, decisions (with the
 * overlay's restrictions and weights), scaling plan and monthly cost, and
 * anything to say on stderr. Spec and overlay problems are reported together.
 */
export async function designReportFor(file: string, overlayFile: string | undefined): Promise<{report: DesignReport; warnings: readonly string[]}> {
  const [knowledge, spec] = await settleInputs(knowledgeFor(overlayFile), readSpecInput(file).then((input) => loadSpec(input.text, input.file)))
  const model = spec.model
  const result = estimate(model)
  const data = spec.source.data as {description?: unknown}
  const base = buildReport(spec.file, model, typeof data.description === 'string' ? data.description : null, result)
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
  return {report, warnings: knowledge.warnings.map((w) => `sizeup: overlay: ${w}`)}
}

/** Waits for both inputs; if either has problems, throws all of their diagnostics at once. */
async function settleInputs<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'fulfilled' && rb.status === 'fulfilled') return [ra.value, rb.value]
  const failures = [ra, rb].filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown)
  const other = failures.find((e) => !(e instanceof SpecError))
  if (other !== undefined) throw other
  throw new SpecError(failures.flatMap((e) => (e as SpecError).diagnostics))
}

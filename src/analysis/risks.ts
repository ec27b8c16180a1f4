import type {Risk} from '../analysis/generated/schema-types.js'
import type {Check} from '../engine/availability.js'
import type {Estimate} from '../engine/estimate.js'
import type {SystemModel} from '../spec/model.js'
import {factsRead} from '../matrices/conditions.js'
import {decidedSystemFacts, decidedWorkloadFacts} from '../matrices/facts-decided.js'
import {systemFacts, workloadFacts} from '../matrices/facts.js'
import type {Decision, Facts, Matrix} from '../matrices/types.js'

export {factsRead} from '../matrices/conditions.js'

/**
 * A decision won by this many points or fewer over its runner-up is a close
 * call: a tie broken by the matrix's order, or a lead that the weakest
 * criterion (1 point) firing the other way would erase.
 */
export const CLOSE_CALL_POINTS = 1

/** What a reviewer should look at first (scripts/report-schema.mjs). */
export type {Risk} from '../analysis/generated/schema-types.js'

/** The facts each decision was scored on, by decision id. */
export type StatedFacts = Readonly<Record<string, Facts>>

/** Recomputes the facts decide() scored each decision on (pure: the same functions, the same inputs). */
export function decisionFacts(model: SystemModel, e: Estimate, decisions: readonly Decision[]): StatedFacts {
  const system = systemFacts(model, e)
  const out: Record<string, Facts> = {}
  for (const d of decisions) {
    const workload = d.subject === null ? undefined : model.workloads.find((w) => w.name === d.subject)
    // The decided facts depend only on the datastore decisions, which come first: all decisions give the same.
    out[d.id] = workload ? {...workloadFacts(model, e, workload, system), ...decidedWorkloadFacts(decisions, workload.name)} : {...system, ...decidedSystemFacts(decisions)}
  }
  return out
}

/** Failed checks, then close calls, then unstated facts that could change a decision; each in a stable order. */
export function risksOf(checks: readonly Check[], decisions: readonly Decision[], matrices: readonly Matrix[], facts: StatedFacts): Risk[] {
  const risks: Risk[] = []
  for (const c of checks) if (!c.pass) risks.push({kind: 'failed-check', check: c.id, message: c.message, metrics: c.metrics})
  for (const d of decisions) {
    if (!d.runnerUp) continue
    const margin = d.choice.score - d.runnerUp.score
    if (margin <= CLOSE_CALL_POINTS) risks.push({kind: 'close-call', decision: d.id, choice: d.choice.id, runnerUp: d.runnerUp.id, marginPoints: margin})
  }
  return [...risks, ...unstatedFacts(decisions, matrices, facts)]
}

function unstatedFacts(decisions: readonly Decision[], matrices: readonly Matrix[], facts: StatedFacts): Risk[] {
  // Keyed by the spec path the fact would come from, so a system fact read by
  // every workload's decision is one risk, not one per workload.
  const byPath = new Map<string, {fact: string; path: string | null; decisions: string[]}>()
  for (const d of decisions) {
    const matrix = matrices.find((m) => m.id === d.matrix)
    const seen = facts[d.id]
    if (!matrix || !seen) continue
    for (const name of factsRead(matrix)) {
      const fact = seen[name]
      if (!fact || fact.value !== null) continue
      // A fact no value of which would change the choice is no risk to it: the
      // flip points tried its values against the same matrix. (Decisions scored
      // without flip points, in sampled worlds, keep every unstated fact.)
      if (d.flipPoints.length > 0 && !d.flipPoints.some((f) => f.fact === name && f.flips.length > 0)) continue
      const key = fact.from ?? name
      const entry = byPath.get(key) ?? {fact: name, path: fact.from ?? null, decisions: []}
      if (!entry.decisions.includes(d.id)) entry.decisions.push(d.id)
      byPath.set(key, entry)
    }
  }
  return [...byPath.values()]
    .sort((a, b) => (a.path ?? a.fact).localeCompare(b.path ?? b.fact, 'en'))
    .map((e) => ({kind: 'unstated-fact', fact: e.fact, path: e.path, decisions: e.decisions}))
}

import type {Estimate} from '../engine/estimate.js'
import type {SystemModel} from '../spec/model.js'
import {holds} from './conditions.js'
import {decidedSystemFacts, decidedWorkloadFacts} from './facts-decided.js'
import {systemFacts, workloadFacts} from './facts.js'
import {select, type Weights} from './select.js'
import type {Decision, Facts, Matrix} from './types.js'

/** What an organisation overlay changes in a matrix: which options exist, and extra points. */
export interface MatrixAdjustment {
  readonly allow?: readonly string[]
  readonly weights?: Weights
}

/**
 * Every decision for a system: each workload matrix once per workload it
 * applies to, each system matrix once, in the order the matrices are given.
 */
export function decide(model: SystemModel, e: Estimate, matrices: readonly Matrix[], adjustments: Readonly<Record<string, MatrixAdjustment>> = {}, withFlipPoints = true): Decision[] {
  const system = systemFacts(model, e)
  // A workload's own facts do not depend on the decisions made so far: read once, not once per matrix.
  const workloadFactsOf = new Map<string, Facts>()
  const ofWorkload = (w: SystemModel['workloads'][number]): Facts => {
    let facts = workloadFactsOf.get(w.name)
    if (!facts) workloadFactsOf.set(w.name, (facts = workloadFacts(model, e, w, system)))
    return facts
  }
  const decisions: Decision[] = []
  for (const raw of matrices) {
    const adjustment = adjustments[raw.id] ?? {}
    const matrix = restrict(raw, adjustment.allow)
    const ask = (facts: Facts, subject: string | null): void => {
      if (matrix.appliesWhen && !holds(matrix.appliesWhen, facts, matrix.thresholds)) return
      decisions.push(select(matrix, facts, subject, adjustment.weights, withFlipPoints))
    }
    // Facts read off the decisions made so far (the data store chosen): a later matrix reads them.
    if (matrix.subject === 'system') ask({...system, ...decidedSystemFacts(decisions)}, null)
    else for (const w of model.workloads) ask({...ofWorkload(w), ...decidedWorkloadFacts(decisions, w.name)}, w.name)
  }
  return decisions
}

/** A matrix limited to the options an organisation allows (the default moves to the first allowed). */
function restrict(matrix: Matrix, allow: readonly string[] | undefined): Matrix {
  if (!allow) return matrix
  const options = matrix.options.filter((o) => allow.includes(o.id))
  if (options.length === 0) return matrix
  return {...matrix, options, default: options.some((o) => o.id === matrix.default) ? matrix.default : options[0]!.id}
}

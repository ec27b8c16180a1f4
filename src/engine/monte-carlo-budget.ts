import {MAX_SAMPLED_VALUES, samplesThatFit} from '../quantity/sample-budget.js'
import type {ComputeGraph} from './ledger.js'

/**
 * Formula terms the Monte Carlo may evaluate in one estimate: for every
 * sample, each uncertain metric's terms (its inputs; k for a k-of-n
 * component), and then the sensitivity analysis's two re-evaluations per
 * uncertain input of the metrics it moves. 20 million is under a second; the
 * social feed forecast at 100,000 samples takes 16.5 million.
 */
export const MAX_MONTE_CARLO_STEPS = 20_000_000

/** A Monte Carlo larger than the budget; the analysis locates it at the spec's first range. */
export class MonteCarloBudgetError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    /** The spec fields whose ranges are sampled, in derivation order. */
    readonly sources: readonly string[],
  ) {
    super(message)
    this.name = 'MonteCarloBudgetError'
  }
}

/** Steps left for the sensitivity analysis once the samples are paid for. */
export interface StepBudget {
  steps: number
}

/**
 * Checks, before anything is sampled, that the uncertain metrics' arrays fit
 * MAX_SAMPLED_VALUES and their evaluation MAX_MONTE_CARLO_STEPS; returns the
 * steps left. A metric is uncertain when any of its inputs is (sampling.ts
 * samples exactly those).
 */
export function chargeSampling(graph: ComputeGraph, samples: number): StepBudget {
  const uncertain = new Set(graph.sampled.keys())
  let cost = 0
  for (const node of graph.nodes) {
    const formula = graph.formulas.get(node.id)
    if (!formula || uncertain.has(node.id) || !Object.values(formula.inputs).some((id) => uncertain.has(id))) continue
    uncertain.add(node.id)
    cost += formula.cost
  }
  const values = uncertain.size
  const fit = Math.min(samplesThatFit(values), Math.floor(MAX_MONTE_CARLO_STEPS / Math.max(1, cost)))
  const refuse = (message: string): never => {
    throw new MonteCarloBudgetError(message, fit >= 100 ? `use fewer samples: at most ${fit} fit (--samples ${fit})` : 'give fewer fields a range: even 100 samples of this many uncertain values do not fit', sourcesOf(graph))
  }
  if (values * samples > MAX_SAMPLED_VALUES) refuse(`${samples} samples of ${values} uncertain values are ${values * samples} numbers; the limit is ${MAX_SAMPLED_VALUES}`)
  if (cost * samples > MAX_MONTE_CARLO_STEPS) refuse(`${samples} samples of ${values} uncertain values take ${cost * samples} formula steps; the limit is ${MAX_MONTE_CARLO_STEPS}`)
  return {steps: MAX_MONTE_CARLO_STEPS - cost * samples}
}

/** Spends `steps` of the budget on the sensitivity analysis, or refuses when they are not left. */
export function chargeSensitivity(graph: ComputeGraph, budget: StepBudget, steps: number): void {
  budget.steps -= steps
  if (budget.steps < 0) {
    throw new MonteCarloBudgetError(
      `the sensitivity analysis of ${graph.sampled.size} uncertain inputs takes more than the ${MAX_MONTE_CARLO_STEPS} formula steps of the Monte Carlo budget`,
      'give fewer fields a range, or fewer samples so that more of the budget is left',
      sourcesOf(graph),
    )
  }
}

function sourcesOf(graph: ComputeGraph): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  return [...graph.sampled.keys()].map((id) => byId.get(id)?.source).filter((s): s is string => typeof s === 'string')
}

import {MAX_SAMPLED_VALUES, samplesThatFit} from '../quantity/sample-budget.js'
import type {ComputeGraph} from './ledger.js'

/**
 * Formula terms the Monte Carlo may evaluate in one estimate: for every
 * sample, each uncertain metric's terms (its inputs; 2 (n + 1) for a k-of-n
 * component). 25 million is about a second where every formula runs its
 * closure per sample (a formula whose text is plain arithmetic runs as a
 * kernel, several times faster): the social feed forecast
 * takes 228 a sample, so its 100,000 samples fit; 100 ranged workloads about 11,200.
 */
export const MAX_MONTE_CARLO_STEPS = 25_000_000

/**
 * Formula terms the sensitivity analysis may evaluate: for each uncertain
 * input, the metrics it reaches, twice (at its p5 and its p95). This does not
 * depend on the samples, so it has a budget of its own, and the samples that
 * fit the one above are the samples that run. 5 million is about a sixth of
 * a second; 200 workloads with four ranges each fit, 300 do not (each range
 * reaches the system's totals, which sum every workload).
 */
export const MAX_SENSITIVITY_STEPS = 5_000_000

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

/** Steps left to spend, for the sensitivity analysis. */
export interface StepBudget {
  steps: number
}

/** A fresh budget for one sensitivity analysis. */
export function sensitivityBudget(): StepBudget {
  return {steps: MAX_SENSITIVITY_STEPS}
}

/**
 * Refuses, before anything is sampled, uncertain metrics whose arrays would
 * pass MAX_SAMPLED_VALUES or whose evaluation would pass MAX_MONTE_CARLO_STEPS.
 * A metric is uncertain when any of its inputs is (sampling.ts samples
 * exactly those). `held`, for a run that drops arrays after their last
 * reader (program-schedule.ts), is the most arrays it holds at once, which is
 * then what is charged; without it, every uncertain value's array is.
 */
export function chargeSampling(graph: ComputeGraph, samples: number, held?: number): void {
  const uncertain = new Set(graph.sampled.keys())
  let cost = 0
  for (const node of graph.nodes) {
    const formula = graph.formulas.get(node.id)
    if (!formula || uncertain.has(node.id) || !Object.values(formula.inputs).some((id) => uncertain.has(id))) continue
    uncertain.add(node.id)
    cost += formula.cost
  }
  const values = held ?? uncertain.size
  const fit = Math.min(samplesThatFit(values), Math.floor(MAX_MONTE_CARLO_STEPS / Math.max(1, cost)))
  const refuse = (message: string): never => {
    throw new MonteCarloBudgetError(message, fit >= 100 ? `use fewer samples: at most ${fit} fit (--samples ${fit})` : 'give fewer fields a range: even 100 samples of this many uncertain values do not fit', sourcesOf(graph))
  }
  const what = held === undefined ? `${values} uncertain values` : `${uncertain.size} uncertain values, ${values} held at once,`
  if (values * samples > MAX_SAMPLED_VALUES) refuse(`${samples} samples of ${what} are ${values * samples} numbers; the limit is ${MAX_SAMPLED_VALUES}`)
  if (cost * samples > MAX_MONTE_CARLO_STEPS) refuse(`${samples} samples of ${uncertain.size} uncertain values take ${cost * samples} formula steps; the limit is ${MAX_MONTE_CARLO_STEPS}`)
}

/** Spends `steps` of the sensitivity analysis's budget, or refuses when they are not left. */
export function chargeSensitivity(graph: ComputeGraph, budget: StepBudget, steps: number): void {
  budget.steps -= steps
  if (budget.steps < 0) {
    throw new MonteCarloBudgetError(
      `the sensitivity analysis of ${graph.sampled.size} uncertain inputs takes more than ${MAX_SENSITIVITY_STEPS} formula steps; the limit is ${MAX_SENSITIVITY_STEPS}`,
      'give fewer fields a range: each one is swung on its own through every metric it reaches',
      sourcesOf(graph),
    )
  }
}

function sourcesOf(graph: ComputeGraph): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  return [...graph.sampled.keys()].map((id) => byId.get(id)?.source).filter((s): s is string => typeof s === 'string')
}

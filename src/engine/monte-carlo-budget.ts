import {MAX_SAMPLED_VALUES, samplesThatFit} from '../quantity/sample-budget.js'
import type {ComputeGraph, Formula} from './ledger.js'
import type {Program} from './program.js'

/**
 * Formula steps the Monte Carlo may evaluate in one estimate: for every
 * sample, each uncertain metric's terms (its inputs; 2 (n + 1) for a k-of-n
 * component) where its closure runs per sample, a quarter of them where it
 * runs as a kernel over whole arrays or is a sum folded as its parts come
 * (ARRAY_TERMS_PER_STEP). 500 million is about 20 seconds where every formula
 * runs its closure, a few where they run as kernels: the social feed forecast
 * takes 228 terms a sample, so its 100,000 samples fit; 1,000 ranged
 * workloads (2 ranges each) about 41,500 steps, so their 10,000 fit.
 */
export const MAX_MONTE_CARLO_STEPS = 500_000_000

/**
 * Terms over whole arrays (a kernel's, a folded sum's, the sensitivity's
 * sums added in a loop) charged as one step: at 10,000 samples of 100
 * workloads, a kernel's term took 24 ns and a closure's 119 (a loaded 2-core
 * machine, the same run), so 4 is on the safe side of 5.
 */
export const ARRAY_TERMS_PER_STEP = 4

/**
 * Formula steps the sensitivity analysis may evaluate: for each uncertain
 * input, the metrics it reaches that lead to one asked for, twice (at its p5 and its p95), a sum's parts
 * at ARRAY_TERMS_PER_STEP. This does not depend on the samples, so it has a
 * budget of its own, and the samples that fit the one above are the samples
 * that run. 20 million is about a second; 1,000 workloads with two ranges
 * each take 4.1 million (each range reaches the system's totals that lead to
 * a headline metric, which sum every workload), so they fit.
 */
export const MAX_SENSITIVITY_STEPS = 20_000_000

/** The steps one evaluation of a formula is charged (see ARRAY_TERMS_PER_STEP). */
export function stepsOf(formula: Formula, overArrays: boolean): number {
  return overArrays ? formula.cost / ARRAY_TERMS_PER_STEP : formula.cost
}

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
 * exactly those: the program's inputs and steps). `held`, for a run that drops arrays after their last
 * reader (program-schedule.ts), is the most arrays it holds at once, which is
 * then what is charged; without it, every uncertain value's array is.
 */
export function chargeSampling(graph: ComputeGraph, program: Program, samples: number, held?: number): void {
  const uncertain = program.inputs.length + program.steps.length
  let cost = 0
  for (const step of program.steps) cost += stepsOf(step.formula, step.kernel !== null)
  cost = Math.ceil(cost)
  const values = held ?? uncertain
  const fit = Math.min(samplesThatFit(values), Math.floor(MAX_MONTE_CARLO_STEPS / Math.max(1, cost)))
  const refuse = (message: string): never => {
    throw new MonteCarloBudgetError(message, fit >= 100 ? `use fewer samples: at most ${fit} fit (--samples ${fit})` : 'give fewer fields a range: even 100 samples of this many uncertain values do not fit', sourcesOf(graph))
  }
  const what = held === undefined ? `${values} uncertain values` : `${uncertain} uncertain values, ${values} held at once,`
  if (values * samples > MAX_SAMPLED_VALUES) refuse(`${samples} samples of ${what} are ${values * samples} numbers; the limit is ${MAX_SAMPLED_VALUES}`)
  if (cost * samples > MAX_MONTE_CARLO_STEPS) refuse(`${samples} samples of ${uncertain} uncertain values take ${cost * samples} formula steps; the limit is ${MAX_MONTE_CARLO_STEPS}`)
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

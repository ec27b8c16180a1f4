import {type Estimate, estimateWithSamples} from '../engine/estimate.js'
import {MonteCarloBudgetError} from '../engine/monte-carlo-budget.js'
import {SpecError} from '../spec/diagnostic.js'
import {locate} from '../spec/document.js'
import type {LoadedSpec} from '../spec/load.js'

/**
 * The estimate and its raw samples; a Monte Carlo over its budget is bad
 * input like any other: located at the spec's first range (what makes the
 * run uncertain), saying the limit and how many samples would fit.
 */
export function estimateSpec(spec: LoadedSpec): {estimate: Estimate; samples: ReadonlyMap<string, Float64Array>} {
  try {
    return estimateWithSamples(spec.model)
  } catch (e) {
    if (!(e instanceof MonteCarloBudgetError)) throw e
    const first = e.sources[0]
    const at = first === undefined ? {line: 1, column: 1} : locate(spec.source, first.split('.'))
    throw new SpecError([{file: spec.file, ...at, path: first ?? '', message: e.message, hint: e.hint}])
  }
}

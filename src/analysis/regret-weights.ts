import {DEFAULT_REGRET, DEFAULT_REGRET_SOURCE, type RegretWeights} from '../matrices/under-uncertainty.js'
import type {LoadedSpec} from '../spec/load.js'

/**
 * The least-regret pick's weights for a spec: what its `uncertainty.regret`
 * states (the schema has checked each is a number in range), each weight it
 * leaves out at Netflix's default; and where they come from.
 */
export function regretWeightsOf(spec: LoadedSpec): {weights: RegretWeights; source: string} {
  const stated = spec.source.data.uncertainty?.regret
  if (stated === undefined) return {weights: DEFAULT_REGRET, source: DEFAULT_REGRET_SOURCE}
  const weights: RegretWeights = {
    overProvision: stated.overProvisioning ?? DEFAULT_REGRET.overProvision,
    underProvision: stated.underProvisioning ?? DEFAULT_REGRET.underProvision,
    exponent: stated.exponent ?? DEFAULT_REGRET.exponent,
  }
  const all = stated.overProvisioning !== undefined && stated.underProvisioning !== undefined && stated.exponent !== undefined
  return {weights, source: all ? 'spec (uncertainty.regret)' : `spec (uncertainty.regret); the weights it leaves out: ${DEFAULT_REGRET_SOURCE}`}
}

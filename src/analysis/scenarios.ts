import {estimate} from '../engine/estimate.js'
import {POINTS_ONLY} from '../spec/fields.js'
import {type LoadedSpec, loadParsed} from '../spec/load.js'
import {assertComputable} from './computable.js'
import type {ScenarioSummary} from './estimate-report.js'
import {allInputs} from './inputs.js'

/**
 * Every scenario of the spec, estimated: every metric's value (point values:
 * no Monte Carlo); all scenarios' problems at once.
 */
export async function summariseScenarios(spec: LoadedSpec): Promise<ScenarioSummary[]> {
  const loaded = await allInputs(spec.scenarios.map((name) => loadParsed(spec.source, {sampling: POINTS_ONLY, scenario: name})))
  return loaded.map((scenario, i) => {
    const e = assertComputable(scenario, estimate(scenario.model))
    // Every metric of the scenario, as `--scenario` would estimate it: a reader compares any of them.
    const metrics: Record<string, number> = {}
    for (const node of e.metrics) metrics[node.id] = node.value
    return {name: spec.scenarios[i]!, metrics}
  })
}

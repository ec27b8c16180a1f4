import {estimate} from '../engine/estimate.js'
import {HEADLINE_METRICS} from '../engine/headline.js'
import {findMetric} from '../engine/metrics.js'
import {POINTS_ONLY} from '../spec/fields.js'
import {type LoadedSpec, loadParsed} from '../spec/load.js'
import {assertComputable} from './computable.js'
import type {ScenarioSummary} from './estimate-report.js'
import {allInputs} from './inputs.js'

/**
 * Every scenario of the spec, estimated: its headline figures (point values:
 * no Monte Carlo, which they would not read); all scenarios' problems at once.
 */
export async function summariseScenarios(spec: LoadedSpec): Promise<ScenarioSummary[]> {
  const loaded = await allInputs(spec.scenarios.map((name) => loadParsed(spec.source, {sampling: POINTS_ONLY, scenario: name})))
  return loaded.map((scenario, i) => {
    const e = assertComputable(scenario, estimate(scenario.model))
    const metrics: Record<string, number> = {}
    for (const id of HEADLINE_METRICS) {
      // A scenario without an SLO has no downtime budget, one without reads no cache: listed when present.
      const node = findMetric(e.metrics, id)
      if (node) metrics[id] = node.value
    }
    return {name: spec.scenarios[i]!, metrics}
  })
}

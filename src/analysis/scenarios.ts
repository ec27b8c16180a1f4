import {estimate} from '../engine/estimate.js'
import {HEADLINE_METRICS} from '../engine/headline.js'
import {findMetric} from '../engine/metrics.js'
import type {Sampling} from '../spec/fields.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {assertComputable} from './computable.js'
import type {ScenarioSummary} from './estimate-report.js'
import {allInputs, type SourceText} from './inputs.js'

/** Every scenario of the spec, estimated: its headline figures; all scenarios' problems at once. */
export async function summariseScenarios(input: SourceText, spec: LoadedSpec, sampling: Sampling): Promise<ScenarioSummary[]> {
  const loaded = await allInputs(spec.scenarios.map((name) => loadSpec(input.text, input.file, {sampling, scenario: name})))
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

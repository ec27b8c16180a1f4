import {estimate} from '../engine/estimate.js'
import {HEADLINE_METRICS} from '../engine/headline.js'
import type {ScenarioSummary} from '../render/report.js'
import {assertComputable} from '../analysis/computable.js'
import {SpecError} from '../spec/diagnostic.js'
import type {Sampling} from '../spec/fields.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'

/** Every scenario of the spec, estimated: its headline figures; all scenarios' problems at once. */
export async function summariseScenarios(text: string, file: string, spec: LoadedSpec, sampling: Sampling): Promise<ScenarioSummary[]> {
  const settled = await Promise.allSettled(spec.scenarios.map((name) => loadSpec(text, file, {sampling, scenario: name})))
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as unknown)
  if (failed.some((e) => !(e instanceof SpecError))) throw failed.find((e) => !(e instanceof SpecError))
  if (failed.length > 0) throw new SpecError(failed.flatMap((e) => (e as SpecError).diagnostics))
  return settled.map((s, i) => {
    const loaded = (s as PromiseFulfilledResult<LoadedSpec>).value
    const e = assertComputable(loaded, estimate(loaded.model))
    const metrics: Record<string, number> = {}
    for (const id of HEADLINE_METRICS) if (e.metrics[id]) metrics[id] = e.metrics[id]!.value
    return {name: spec.scenarios[i]!, metrics}
  })
}

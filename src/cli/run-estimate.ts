import {estimate, estimateWithSamples} from '../engine/estimate.js'
import {HEADLINE_METRICS} from '../engine/headline.js'
import {buildReport, type ScenarioSummary} from '../render/report.js'
import {renderTerminal} from '../render/terminal.js'
import {SpecError} from '../spec/diagnostic.js'
import {DEFAULT_SAMPLING, type Sampling} from '../spec/fields.js'
import {type LoadedSpec, loadSpec} from '../spec/load.js'
import {readSpecInput, splitScenario} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {writeSamples} from './samples-out.js'
import {terminalStyle} from './style.js'

export interface EstimateOptions {
  readonly file: string
  readonly json: boolean
  readonly color: boolean | undefined
  readonly scenario?: string | undefined
  readonly samples?: number | undefined
  readonly seed?: number | undefined
  readonly samplesOut?: string | undefined
}

/** `sizeup estimate`: spec in, tables or JSON out; scenarios side by side; bands when the spec has ranges. */
export function runEstimate(options: EstimateOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    const {path, scenario} = splitScenario(options.file)
    const input = await readSpecInput(path)
    const sampling: Sampling = {samples: options.samples ?? DEFAULT_SAMPLING.samples, seed: options.seed ?? DEFAULT_SAMPLING.seed}
    const spec = await loadSpec(input.text, input.file, {sampling, scenario: options.scenario ?? scenario})
    const {estimate: result, samples} = estimateWithSamples(spec.model)
    const scenarios = spec.scenario === null ? await summariseScenarios(input.text, input.file, spec, sampling) : []
    const description = (spec.source.data as {description?: unknown}).description
    const report = buildReport(input.file, spec.model, typeof description === 'string' ? description : null, result, scenarios)
    if (options.samplesOut !== undefined) await writeSamples(options.samplesOut, samples)
    const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : renderTerminal(report, terminalStyle(options.color))
    return {stdout, stderr: '', exitCode: 0}
  })
}

/** Every scenario of the spec, estimated: its headline figures; all scenarios' problems at once. */
async function summariseScenarios(text: string, file: string, spec: LoadedSpec, sampling: Sampling): Promise<ScenarioSummary[]> {
  const settled = await Promise.allSettled(spec.scenarios.map((name) => loadSpec(text, file, {sampling, scenario: name})))
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as unknown)
  if (failed.some((e) => !(e instanceof SpecError))) throw failed.find((e) => !(e instanceof SpecError))
  if (failed.length > 0) throw new SpecError(failed.flatMap((e) => (e as SpecError).diagnostics))
  return settled.map((s, i) => {
    const e = estimate((s as PromiseFulfilledResult<LoadedSpec>).value.model)
    const metrics: Record<string, number> = {}
    for (const id of HEADLINE_METRICS) if (e.metrics[id]) metrics[id] = e.metrics[id]!.value
    return {name: spec.scenarios[i]!, metrics}
  })
}

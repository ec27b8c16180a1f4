import {estimateWithSamples} from '../engine/estimate.js'
import {buildReport} from '../render/report.js'
import {renderTerminal} from '../render/terminal.js'
import {DEFAULT_SAMPLING, type Sampling} from '../spec/fields.js'
import {assertComputable} from '../analysis/computable.js'
import {loadSpec} from '../spec/load.js'
import {refuseInputAsOutput} from './atomic-write.js'
import {readSpecInput, splitScenario} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {writeSamples} from './samples-out.js'
import {summariseScenarios} from './scenarios.js'
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
    assertComputable(spec, result)
    const scenarios = spec.scenario === null ? await summariseScenarios(input.text, input.file, spec, sampling) : []
    const report = buildReport(input.file, spec.model, spec.source.data.description ?? null, result, scenarios)
    if (options.samplesOut !== undefined) {
      await refuseInputAsOutput(options.samplesOut, [path], '--samples-out')
      await writeSamples(options.samplesOut, samples)
    }
    const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : renderTerminal(report, terminalStyle(options.color))
    return {stdout, stderr: '', exitCode: 0}
  })
}

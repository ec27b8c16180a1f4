import {estimate} from '../engine/estimate.js'
import {buildReport} from '../render/report.js'
import {renderTerminal} from '../render/terminal.js'
import {loadSpec} from '../spec/load.js'
import {readSpecInput} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'
import {terminalStyle} from './style.js'

export interface EstimateOptions {
  readonly file: string
  readonly json: boolean
  readonly color: boolean | undefined
}

/** `sizeup estimate`: spec in, tables or JSON out. */
export function runEstimate(options: EstimateOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    const input = await readSpecInput(options.file)
    const spec = await loadSpec(input.text, input.file)
    const description = (spec.source.data as {description?: unknown}).description
    const report = buildReport(input.file, spec.model, typeof description === 'string' ? description : null, estimate(spec.model))
    const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : renderTerminal(report, terminalStyle(options.color))
    return {stdout, stderr: '', exitCode: 0}
  })
}

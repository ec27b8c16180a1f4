import {createAnalyser} from '../analysis/analyser.js'
import {allInputs, specReadings} from '../analysis/inputs.js'
import {fileReader} from '../node/input.js'
import {deliver, prepareOutput} from '../node/output.js'
import type {OutputRole} from '../node/write-problem.js'
import {renderSloExport} from '../render/openslo.js'
import {SpecError} from '../spec/diagnostic.js'
import {COLOR_FLAG, defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'

const EXPORT_OUTPUT: OutputRole = {noun: 'the export', flag: '-o'}

export default defineCommand({
  summary: "Write the spec's availability SLO as OpenSLO v1 documents or a Sloth spec, with its burn-rate alerts.",
  description:
    "Reads a YAML system description and writes its availability SLO (`slo.availability`, over `slo.window`, 30 days by default) for SLO tooling: OpenSLO v1 documents (a Service, a ratio-metric SLI, the SLO with its target and rolling window, and for each multi-window burn-rate alert of the SRE Workbook — 2% of the budget in 1 h, 5% in 6 h, 10% in 3 days — an AlertCondition and an AlertPolicy, with page and ticket notification targets), or with --format sloth a Sloth `prometheus/v1` spec, from which Sloth generates the same alerts. What sizeup cannot know — the queries that count good and total requests, where alerts go — is written as FILL_IN for you to replace. The same input gives byte-identical output. Exit codes: 0 success, 2 invalid input or a spec without an availability SLO.",
  examples: [
    '<%= config.bin %> export openslo examples/social-feed.yaml',
    '<%= config.bin %> export openslo examples/social-feed.yaml -o slo.yaml',
    '<%= config.bin %> export openslo examples/social-feed.yaml --format sloth -o sloth.yaml',
  ],
  args: {
    target: {description: 'what to export: `openslo`, the availability SLO and its alerts', required: true, options: ['openslo']},
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
  },
  flags: {
    format: {type: 'string', description: 'openslo: OpenSLO v1 documents; sloth: a Sloth prometheus/v1 spec', options: ['openslo', 'sloth'], default: 'openslo'},
    json: {type: 'boolean', description: 'the same documents as JSON: OpenSLO\'s as an array of objects, Sloth\'s as one object'},
    color: COLOR_FLAG,
    output: {type: 'string', char: 'o', description: 'write to this file instead of standard output: a file is replaced all or nothing, keeping its mode, through symbolic links; a FIFO or device is written into; `-` is standard output; an input is never overwritten', helpValue: 'FILE'},
  },

  /** Spec in, the SLO's documents out. */
  run: ({args, flags}, io) =>
    withDiagnostics(async () => {
      const output = flags.output
      const [{report}, target] = await allInputs([
        createAnalyser({read: fileReader(io.stdin)}).estimateReport({spec: args.file}),
        output === undefined ? Promise.resolve(undefined) : prepareOutput(output, EXPORT_OUTPUT, {files: specReadings(args.file).map((r) => r.path), stdin: io.stdin}),
      ] as const)
      const text = renderSloExport(report, flags.format, flags.json ? 'json' : 'yaml')
      if (text === null) {
        throw new SpecError([{file: report.file, line: 1, column: 1, path: 'slo.availability', message: 'the spec states no availability SLO to export', hint: 'add `slo: {availability: 99.9%}` (and `window: 28 days` for a window other than 30 days)'}])
      }
      if (target === undefined) return {stdout: text, stderr: '', exitCode: 0}
      return {...(await deliver(target, output!, text, EXPORT_OUTPUT)), exitCode: 0}
    }),
})

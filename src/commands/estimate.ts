import {createAnalyser} from '../analysis/analyser.js'
import {allInputs, specReadings, splitScenario} from '../analysis/inputs.js'
import {fileReader} from '../node/input.js'
import {deliver, prepareOutput} from '../node/output.js'
import {samplesText} from '../node/samples-out.js'
import {terminalStyle} from '../node/terminal-style.js'
import {cannotWrite, type OutputRole} from '../node/write-problem.js'
import {renderTerminal} from '../render/terminal.js'
import {defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'
import {watchable, WATCH_FLAG} from './watch.js'
import {json} from '../spec/sinks/json.js'

const SAMPLES_OUTPUT: OutputRole = {noun: 'the samples', flag: '--samples-out'}

export default defineCommand({
  summary: 'Estimate QPS, storage, bandwidth, cache and availability budget from a system spec.',
  description:
    'Reads a YAML system description and prints every derived number: requests per day and per second (average and peak), storage per day, month, year and over retention, ingress and egress bandwidth, cache memory, requests in flight, and the downtime and error budgets of the SLO. Every number carries its formula and inputs in --json. For a spec with ranges, every number reads as a band, and the decisions are made again in 250 sampled worlds: each option\'s share of them, node and cost bands, and the least-regret pick (`outcomes` in --json). Exit codes: 0 success, 2 invalid input.',
  examples: [
    '<%= config.bin %> estimate examples/social-feed.yaml',
    '<%= config.bin %> estimate examples/social-feed.yaml --json',
    'cat design.yaml | <%= config.bin %> estimate -',
    '<%= config.bin %> estimate design.yaml --scenario year3',
    '<%= config.bin %> estimate design.yaml --watch',
    '<%= config.bin %> estimate design.yaml --samples 20000 --seed 7 --samples-out samples.csv',
  ],
  args: {
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
  },
  flags: {
    json: {type: 'boolean', description: 'print the full result as JSON (schema: specs/estimate.schema.json)'},
    color: {type: 'boolean', allowNo: true, description: 'colour the tables (default: only on a terminal and not with NO_COLOR; FORCE_COLOR forces it)'},
    scenario: {type: 'string', description: 'estimate this scenario of the spec (also written `spec.yaml#name`)'},
    // At most a million: one sampled value is then 8 MB, and the sample budget (quantity/sample-budget.ts)
    // leaves room for about a dozen of them; ten million was never within it for a spec with a range.
    samples: {type: 'integer', description: 'Monte Carlo samples for specs with ranges', default: 10_000, min: 100, max: 1_000_000},
    seed: {type: 'integer', description: 'seed of the Monte Carlo streams: the same seed gives byte-identical output', default: 1},
    watch: WATCH_FLAG,
    'samples-out': {type: 'string', description: 'write the raw samples of every uncertain value to this file (CSV, or JSON for a .json name), as -o writes a report: all or nothing, keeping the mode, never over the spec'},
  },

  /** Spec in, tables or JSON out; scenarios side by side; bands when the spec has ranges. */
  run: watchable(({args, flags}, io) =>
    withDiagnostics(async () => {
      const analyser = createAnalyser({read: fileReader(io.stdin), sampling: {samples: flags.samples, seed: flags.seed}})
      const out = flags['samples-out']
      const [{report, samples}, target] = await allInputs([
        analyser.estimateReport({spec: args.file, scenario: flags.scenario}, {outcomes: true}),
        out === undefined
          ? Promise.resolve(undefined)
          : prepareOutput(out, SAMPLES_OUTPUT, {files: specReadings(args.file).map((r) => r.path), stdin: io.stdin}).then((t) => {
              // Standard output carries the estimate; samples mixed into it would be neither table nor CSV.
              if (t.kind === 'stdout') throw cannotWrite(out, 'standard output already carries the estimate', SAMPLES_OUTPUT)
              return t
            }),
      ] as const)
      const sent = target === undefined ? {stdout: '', stderr: ''} : await deliver(target, out!, samplesText(out!, samples), SAMPLES_OUTPUT)
      const stdout = flags.json ? `${json(report)}\n` : renderTerminal(report, terminalStyle(flags.color, io))
      return {stdout, stderr: sent.stderr, exitCode: 0}
    }),
  // --watch: the spec (estimate reads no overlay or configuration).
  async ({args}) => [splitScenario(args.file).path]),
})

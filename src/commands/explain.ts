import {createAnalyser} from '../analysis/index.js'
import {explain, headlineMetrics} from '../explain/tree.js'
import {fileReader} from '../node/input.js'
import {own} from '../quantity/own.js'
import {explanationJson} from '../render/explain-json.js'
import {renderExplanation} from '../render/explain-text.js'
import {SpecError} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import {COLOR_FLAG, defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'
import {json} from '../spec/sinks/json.js'

/** Ids of the metrics derived after the decisions (engine/ids.ts: TechMetricId, PlanMetricId). */
const AFTER_DECISIONS = /^(?:tech|kafka|zoneLoss|figure|workload\.[^.]+\.kafka)\./

export default defineCommand({
  summary: 'Show how a number was derived: formula, values, powers of ten, conventions.',
  description:
    'Prints the derivation chain of a metric (or of the headline metrics when none is named): each step with its formula, the values put in, the same in powers of ten as on a whiteboard, and the conventions it rests on, down to the spec inputs. Metric ids are those of `sizeup estimate --json` (qps.write.peak, storage.total, workload.posts.storage.total …).',
  examples: [
    '<%= config.bin %> explain examples/social-feed.yaml',
    '<%= config.bin %> explain examples/social-feed.yaml qps.write.avg',
    '<%= config.bin %> explain examples/social-feed.yaml storage.total --json',
  ],
  args: {
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
    metric: {description: 'metric id (default: the headline metrics)'},
  },
  flags: {
    json: {type: 'boolean', description: 'print the derivation tree as JSON'},
    color: COLOR_FLAG,
  },

  /** The derivation of one metric, or of the headline metrics. */
  run: ({args, flags}, io) =>
    withDiagnostics(async () => {
      const analyser = createAnalyser({read: fileReader(io.stdin)})
      const estimated = await analyser.estimate({spec: args.file})
      const {input} = estimated
      let {estimate} = estimated
      // The technology models (`tech.*`) and the plan's metrics (kafka.…, zoneLoss.…, figure.…) are derived after the decisions: only the full analysis has them.
      if (args.metric !== undefined && own(estimate.metrics, args.metric) === undefined && AFTER_DECISIONS.test(args.metric)) {
        estimate = {...estimate, metrics: (await analyser.analyse({spec: args.file})).metrics}
      }
      if (args.metric !== undefined && own(estimate.metrics, args.metric) === undefined) {
        const hint = didYouMean(args.metric, Object.keys(estimate.metrics)) ?? 'run `sizeup estimate --json` to list the metric ids, e.g. qps.write.peak, storage.total'
        throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message: `no metric \`${args.metric}\` in ${input.file}`, hint}])
      }
      const trees = (args.metric === undefined ? headlineMetrics(estimate) : [args.metric]).map((id) => explain(estimate, id))
      const stdout = flags.json
        ? `${json({file: input.file, metrics: trees.map(explanationJson)})}\n`
        : `${trees.map((t) => renderExplanation(t)).join('\n\n')}\n`
      return {stdout, stderr: '', exitCode: 0}
    }),
})

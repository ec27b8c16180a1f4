import {createAnalyser} from '../analysis/index.js'
import {MetricTable} from '../engine/metric-table.js'
import {explain, headlineMetrics} from '../explain/tree.js'
import {fileReader} from '../node/input.js'
import {decisionExplanationText, explainDecision} from '../render/explain-decision.js'
import {explanationJson} from '../render/explain-json.js'
import {renderExplanations} from '../render/explain-text.js'
import {SpecError} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import {COLOR_FLAG, defineCommand} from './command.js'
import {withDiagnostics} from './outcome.js'
import {json} from '../spec/sinks/json.js'

/** A decision id names a matrix (data/matrices/), alone or before `.workload`: only then does explain run the decisions. */
async function isDecisionId(id: string): Promise<boolean> {
  const {SHIPPED} = await import('../overlay/knowledge.js')
  const matrix = id.split('.')[0]!
  return SHIPPED.matrices.some((m) => m.id === matrix)
}

/** Ids of the metrics derived after the decisions (engine/ids.ts: TechMetricId, PlanMetricId). */
const AFTER_DECISIONS = /^(?:tech|kafka|zoneLoss|figure|workload\.[^.]+\.kafka)\./

export default defineCommand({
  summary: 'Show how a number was derived: formula, values, powers of ten, conventions.',
  description:
    'Prints the derivation chain of a metric (or of the headline metrics when none is named): each step with its formula, the values put in, the same in powers of ten as on a whiteboard, and the conventions it rests on, down to the spec inputs. Metric ids are those of `sizeup estimate --json` (qps.write.peak, storage.total, workload.posts.storage.total …). A decision id (datastore.posts, queue …) explains the decision: its choice and reasons and, for a spec with ranges, each option\'s share of the sampled worlds, the bands of its nodes and monthly cost, each contender\'s expected regret and why the least-regret pick wins.',
  examples: [
    '<%= config.bin %> explain examples/social-feed.yaml',
    '<%= config.bin %> explain examples/social-feed.yaml qps.write.avg',
    '<%= config.bin %> explain examples/social-feed.yaml storage.total --json',
    '<%= config.bin %> explain examples/feed-forecast.yaml datastore.posts',
  ],
  args: {
    file: {description: 'system spec (YAML); `-` reads standard input', required: true},
    metric: {description: 'metric or decision id (default: the headline metrics)'},
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
      if (args.metric !== undefined && !estimate.metrics.has(args.metric) && AFTER_DECISIONS.test(args.metric)) {
        estimate = {...estimate, metrics: MetricTable.of(Object.values((await analyser.analyse({spec: args.file})).metrics))}
      }
      if (args.metric !== undefined && !estimate.metrics.has(args.metric) && (await isDecisionId(args.metric))) {
        // A decision: the full analysis, its decisions and outcomes (analysis/decision-outcomes.ts) as the report has them.
        const report = await analyser.analyse({spec: args.file})
        const explained = explainDecision(report, args.metric)
        if (explained !== null) {
          const stdout = flags.json ? `${json({file: input.file, decision: explained})}\n` : `${decisionExplanationText(explained)}\n`
          return {stdout, stderr: '', exitCode: 0}
        }
        const hint = didYouMean(args.metric, report.decisions.map((d) => d.id)) ?? `decisions of this spec: ${report.decisions.slice(0, 8).map((d) => d.id).join(', ')}${report.decisions.length > 8 ? ' …' : ''}`
        throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message: `no decision \`${args.metric}\` in ${input.file}`, hint}])
      }
      if (args.metric !== undefined && !estimate.metrics.has(args.metric)) {
        const hint = didYouMean(args.metric, estimate.metrics.ids()) ?? 'run `sizeup estimate --json` to list the metric ids, e.g. qps.write.peak, storage.total'
        throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message: `no metric \`${args.metric}\` in ${input.file}`, hint}])
      }
      const trees = (args.metric === undefined ? headlineMetrics(estimate) : [args.metric]).map((id) => explain(estimate, id))
      const stdout = flags.json
        ? `${json({file: input.file, metrics: trees.map(explanationJson)})}\n`
        : `${renderExplanations(trees)}\n`
      return {stdout, stderr: '', exitCode: 0}
    }),
})

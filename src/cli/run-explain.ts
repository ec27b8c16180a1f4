import {estimate} from '../engine/estimate.js'
import {explanationJson} from '../explain/json.js'
import {explain, headlineMetrics} from '../explain/tree.js'
import {renderExplanation} from '../render/explain-text.js'
import {SpecError} from '../spec/diagnostic.js'
import {assertComputable} from '../analysis/computable.js'
import {loadSpec} from '../spec/load.js'
import {didYouMean} from '../spec/suggest.js'
import {readSpecInput} from './input.js'
import {type Outcome, withDiagnostics} from './outcome.js'

export interface ExplainOptions {
  readonly file: string
  readonly metric: string | undefined
  readonly json: boolean
}

/** `sizeup explain`: the derivation of one metric, or of the headline metrics. */
export function runExplain(options: ExplainOptions): Promise<Outcome> {
  return withDiagnostics(async () => {
    const input = await readSpecInput(options.file)
    const spec = await loadSpec(input.text, input.file)
    const result = assertComputable(spec, estimate(spec.model))
    const ids = options.metric === undefined ? headlineMetrics(result) : [options.metric]
    if (options.metric !== undefined && result.metrics[options.metric] === undefined) {
      const known = Object.keys(result.metrics)
      throw new SpecError([
        {
          file: '<command line>',
          line: 1,
          column: 1,
          path: '',
          message: `no metric \`${options.metric}\` in ${input.file}`,
          hint: didYouMean(options.metric, known) ?? 'run `sizeup estimate --json` to list the metric ids, e.g. qps.write.peak, storage.total',
        },
      ])
    }
    const trees = ids.map((id) => explain(result, id))
    const stdout = options.json
      ? `${JSON.stringify({file: input.file, metrics: trees.map(explanationJson)}, null, 2)}\n`
      : `${trees.map((t) => renderExplanation(t)).join('\n\n')}\n`
    return {stdout, stderr: '', exitCode: 0}
  })
}

import {SpecError} from '../spec/diagnostic.js'
import {json} from '../spec/sinks/json.js'

/**
 * Numbers `--samples-out` writes: about 18 bytes and 150 ns each, so 2 million
 * are a 36 MB file made in well under a second and 150 MB at most while it is
 * made. The Monte Carlo may hold four times that (quantity/sample-budget.ts),
 * which written out took seconds and over a gigabyte.
 */
export const MAX_SAMPLES_OUT_VALUES = 2_000_000

/**
 * The raw Monte Carlo samples for audit: CSV (one column per sampled input or
 * metric, one row per sample) or, for a `.json` path, an object of arrays.
 * Numbers in JavaScript's shortest round-trip form, so the file reads back to
 * the same doubles. More numbers than MAX_SAMPLES_OUT_VALUES are refused.
 */
export function samplesText(path: string, samples: ReadonlyMap<string, Float64Array>): string {
  const ids = [...samples.keys()]
  const n = ids.length === 0 ? 0 : samples.get(ids[0]!)!.length
  if (ids.length * n > MAX_SAMPLES_OUT_VALUES) {
    const fit = Math.floor(MAX_SAMPLES_OUT_VALUES / ids.length)
    throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message: `--samples-out would write ${ids.length * n} numbers (${n} samples of ${ids.length} values); the limit is ${MAX_SAMPLES_OUT_VALUES}`, hint: fit >= 100 ? `use fewer samples: at most ${fit} fit (--samples ${fit})` : 'give fewer fields a range'}])
  }
  if (path.endsWith('.json')) {
    const out: Record<string, number[]> = {}
    for (const id of ids) out[id] = Array.from(samples.get(id)!)
    return `${json({samples: n, metrics: out}, 0)}\n`
  }
  const columns = ids.map((id) => samples.get(id)!)
  const lines = [['sample', ...ids].join(',')]
  for (let i = 0; i < n; i++) lines.push([String(i + 1), ...columns.map((c) => String(c[i]))].join(','))
  return `${lines.join('\n')}\n`
}

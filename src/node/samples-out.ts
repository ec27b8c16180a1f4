import {json} from '../spec/sinks/json.js'

/**
 * The raw Monte Carlo samples for audit: CSV (one column per sampled input or
 * metric, one row per sample) or, for a `.json` path, an object of arrays.
 * Numbers in JavaScript's shortest round-trip form, so the file reads back to
 * the same doubles.
 */
export function samplesText(path: string, samples: ReadonlyMap<string, Float64Array>): string {
  const ids = [...samples.keys()]
  const n = ids.length === 0 ? 0 : samples.get(ids[0]!)!.length
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

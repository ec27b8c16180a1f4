import {SpecError} from '../spec/diagnostic.js'
import {writeFileAtomic} from './atomic-write.js'

const AS_SAMPLES = {noun: 'the samples', flag: '--samples-out'}

/**
 * Numbers `--samples-out` writes: about 18 bytes and 150 ns each, so 2 million
 * is a 36 MB file written in well under a second. The Monte Carlo may hold
 * five times that (quantity/sample-budget.ts); writing it all out took
 * seconds and, as one string, over a gigabyte.
 */
export const MAX_SAMPLES_OUT_VALUES = 2_000_000

/** Rows or numbers per piece of the file: the text is produced and written a piece at a time. */
const PIECE = 1000

/**
 * Writes the raw Monte Carlo samples for audit: CSV (one column per sampled
 * input or metric, one row per sample) or, for a `.json` path, an object of
 * arrays. Numbers in JavaScript's shortest round-trip form, so the file reads
 * back to the same doubles.
 */
export async function writeSamples(path: string, samples: ReadonlyMap<string, Float64Array>): Promise<void> {
  const ids = [...samples.keys()]
  const n = ids.length === 0 ? 0 : samples.get(ids[0]!)!.length
  if (ids.length * n > MAX_SAMPLES_OUT_VALUES) {
    const fit = Math.floor(MAX_SAMPLES_OUT_VALUES / ids.length)
    throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message: `--samples-out would write ${ids.length * n} numbers (${n} samples of ${ids.length} values); the limit is ${MAX_SAMPLES_OUT_VALUES}`, hint: fit >= 100 ? `use fewer samples: at most ${fit} fit (--samples ${fit})` : 'give fewer fields a range'}])
  }
  await writeFileAtomic(path, path.endsWith('.json') ? jsonPieces(ids, samples, n) : csvPieces(ids, samples, n), AS_SAMPLES)
}

/** What JSON.stringify({samples, metrics: {id: [numbers]}}) gives, followed by a newline, a piece at a time. */
function* jsonPieces(ids: readonly string[], samples: ReadonlyMap<string, Float64Array>, n: number): Generator<string> {
  yield `{"samples":${JSON.stringify(n)},"metrics":{`
  for (const [k, id] of ids.entries()) {
    const values = samples.get(id)!
    yield `${k === 0 ? '' : ','}${JSON.stringify(id)}:[`
    for (let i = 0; i < values.length; i += PIECE) {
      const piece = JSON.stringify(Array.from(values.subarray(i, i + PIECE)))
      yield `${i === 0 ? '' : ','}${piece.slice(1, -1)}`
    }
    yield ']'
  }
  yield '}}\n'
}

function* csvPieces(ids: readonly string[], samples: ReadonlyMap<string, Float64Array>, n: number): Generator<string> {
  const columns = ids.map((id) => samples.get(id)!)
  yield `${['sample', ...ids].join(',')}\n`
  for (let i = 0; i < n; i += PIECE) {
    const lines: string[] = []
    for (let row = i; row < Math.min(n, i + PIECE); row++) lines.push([String(row + 1), ...columns.map((c) => String(c[row]))].join(','))
    yield `${lines.join('\n')}\n`
  }
}

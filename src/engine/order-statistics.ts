/**
 * Order statistics by histogram select: the values at given ranks of an
 * array (0 = the smallest), exactly, in linear time, without sorting or
 * reordering it. One pass finds the range, one counts the values into bins
 * of equal width, one copies out only the bins that hold a wanted rank; those
 * (a small share of the samples, unless they pile up) are selected the same
 * way in turn, and a few hundred values are sorted. The bands of a Monte
 * Carlo read 6 ranks of each metric's samples (issue 17: sorting-based
 * selection was over a third of a run).
 */

/** Below this many values, sorting a copy is cheapest. */
const SORT_BELOW = 256
/** Bins per pass: a sixteenth of the values, between 64 and 4,096. */
const MIN_BINS = 64
const MAX_BINS = 4096
/** Passes before the values left are sorted whatever their number (values piled on a few doubles). */
const MAX_DEPTH = 6

/**
 * The values at `ranks` (each 0 ≤ rank < a.length, any order) of the finite
 * values `a`, in the order of `ranks`; null when `a` holds a NaN or an
 * infinity, whose order the caller decides.
 */
export function orderStatistics(a: Float64Array, ranks: readonly number[], range?: Range): number[] | null {
  if (range === undefined) for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return null
  const wanted = [...new Set(ranks)].sort((x, y) => x - y)
  const found = new Map<number, number>()
  select(a, wanted, 0, found, 0, range)
  return ranks.map((r) => found.get(r)!)
}

/**
 * The smallest and largest of values the caller has already looked at and
 * found finite (band() does, in the pass that sums them), which saves a pass.
 */
export interface Range {
  readonly min: number
  readonly max: number
}

/** Puts the value at each of `ranks` (local to `a`, ascending) into `found` under rank + `offset`. */
function select(a: Float64Array, ranks: readonly number[], offset: number, found: Map<number, number>, depth: number, range?: Range): void {
  const n = a.length
  let min = range?.min ?? Infinity
  let max = range?.max ?? -Infinity
  if (range === undefined) {
    for (let i = 0; i < n; i++) {
      const x = a[i]!
      if (x < min) min = x
      if (x > max) max = x
    }
  }
  const bins = Math.min(MAX_BINS, Math.max(MIN_BINS, n >> 4))
  const scale = bins / (max - min)
  if (n <= SORT_BELOW || depth >= MAX_DEPTH || min === max || !Number.isFinite(scale)) {
    if (min === max) for (const r of ranks) found.set(r + offset, min)
    else {
      const sorted = Float64Array.from(a).sort()
      for (const r of ranks) found.set(r + offset, sorted[r]!)
    }
    return
  }
  // Each value's bin, kept for the copying pass (bins ≤ 4,096 fit 16 bits).
  const binOf = new Uint16Array(n)
  const counts = new Int32Array(bins)
  const last = bins - 1
  for (let i = 0; i < n; i++) {
    const b = ((a[i]! - min) * scale) | 0
    const c = b > last ? last : b
    binOf[i] = c
    counts[c]!++
  }
  // The bin of each rank, and the values before that bin.
  const targets = new Map<number, {before: number; ranks: number[]}>()
  let before = 0
  let bin = 0
  for (const r of ranks) {
    while (before + counts[bin]! <= r) before += counts[bin++]!
    let t = targets.get(bin)
    if (!t) targets.set(bin, (t = {before, ranks: []}))
    t.ranks.push(r - before)
  }
  // One pass copies the values of every target bin.
  const slot = new Int32Array(bins).fill(-1)
  const buffers: Float64Array[] = []
  const filled: number[] = []
  for (const b of targets.keys()) {
    slot[b] = buffers.length
    buffers.push(new Float64Array(counts[b]!))
    filled.push(0)
  }
  for (let i = 0; i < n; i++) {
    const s = slot[binOf[i]!]!
    if (s >= 0) buffers[s]![filled[s]!++] = a[i]!
  }
  for (const [b, t] of targets) select(buffers[slot[b]!]!, t.ranks, offset + t.before, found, depth + 1)
}

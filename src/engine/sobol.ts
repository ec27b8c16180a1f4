import type {Swing} from './generated/schema-types.js'
import {ascending} from './argsort.js'

export {ascending} from './argsort.js'

/**
 * Variance-based sensitivity: the first-order index of an input X for a
 * metric Y, S = Var(E[Y | X]) ÷ Var(Y), the share of the metric's variance
 * that knowing X alone would remove (Sobol' 1993; Saltelli et al., "Global
 * Sensitivity Analysis: The Primer", 2008, §1.2.5). It is read off the Monte
 * Carlo's own samples, no further evaluation: the samples sorted by X are cut
 * into √m bins of equal count, E[Y | X] is the mean of Y in each bin, and the
 * variance of those means, less the part the bins' own scatter puts into it
 * ((B − 1) ÷ (m − B) of the within-bin variance), over the variance of Y.
 *
 * Unlike a one-at-a-time swing, it sees the whole distribution of the other
 * inputs: in a product the indices sum to less than 1 (the rest is
 * interaction), and two inputs that are correlated share their common part
 * (each index counts it, so they may sum to more than 1).
 */

/** Samples the indices are read from: the first this many of the Monte Carlo's (every one when fewer). */
export const MAX_INDEX_SAMPLES = 10_000

/** Input × metric × sample steps the indices may take: about a tenth of a second. */
export const MAX_INDEX_STEPS = 20_000_000

/** The first-order index of the input whose samples sorted ascending are at `order` for the metric `y`; 0 when y does not vary. */
export function firstOrderIndex(order: Int32Array, y: Float64Array): number {
  const m = order.length
  const bins = Math.max(2, Math.floor(Math.sqrt(m)))
  let mean = 0
  for (let i = 0; i < m; i++) mean += y[i]!
  mean /= m
  let total = 0
  for (let i = 0; i < m; i++) total += (y[i]! - mean) ** 2
  if (!(total > 0) || !Number.isFinite(total)) return 0
  let between = 0
  let within = 0
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * m) / bins)
    const to = Math.floor(((b + 1) * m) / bins)
    let sum = 0
    for (let i = from; i < to; i++) sum += y[order[i]!]!
    const binMean = sum / (to - from)
    between += (to - from) * (binMean - mean) ** 2
    for (let i = from; i < to; i++) within += (y[order[i]!]! - binMean) ** 2
  }
  const corrected = between - (within * (bins - 1)) / (m - bins)
  return Math.min(1, Math.max(0, corrected / total))
}

/**
 * First-order indices of each input for each metric, from their samples:
 * `indices[metric][input]`. Only the pairs asked for (the inputs that move a
 * metric); read from at most MAX_INDEX_SAMPLES samples, fewer when the pairs
 * would pass MAX_INDEX_STEPS, and none (an empty result) below 500 samples.
 */
export function firstOrderIndices(samples: ReadonlyMap<string, Float64Array>, pairs: ReadonlyMap<string, readonly string[]>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  let count = 0
  for (const inputs of pairs.values()) count += inputs.length
  const n = samples.values().next().value?.length ?? 0
  const m = Math.min(n, MAX_INDEX_SAMPLES, Math.floor(MAX_INDEX_STEPS / Math.max(1, count)))
  if (m < 500) return out
  const orders = new Map<string, Int32Array>()
  for (const [metric, inputs] of pairs) {
    const y = samples.get(metric)
    if (!y) continue
    const row = new Map<string, number>()
    for (const input of inputs) {
      const x = samples.get(input)
      if (!x) continue
      let order = orders.get(input)
      if (!order) orders.set(input, (order = ascending(x, m)))
      row.set(input, firstOrderIndex(order, y))
    }
    out.set(metric, row)
  }
  return out
}

/**
 * Adds each input's first-order index to the tornado of every metric it
 * moves, and ranks the inputs by it (then by swing, then by name): the
 * tornado's bars stay the picture, the index says how much of the spread is
 * whose. Left as it is when the samples are too few to read indices.
 */
export function withFirstOrderIndices(sensitivity: Record<string, Swing[]>, samples: ReadonlyMap<string, Float64Array>): Record<string, Swing[]> {
  const pairs = new Map(Object.entries(sensitivity).map(([metric, swings]) => [metric, swings.map((s) => s.input)]))
  const indices = firstOrderIndices(samples, pairs)
  if (indices.size === 0) return sensitivity
  const out: Record<string, Swing[]> = {}
  for (const [metric, swings] of Object.entries(sensitivity)) {
    const row = indices.get(metric)
    const indexed = swings.map((s) => {
      const index = row?.get(s.input)
      // Four decimals: a share of variance is read to a tenth of a per cent, and stays stable across platforms' last bits.
      return index === undefined ? s : {...s, firstOrder: Math.round(index * 1e4) / 1e4}
    })
    out[metric] = indexed.sort((a, b) => (b.firstOrder ?? -1) - (a.firstOrder ?? -1) || b.swing - a.swing || a.input.localeCompare(b.input, 'en'))
  }
  return out
}

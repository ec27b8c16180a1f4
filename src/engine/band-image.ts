import {type Band, bandAndOrder, bandOf, type OrderAt} from './sampling.js'

/**
 * Most of a model's sampled metrics are one earlier array run through a
 * function that never falls (or never rises) as it grows: writes per day ×
 * seconds, a workload's storage × days per month. Such a function keeps the
 * samples' order (reverses it), so the value at each rank of the result is the
 * function of the value at the same (mirrored) rank of the earlier array, to
 * the bit: rounding to the nearest double keeps the order too. The band is
 * then read from the earlier array's order statistics, with one pass for the
 * mean, not a selection of its own (issue 17: bands were over a quarter of
 * 1,000 ranged workloads' estimate).
 */
export interface Image {
  /** The id of the earlier array. */
  readonly of: string
  /** True when the function never rises as its argument grows. */
  readonly decreasing: boolean
  /** The function of one sample, the same operations as over the arrays (kernel.ts). */
  readonly at: (x: number) => number
}

/**
 * The band of `samples`, which are `image.at` of the samples whose order
 * statistics are `source`, and its own order statistics (`summed`: their
 * sum from 0 in order, when known); null (select
 * instead) when a sample is not finite, or a value read is 0 or not finite: a
 * selection may put −0 and 0 in either order, and the function may be
 * guarded there.
 */
export function bandOfImage(samples: Float64Array, source: OrderAt, image: Image, summed?: number): {band: Band; order: OrderAt} | null {
  const n = samples.length
  let sum = summed ?? 0
  if (summed === undefined) for (let i = 0; i < n; i++) sum += samples[i]!
  if (!Number.isFinite(sum)) return null
  const last = source.ranks.length - 1
  const values = new Float64Array(last + 1)
  for (let k = 0; k <= last; k++) {
    // The ranks are their own mirrors, ascending: the mirror of the k-th is the (last − k)-th.
    const v = image.at(source.values[image.decreasing ? last - k : k]!)
    if (v === 0 || !Number.isFinite(v)) return null
    values[k] = v
  }
  const order = {ranks: source.ranks, values}
  return {band: bandOf(n, sum, order), order}
}

/**
 * Bands of a run's arrays as they are made (program.ts's `seen`): by
 * selection, or from an earlier array's order statistics when the array is
 * its image; every finite array's order statistics are kept for later images.
 */
export class BandReader {
  private readonly orders = new Map<string, OrderAt>()

  read(id: string, samples: Float64Array, image?: Image, sum?: number): Band {
    const source = image === undefined ? undefined : this.orders.get(image.of)
    const read = source === undefined ? null : bandOfImage(samples, source, image!, sum)
    const {band, order} = read ?? bandAndOrder(samples)
    if (order !== null) this.orders.set(id, order)
    return band
  }
}

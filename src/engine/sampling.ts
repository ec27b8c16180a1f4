import type {Band} from './generated/schema-types.js'
import {orderStatistics} from './order-statistics.js'

export type {Band} from './generated/schema-types.js'

/**
 * Mean and the 5th, 50th and 95th percentiles (linear interpolation between
 * order statistics). The order statistics come from histogram select
 * (order-statistics.ts), linear in the samples and without a copy of them;
 * samples with a NaN or an infinity keep quickselect's order.
 */
export function band(samples: Float64Array): Band {
  return bandAndOrder(samples).band
}

/**
 * The values of a sample at the ranks its band reads and at their mirrors
 * (n − 1 − rank), ascending by rank: what the band of a monotone image of
 * the samples is read from without selecting again (band-image.ts).
 */
export interface OrderAt {
  readonly ranks: readonly number[]
  readonly values: Float64Array
}

/** The band, and its order statistics when every sample is finite (null otherwise). */
export function bandAndOrder(samples: Float64Array): {band: Band; order: OrderAt | null} {
  const n = samples.length
  // One pass sums the samples and finds their range; a finite sum means every sample is finite
  // (a NaN or an infinity would make it NaN or infinite), and then select need not look again.
  let sum = 0
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < n; i++) {
    const x = samples[i]!
    sum += x
    if (x < min) min = x
    if (x > max) max = x
  }
  const ranks = orderRanks(n)
  const at = orderStatistics(samples, ranks, Number.isFinite(sum) ? {min, max} : undefined)
  if (at === null) return {band: bandBySelect(samples), order: null}
  const order = {ranks, values: Float64Array.from(at)}
  return {band: bandOf(n, sum, order), order}
}

/** Where the band's percentiles fall between ranks, 0 … n − 1. */
const percentilePositions = (n: number): number[] => [0.05, 0.5, 0.95].map((p) => (n - 1) * p)

/** The ranks each percentile reads (the two around its position) and their mirrors, ascending, once each. */
export function orderRanks(n: number): number[] {
  const ranks = percentilePositions(n).flatMap((pos) => [Math.floor(pos), Math.min(n - 1, Math.floor(pos) + 1)])
  return [...new Set([...ranks, ...ranks.map((r) => n - 1 - r)])].sort((a, b) => a - b)
}

/** The band of n samples of this sum from their values at orderRanks(n): each percentile interpolated linearly between its two ranks. */
export function bandOf(n: number, sum: number, order: OrderAt): Band {
  const at = (rank: number): number => order.values[order.ranks.indexOf(rank)]!
  const q = (k: number): number => {
    const pos = percentilePositions(n)[k]!
    const lo = Math.floor(pos)
    const low = at(lo)
    if (lo + 1 >= n || pos === lo) return low
    return low + (at(Math.min(n - 1, lo + 1)) - low) * (pos - lo)
  }
  return {mean: sum / n, p5: q(0), p50: q(1), p95: q(2)}
}

/** The same band by quickselect on a copy: O(n) per quantile, with NaN ordered as the comparisons leave it. */
export function bandBySelect(samples: Float64Array): Band {
  const work = Float64Array.from(samples)
  let sum = 0
  for (let i = 0; i < work.length; i++) sum += work[i]!
  const q = (p: number): number => {
    const pos = (work.length - 1) * p
    const lo = Math.floor(pos)
    const low = select(work, lo)
    if (lo + 1 >= work.length || pos === lo) return low
    // After selecting index lo, the next order statistic is the minimum of the part above it.
    let next = Infinity
    for (let i = lo + 1; i < work.length; i++) if (work[i]! < next) next = work[i]!
    return low + (next - low) * (pos - lo)
  }
  return {mean: sum / work.length, p5: q(0.05), p50: q(0.5), p95: q(0.95)}
}

/** Hoare's quickselect: puts the k-th smallest value at index k (and smaller ones before it); returns it. */
function select(a: Float64Array, k: number): number {
  let left = 0
  let right = a.length - 1
  while (right > left) {
    // Median of three as the pivot keeps sorted or constant input linear.
    const mid = (left + right) >>> 1
    const pivot = Math.max(Math.min(a[left]!, a[mid]!), Math.min(Math.max(a[left]!, a[mid]!), a[right]!))
    let i = left
    let j = right
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const t = a[i]!
        a[i] = a[j]!
        a[j] = t
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return a[k]!
  }
  return a[k]!
}

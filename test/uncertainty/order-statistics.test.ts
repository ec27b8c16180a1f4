import {describe, expect, it} from 'vitest'
import {orderStatistics} from '../../src/engine/order-statistics.js'
import {band, bandBySelect} from '../../src/engine/sampling.js'
import {createRng, normalDeviates} from '../../src/quantity/random.js'

const normals = (n: number, seed: number): Float64Array => {
  const z = new Float64Array(n)
  normalDeviates(createRng(seed), z)
  return z
}

/** Shapes that trouble a histogram: heavy tails, piles of equal values, a lone outlier, tiny spreads. */
const shapes: Array<[string, Float64Array]> = [
  ['one value', Float64Array.of(42)],
  ['two values', Float64Array.of(3, -1)],
  ['255 normals', normals(255, 1)],
  ['257 normals', normals(257, 2)],
  ['100,000 lognormals, σ = 0.6', normals(100_000, 3).map((z) => 4e5 * Math.exp(0.6 * z))],
  ['100,000 lognormals, σ = 3 (a heavy tail)', normals(100_000, 4).map((z) => Math.exp(3 * z))],
  ['50,000 values on 7 doubles', normals(50_000, 5).map((z) => Math.round(z * 2))],
  ['20,000 equal values and one outlier', Float64Array.from({length: 20_001}, (_, i) => (i === 777 ? 1e300 : 5))],
  ['10,000 values a few ulps apart', normals(10_000, 6).map((z) => 1 + Math.round(z * 3) * Number.EPSILON)],
  ['10,000 negative and positive', normals(10_000, 7).map((z) => z * 1e12)],
]

describe('histogram select', () => {
  it.each(shapes)('%s: every wanted rank is the sorted array’s value there', (_, a) => {
    const sorted = Float64Array.from(a).sort()
    const n = a.length
    const ranks = [0, n - 1, Math.floor((n - 1) * 0.05), Math.floor((n - 1) * 0.5), Math.floor((n - 1) * 0.95), Math.min(n - 1, Math.floor((n - 1) * 0.95) + 1)]
    const copy = Float64Array.from(a)
    expect(orderStatistics(a, ranks)).toEqual(ranks.map((r) => sorted[r]))
    // The samples are read, not reordered.
    expect(a).toEqual(copy)
  })

  it.each(shapes)('%s: the band is the one quickselect gives, bit for bit', (_, a) => {
    expect(band(a)).toStrictEqual(bandBySelect(a))
  })

  it('a NaN or an infinity leaves the order to quickselect', () => {
    expect(orderStatistics(Float64Array.of(1, NaN, 2), [0])).toBeNull()
    expect(orderStatistics(Float64Array.of(1, Infinity, 2), [0])).toBeNull()
    const a = Float64Array.of(3, Infinity, 1, 2)
    expect(band(a)).toStrictEqual(bandBySelect(a))
  })

  it('band() sees them in the pass that sums: a NaN, −∞, or finite values whose sum overflows', () => {
    // The sum is NaN, −∞ and +∞ (1.5e308 + 1.5e308 overflows): each band is quickselect's or, all finite, histogram select's.
    for (const a of [Float64Array.of(2, NaN, 1, 3), Float64Array.of(2, -Infinity, 1), Float64Array.from({length: 300}, (_, i) => (i % 2 ? 1.5e308 : i))]) {
      expect(band(a)).toStrictEqual(bandBySelect(a))
    }
  })
})

import {describe, expect, it} from 'vitest'
import {ascending, firstOrderIndex, firstOrderIndices} from '../../src/engine/sobol.js'
import {sample} from '../../src/quantity/distribution.js'
import {normalDeviates, createRng} from '../../src/quantity/random.js'
import {imanConoverRanks, reorderToRanks} from '../../src/quantity/rank-correlation.js'
import {loadSpec} from '../../src/spec/load.js'
import {estimate} from '../../src/engine/estimate.js'

const n = 10_000
const normal = (seed: number, sd = 1): Float64Array => {
  const out = new Float64Array(n)
  normalDeviates(createRng(seed), out)
  return out.map((v) => v * sd)
}
const index = (x: Float64Array, y: Float64Array): number => firstOrderIndex(ascending(x, x.length), y)

describe('first-order (variance-based) sensitivity indices', () => {
  it('splits a sum by the variances of its terms', () => {
    // Y = X1 + X2, X1 ~ N(0, 1), X2 ~ N(0, 2²): S1 = 1 ÷ (1 + 4) = 0.2, S2 = 4 ÷ 5 = 0.8.
    const x1 = normal(1)
    const x2 = normal(2, 2)
    const y = x1.map((v, i) => v + x2[i]!)
    expect(index(x1, y)).toBeCloseTo(0.2, 1)
    expect(Math.abs(index(x1, y) - 0.2)).toBeLessThan(0.02)
    expect(Math.abs(index(x2, y) - 0.8)).toBeLessThan(0.02)
  })

  it('leaves the interaction of a product out: lognormal factors sum to less than 1', () => {
    // Y = X1 X2, Xi = e^(0.5 Zi): E[Y | X1] = X1 E[X2], so S1 = (e^σ1² − 1) ÷ (e^(σ1² + σ2²) − 1)
    // = (e^0.25 − 1) ÷ (e^0.5 − 1) = 0.284025 ÷ 0.648721 = 0.4378; S1 + S2 = 0.8757, the rest is interaction.
    const x1 = normal(3, 0.5).map(Math.exp)
    const x2 = normal(4, 0.5).map(Math.exp)
    const y = x1.map((v, i) => v * x2[i]!)
    expect(Math.abs(index(x1, y) - 0.4378)).toBeLessThan(0.03)
    expect(Math.abs(index(x2, y) - 0.4378)).toBeLessThan(0.03)
  })

  it('gives an input that does not move the metric (about) nothing, and a constant metric 0', () => {
    const x1 = normal(5)
    const x2 = normal(6)
    expect(index(x2, x1)).toBeLessThan(0.01)
    expect(index(x1, new Float64Array(n).fill(3))).toBe(0)
  })

  it('credits both correlated inputs with their shared part', () => {
    // Y = X1 + X2, both N(0, 1), rank ρ 0.6 → Pearson ≈ 2 sin(0.1π) = 0.618 for the normal scores:
    // Var(Y) = 2 + 2r, E[Y | X1] = (1 + r) X1, S1 = (1 + r)² ÷ (2 + 2r) = (1 + r) ÷ 2 ≈ 0.809 each, summing past 1.
    const ranks = imanConoverRanks(Float64Array.of(1, 0.6, 0.6, 1), 2, n, [7, 8])!
    const x1 = reorderToRanks(normal(9), ranks[0]!)
    const x2 = reorderToRanks(normal(10), ranks[1]!)
    const y = x1.map((v, i) => v + x2[i]!)
    expect(Math.abs(index(x1, y) - 0.809)).toBeLessThan(0.03)
    expect(Math.abs(index(x2, y) - 0.809)).toBeLessThan(0.03)
  })

  it('reads no indices from fewer than 500 samples', () => {
    const few = new Map([['x', sample({kind: 'uniform', low: 0, high: 1}, 100, 1)], ['y', sample({kind: 'uniform', low: 0, high: 1}, 100, 2)]])
    expect(firstOrderIndices(few, new Map([['y', ['x']]])).size).toBe(0)
  })

  it('ranks the tornado of an estimate by share of variance, every index between 0 and 1', async () => {
    const spec = await loadSpec(`name: Sum
users: {mau: 100M..300M, dau: 40%..60%}
workloads:
  posts:
    writes: {perUserPerDay: 1..4}
    recordSize: 1 KB
`, 'spec.yaml')
    const swings = estimate(spec.model).uncertainty!.sensitivity['qps.write.peak']!
    expect(swings.map((s) => s.input)).toEqual(['input.workloads.posts.writes.perUserPerDay', 'input.users.mau', 'input.users.dau.share'])
    // Peak writes ∝ MAU × share × writes: log-variances (ln 3)², (ln 1.5)², (ln 4)² over (2 × 1.645)² each;
    // writes' is the largest, the share's the smallest, and a product's indices sum below 1.
    const total = swings.reduce((s, w) => s + w.firstOrder!, 0)
    expect(total).toBeLessThan(1)
    expect(total).toBeGreaterThan(0.85)
    for (const s of swings) expect(s.firstOrder).toBeGreaterThan(0)
  })
})

describe('the order the indices bin by', () => {
  /** The order a comparator of values, then positions, gives (the sort ascending replaced). */
  const byComparator = (x: Float64Array, m: number): Int32Array => Int32Array.from({length: m}, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b)

  it('is the comparator’s, ties (−0 and 0 too) and infinities by position', () => {
    const rng = createRng(21)
    const z = new Float64Array(5000)
    normalDeviates(rng, z)
    // Values rounded to tenths tie often; some zeros of both signs, some infinities.
    const x = z.map((v, i) => (i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : i % 301 === 0 ? Infinity : i % 307 === 0 ? -Infinity : Math.round(v * 10) / 10))
    for (const m of [0, 1, 2, 17, 1000, 5000]) expect([...ascending(x, m)]).toEqual([...byComparator(x, m)])
    expect([...ascending(Float64Array.of(3, 1, 2, 1, 3), 5)]).toEqual([1, 3, 2, 0, 4])
  })
})

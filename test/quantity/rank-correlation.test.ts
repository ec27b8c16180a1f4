import {describe, expect, it} from 'vitest'
import {cholesky, imanConoverRanks, pearsonForSpearman, ranksOf, reorderToRanks, spearman} from '../../src/quantity/rank-correlation.js'
import {sample} from '../../src/quantity/distribution.js'

describe('Iman–Conover rank correlation', () => {
  it('factors a correlation matrix, and refuses one that is not positive definite', () => {
    // [[1, 0.6], [0.6, 1]] = L Lᵀ with L = [[1, 0], [0.6, 0.8]] (√(1 − 0.36) = 0.8).
    const l = cholesky(Float64Array.of(1, 0.6, 0.6, 1), 2)!
    expect([...l].map((v) => Number(v.toFixed(12)))).toEqual([1, 0, 0.6, 0.8])
    // a with b 0.9, b with c 0.9, a with c −0.9: impossible together.
    expect(cholesky(Float64Array.of(1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1), 3)).toBeNull()
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toBeNull()
  })

  it('converts Spearman to the Pearson correlation of normal scores: 2 sin(πρ/6)', () => {
    // ρ = 0.5: 2 sin(π/12) = 0.5176380902; ρ = 1: 2 sin(π/6) = 1.
    expect(pearsonForSpearman(0.5)).toBeCloseTo(0.5176380902, 9)
    expect(pearsonForSpearman(1)).toBeCloseTo(1, 12)
  })

  it('ranks a sample, ties by position', () => {
    expect([...ranksOf(Float64Array.of(3, 1, 2, 1))]).toEqual([3, 0, 2, 1])
  })

  it.each([0.6, -0.3, 0.9])('reaches a target Spearman ρ of %s within 0.01 at 10,000 samples, keeping each marginal', (rho) => {
    const n = 10_000
    const ranks = imanConoverRanks(Float64Array.of(1, rho, rho, 1), 2, n, [11, 12])!
    const x = sample({kind: 'lognormal90', low: 150e6, high: 600e6}, n, 1)
    const y = sample({kind: 'uniform', low: 1, high: 4}, n, 2)
    const cx = reorderToRanks(x, ranks[0]!)
    const cy = reorderToRanks(y, ranks[1]!)
    expect(spearman(x, y)).toBeLessThan(0.03)
    expect(Math.abs(spearman(cx, cy) - rho)).toBeLessThan(0.01)
    // The same values, another order: the distribution (and so every band) is unchanged.
    expect([...cx].sort()).toEqual([...x].sort())
  })

  it('holds three correlations at once', () => {
    const n = 10_000
    const target = Float64Array.of(1, 0.5, 0.3, 0.5, 1, -0.2, 0.3, -0.2, 1)
    const ranks = imanConoverRanks(target, 3, n, [1, 2, 3])!
    const cols = ranks.map((r) => Float64Array.from(r))
    expect(spearman(cols[0]!, cols[1]!)).toBeCloseTo(0.5, 1)
    expect(Math.abs(spearman(cols[0]!, cols[2]!) - 0.3)).toBeLessThan(0.015)
    expect(Math.abs(spearman(cols[1]!, cols[2]!) + 0.2)).toBeLessThan(0.015)
  })

  it('is deterministic for its seeds', () => {
    const a = imanConoverRanks(Float64Array.of(1, 0.6, 0.6, 1), 2, 500, [7, 8])!
    const b = imanConoverRanks(Float64Array.of(1, 0.6, 0.6, 1), 2, 500, [7, 8])!
    expect(a).toEqual(b)
  })
})

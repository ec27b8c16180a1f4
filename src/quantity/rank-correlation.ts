import {createRng, normalDeviates} from './random.js'

/**
 * Rank correlation between sampled inputs by Iman and Conover's reordering
 * (Iman & Conover 1982, "A distribution-free approach to inducing rank
 * correlation among input variables"): each input keeps its own samples (so
 * its distribution, median and bands are unchanged) and only their order
 * changes, so that the ranks of the inputs move together as declared.
 *
 * The steps: draw a matrix S of normal scores (one seeded column per input);
 * correct its own chance correlation E away and impose the target R with the
 * Cholesky factors, T = S (P⁻¹)ᵀ Qᵀ (P P ᵀ = E, Q Qᵀ = R); then give each
 * input's i-th sample the rank that T's column has at row i. The target of
 * the normal scores is the Pearson correlation whose Spearman correlation is
 * the declared one, R = 2 sin(π ρ ÷ 6) (Pearson 1907, for a bivariate normal).
 *
 * Work is n × k² for n samples and k inputs plus a sort per input; the spec
 * caps k (MAX_CORRELATED_INPUTS) before anything is computed.
 */

/** Inputs one spec may correlate: a k × k matrix, n × k² steps; 20 is more than any design states. */
export const MAX_CORRELATED_INPUTS = 20

/** Lower-triangular L with L Lᵀ = a (row-major k × k), or null when `a` is not positive definite. */
export function cholesky(a: Float64Array, k: number): Float64Array | null {
  const l = new Float64Array(k * k)
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j]!
      for (let m = 0; m < j; m++) sum -= l[i * k + m]! * l[j * k + m]!
      if (i === j) {
        // A pivot at (or rounding to) zero: semi-definite at best, which no reordering can reach.
        if (!(sum > 1e-12)) return null
        l[i * k + i] = Math.sqrt(sum)
      } else l[i * k + j] = sum / l[j * k + j]!
    }
  }
  return l
}

/** The Pearson correlation of normal scores whose Spearman rank correlation is ρ. */
export function pearsonForSpearman(rho: number): number {
  return 2 * Math.sin((Math.PI * rho) / 6)
}

/** Ranks 0 … n − 1 of the values (ties by position, so the result is a permutation). */
export function ranksOf(values: Float64Array): Int32Array {
  const order = Int32Array.from({length: values.length}, (_, i) => i)
  order.sort((a, b) => values[a]! - values[b]! || a - b)
  const ranks = new Int32Array(values.length)
  for (let r = 0; r < order.length; r++) ranks[order[r]!] = r
  return ranks
}

/** Spearman's rank correlation of two equally long samples. */
export function spearman(x: Float64Array, y: Float64Array): number {
  const rx = ranksOf(x)
  const ry = ranksOf(y)
  const n = x.length
  const mean = (n - 1) / 2
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean
    const dy = ry[i]! - mean
    sxy += dx * dy
    sxx += dx * dx
  }
  return sxx > 0 ? sxy / sxx : 0
}

/**
 * The target ranks of each input's samples: `ranks[j][i]` is the rank (0 = smallest)
 * the i-th sample of input j must have. `target` is the k × k Spearman matrix
 * (row-major, ones on the diagonal); `seeds[j]` the stream of input j's scores.
 * Null when the target is not a correlation matrix (not positive definite).
 */
export function imanConoverRanks(target: Float64Array, k: number, n: number, seeds: readonly number[]): Int32Array[] | null {
  const pearson = target.map((rho, at) => (at % (k + 1) === 0 ? 1 : pearsonForSpearman(rho)))
  const q = cholesky(pearson, k)
  if (q === null || cholesky(target, k) === null) return null
  const scores = seeds.map((seed) => {
    const column = new Float64Array(n)
    normalDeviates(createRng(seed), column)
    return standardised(column)
  })
  const p = cholesky(correlationOf(scores, k, n), k)
  // Scores that happen to be collinear (n ≤ k): no correction, the target alone.
  const m = p === null ? q : multiply(q, inverseLower(p, k), k)
  // T[i, j] = Σ_m S[i, m] · M[j, m], with M = Q P⁻¹ lower triangular.
  const ranks: Int32Array[] = []
  for (let j = 0; j < k; j++) {
    const t = new Float64Array(n)
    for (let c = 0; c <= j; c++) {
      const w = m[j * k + c]!
      const s = scores[c]!
      for (let i = 0; i < n; i++) t[i] = t[i]! + w * s[i]!
    }
    ranks.push(ranksOf(t))
  }
  return ranks
}

/** The samples reordered so that their ranks are `ranks` (the same values, another order). */
export function reorderToRanks(samples: Float64Array, ranks: Int32Array): Float64Array {
  const sorted = Float64Array.from(samples).sort()
  const out = new Float64Array(samples.length)
  for (let i = 0; i < out.length; i++) out[i] = sorted[ranks[i]!]!
  return out
}

/** The column with mean 0 and variance 1, so that its correlations are its covariances. */
function standardised(c: Float64Array): Float64Array {
  let mean = 0
  for (let i = 0; i < c.length; i++) mean += c[i]!
  mean /= c.length
  let ss = 0
  for (let i = 0; i < c.length; i++) ss += (c[i]! - mean) ** 2
  const sd = Math.sqrt(ss / c.length) || 1
  for (let i = 0; i < c.length; i++) c[i] = (c[i]! - mean) / sd
  return c
}

function correlationOf(columns: readonly Float64Array[], k: number, n: number): Float64Array {
  const centred = columns.map((c) => {
    let mean = 0
    for (let i = 0; i < n; i++) mean += c[i]!
    mean /= n
    return c.map((v) => v - mean)
  })
  const out = new Float64Array(k * k)
  for (let a = 0; a < k; a++) {
    for (let b = 0; b <= a; b++) {
      let ab = 0
      let aa = 0
      let bb = 0
      for (let i = 0; i < n; i++) {
        const x = centred[a]![i]!
        const y = centred[b]![i]!
        ab += x * y
        aa += x * x
        bb += y * y
      }
      const r = aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : a === b ? 1 : 0
      out[a * k + b] = r
      out[b * k + a] = r
    }
  }
  return out
}

/** The inverse of a lower-triangular matrix (lower-triangular again). */
function inverseLower(l: Float64Array, k: number): Float64Array {
  const inv = new Float64Array(k * k)
  for (let i = 0; i < k; i++) {
    inv[i * k + i] = 1 / l[i * k + i]!
    for (let j = 0; j < i; j++) {
      let sum = 0
      for (let m = j; m < i; m++) sum += l[i * k + m]! * inv[m * k + j]!
      inv[i * k + j] = -sum / l[i * k + i]!
    }
  }
  return inv
}

function multiply(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k * k)
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) for (let m = 0; m < k; m++) out[i * k + j] = out[i * k + j]! + a[i * k + m]! * b[m * k + j]!
  return out
}

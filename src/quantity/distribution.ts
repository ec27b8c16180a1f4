import {betaDeviates, createRng, normalDeviates, type Rng} from './random.js'

/**
 * An uncertain input. `a..b` is a 90 % interval, lognormal for positive
 * quantities (the usual shape of "somewhere between 100 M and 300 M");
 * the explicit forms are normal(mean, sd), uniform(a, b),
 * triangular(min, mode, max) and pert(min, mode, max). Parameters are in
 * base units.
 */
export type Distribution =
  | {readonly kind: 'lognormal90'; readonly low: number; readonly high: number}
  | {readonly kind: 'normal'; readonly mean: number; readonly sd: number}
  | {readonly kind: 'uniform'; readonly low: number; readonly high: number}
  | {readonly kind: 'triangular'; readonly low: number; readonly mode: number; readonly high: number}
  | {readonly kind: 'pert'; readonly low: number; readonly mode: number; readonly high: number}

/** z of the 95th percentile: a 90 % interval spans ±1.6449 standard deviations. */
export const Z90 = 1.6448536269514722

function lognormalParams(low: number, high: number): {mu: number; sigma: number} {
  return {mu: (Math.log(low) + Math.log(high)) / 2, sigma: (Math.log(high) - Math.log(low)) / (2 * Z90)}
}

function pertShape(d: {low: number; mode: number; high: number}): {alpha: number; beta: number} {
  const span = d.high - d.low
  return {alpha: 1 + (4 * (d.mode - d.low)) / span, beta: 1 + (4 * (d.high - d.mode)) / span}
}

/** Inverse CDF of the triangular distribution. */
function triangularQuantile(d: {low: number; mode: number; high: number}, p: number): number {
  const span = d.high - d.low
  const cut = (d.mode - d.low) / span
  return p < cut ? d.low + Math.sqrt(p * span * (d.mode - d.low)) : d.high - Math.sqrt((1 - p) * span * (d.high - d.mode))
}

/** The median: the value the point estimate uses for this input. */
export function median(d: Distribution): number {
  switch (d.kind) {
    case 'lognormal90':
      return Math.sqrt(d.low * d.high)
    case 'normal':
      return d.mean
    case 'uniform':
      return (d.low + d.high) / 2
    case 'triangular':
      return triangularQuantile(d, 0.5)
    case 'pert': {
      // Beta median, Kerman's approximation (α, β ≥ 1): (α − 1/3) ÷ (α + β − 2/3).
      const {alpha, beta} = pertShape(d)
      return d.low + (d.high - d.low) * ((alpha - 1 / 3) / (alpha + beta - 2 / 3))
    }
  }
}

/** `n` samples from a distribution, from its own seeded stream. */
export function sample(d: Distribution, n: number, seed: number): Float64Array {
  const rng: Rng = createRng(seed)
  const out = new Float64Array(n)
  switch (d.kind) {
    case 'lognormal90': {
      const {mu, sigma} = lognormalParams(d.low, d.high)
      normalDeviates(rng, out)
      for (let i = 0; i < n; i++) out[i] = Math.exp(mu + sigma * out[i]!)
      return out
    }
    case 'normal':
      normalDeviates(rng, out)
      for (let i = 0; i < n; i++) out[i] = d.mean + d.sd * out[i]!
      return out
    case 'uniform':
      for (let i = 0; i < n; i++) out[i] = d.low + (d.high - d.low) * rng()
      return out
    case 'triangular':
      for (let i = 0; i < n; i++) out[i] = triangularQuantile(d, rng())
      return out
    case 'pert': {
      const {alpha, beta} = pertShape(d)
      betaDeviates(rng, alpha, beta, out)
      for (let i = 0; i < n; i++) out[i] = d.low + (d.high - d.low) * out[i]!
      return out
    }
  }
}

/** Why the parameters make no distribution, or null when they do. */
export function invalidParameters(d: Distribution): string | null {
  switch (d.kind) {
    case 'lognormal90':
      if (!(d.low > 0)) return 'a range `low..high` is lognormal and needs a low end above zero'
      return d.high > d.low ? null : 'the high end of a range must be above its low end'
    case 'normal':
      return d.sd > 0 ? null : 'the standard deviation of normal(mean, sd) must be above zero'
    case 'uniform':
      return d.high > d.low ? null : 'uniform(low, high) needs high above low'
    case 'triangular':
    case 'pert':
      return d.low <= d.mode && d.mode <= d.high && d.high > d.low ? null : `${d.kind}(min, mode, max) needs min ≤ mode ≤ max and max above min`
  }
}

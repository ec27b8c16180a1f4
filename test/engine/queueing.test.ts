import {describe, expect, it} from 'vitest'
import {erlangC, instancesNeeded, meanWait, MAX_QUEUE_WORKERS, responsePercentile, responseTail} from '../../src/engine/queueing.js'

// Everything below is computed a second way, in the test, from the textbook
// formulas written out directly (not the recurrences sizeup uses):
//
//   Erlang C:  C(c, a) = (aᶜ/c! · c/(c − a)) ÷ (Σ_{k<c} aᵏ/k! + aᶜ/c! · c/(c − a))
//   T = W + S: P(T > t) = (1 − C) e^(−μt) + C [e^(−θt) + ∫₀ᵗ θe^(−θw) e^(−μ(t−w)) dw],  θ = cμ − λ
//
// the integral by Simpson's rule, the percentile by bisection on it.

/** Erlang C by the direct sum (terms aᵏ/k! built up one factor at a time). */
function erlangCBySum(c: number, a: number): number {
  let term = 1
  let sum = 0
  for (let k = 0; k < c; k++) {
    sum += term
    term *= a / (k + 1)
  }
  const top = term * (c / (c - a)) // term is now aᶜ/c!
  return top / (sum + top)
}

/** P(T > t), the waiting part by numerical integration. */
function tailByIntegration(c: number, lambda: number, s: number, t: number): number {
  const mu = 1 / s
  const theta = c * mu - lambda
  const C = erlangCBySum(c, lambda * s)
  const steps = 2000
  const h = t / steps
  const f = (w: number): number => theta * Math.exp(-theta * w) * Math.exp(-mu * (t - w))
  let integral = f(0) + f(t)
  for (let i = 1; i < steps; i++) integral += (i % 2 === 1 ? 4 : 2) * f(i * h)
  integral *= h / 3
  return (1 - C) * Math.exp(-mu * t) + C * (Math.exp(-theta * t) + integral)
}

function p99ByIntegration(c: number, lambda: number, s: number): number {
  let lo = 0
  let hi = s
  while (tailByIntegration(c, lambda, s, hi) > 0.01) hi *= 2
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (tailByIntegration(c, lambda, s, mid) > 0.01) lo = mid
    else hi = mid
  }
  return hi
}

/** Relative difference, for the 0.5 % tolerance. */
const within = (actual: number, expected: number, tolerance = 0.005): void => {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance)
}

describe('Erlang C', () => {
  // Wolfram Language documentation, ErlangC, "Applications": two 1 Mbps lines,
  // packets at 150/s with a mean of 10 kilobits, so μ = 100/s per line and
  // a = 1.5 Erlangs on c = 2 lines. By hand: aᶜ/c! · c/(c − a) = 1.125 × 4 = 4.5;
  // Σ_{k<2} = 1 + 1.5 = 2.5; C = 4.5 ÷ 7 = 9/14 ≈ 0.642857.
  it('reproduces the two-line packet example: 9/14', () => {
    within(erlangC(2, 1.5), 9 / 14, 1e-12)
  })

  // The same page's call centre: calls at 30 an hour, 5 minutes each (a = 2.5);
  // the fewest agents for a 90 % chance a call is not delayed. By the direct sum:
  // C(4, 2.5) = 0.3199, C(5, 2.5) = 0.1304, C(6, 2.5) = 0.0474, so 6 agents.
  it('reproduces the support-centre staffing example: 6 agents', () => {
    const fewest = [1, 2, 3, 4, 5, 6, 7, 8].find((c) => c > 2.5 && erlangC(c, 2.5) <= 0.1)
    expect(fewest).toBe(6)
    expect([1, 2, 3, 4, 5, 6, 7, 8].find((c) => c > 2.5 && erlangCBySum(c, 2.5) <= 0.1)).toBe(6)
  })

  it.each([
    [1, 0.5],
    [2, 1.5],
    [10, 8],
    [55, 48], // the classic call-centre example: 360 calls per half hour of 4 minutes, 55 agents
    [100, 87.5],
    [300, 280],
  ])('c = %d, a = %d: the recurrence matches the direct sum', (c, a) => {
    within(erlangC(c, a), erlangCBySum(c, a), 1e-9)
  })

  it('is 1 when the queue is unstable, and stays finite past the direct sum (a = 5,000)', () => {
    expect(erlangC(10, 10)).toBe(1)
    const c = erlangC(5_100, 5_000)
    expect(c).toBeGreaterThan(0)
    expect(c).toBeLessThan(1)
  })

  // The mean wait C × S ÷ (c − a): for c = 55, a = 48, S = 240 s,
  // C = 0.238701 (direct sum) → 0.238701 × 240 ÷ 7 = 8.184 s.
  it('mean wait: C × S ÷ (c − a)', () => {
    within(meanWait(55, 48 / 240, 240), (erlangCBySum(55, 48) * 240) / 7, 1e-9)
  })
})

describe('p99 of the response time T = W + S', () => {
  // M/M/1: T is exponential with rate μ − λ (Kleinrock, Queueing Systems,
  // vol. 1, 1975, §3.2), so p99 = ln(100) ÷ (μ − λ). λ = 80/s, S = 10 ms:
  // ln(100) ÷ 20 = 0.230259 s.
  it('M/M/1 against its closed form', () => {
    within(responsePercentile(1, 80, 0.01, 0.99), Math.log(100) / 20, 1e-9)
  })

  it.each([
    [2, 150, 0.01],
    [4, 300, 0.01],
    [10, 8, 1],
    [55, 0.2, 240],
    [100, 17_500, 0.005],
  ])('c = %d, λ = %d/s, S = %d s: matches numerical integration', (c, lambda, s) => {
    within(responsePercentile(c, lambda, s, 0.99), p99ByIntegration(c, lambda, s))
  })

  // cμ − λ = μ: c = 2, λ = μ = 100/s. The closed form divides by θ − μ = 0;
  // the tail is then (1 − C) e^(−μt) + C (1 + μt) e^(−μt).
  it('where cμ − λ = μ, and on either side of it', () => {
    const at = responsePercentile(2, 100, 0.01, 0.99)
    within(at, p99ByIntegration(2, 100, 0.01))
    within(responsePercentile(2, 100 * (1 + 1e-9), 0.01, 0.99), at, 1e-6)
    within(responsePercentile(2, 100 * (1 - 1e-9), 0.01, 0.99), at, 1e-6)
    // C(2, 1) = 1/3; at t = 0.05 s, μt = 5: (2/3) e^-5 + (1/3)(6) e^-5 = (8/3) e^-5
    within(responseTail(1 / 3, 100, 100, 0.05), (8 / 3) * Math.exp(-5), 1e-12)
  })

  it('is infinite for an unstable queue', () => {
    expect(responsePercentile(2, 200, 0.01, 0.99)).toBe(Infinity)
  })
})

describe('instances needed', () => {
  /** The count, found in the test: the fewest stable instances upward, by numerical integration. */
  function neededByScan(lambda: number, s: number, concurrency: number, budget: number): number {
    for (let n = 1; ; n++) {
      if (n * concurrency <= lambda * s) continue
      if (p99ByIntegration(n * concurrency, lambda, s) <= budget) return n
    }
  }

  it.each([
    // λ (req/s), S (s), workers per instance, p99 budget (s)
    [20_000, 0.005, 4, 0.025], // the feed API: a = 100 Erlangs
    [1_000, 0.01, 1, 0.05],
    [500, 0.02, 8, 0.1],
    [50, 0.1, 2, 1],
    [3_000, 0.002, 16, 0.01],
  ])('λ = %d/s, S = %d s, %d workers each, budget %d s', (lambda, s, concurrency, budget) => {
    expect(instancesNeeded(lambda, s, concurrency, budget, 0.99)).toBe(neededByScan(lambda, s, concurrency, budget))
  })

  // The feed API by hand: a = 20,000 × 0.005 = 100 Erlangs; 25 instances × 4 = 100
  // workers is unstable; the walk finds 26 (104 workers, utilisation 96.2 %).
  it('the feed API needs 26 instances of 4 workers', () => {
    expect(instancesNeeded(20_000, 0.005, 4, 0.025, 0.99)).toBe(26)
  })

  // S × ln(100) = 10 ms × 4.605 = 46 ms > 40 ms: no count meets it, so the
  // answer is the fewest stable (a = 1 Erlang → 2 workers).
  it('a budget the service time alone cannot meet: the fewest stable instances', () => {
    expect(instancesNeeded(100, 0.01, 1, 0.04, 0.99)).toBe(2)
  })

  it('stops at the cap', () => {
    expect(instancesNeeded(1e9, 1, 1, 2, 0.99, 1_000)).toBe(1_000)
    expect(MAX_QUEUE_WORKERS).toBe(10_000_000)
  })
})

import {describe, expect, it} from 'vitest'
import {erlangB, erlangC, instancesNeeded, meanWait, responsePercentile, responseTail as newTail} from '../../src/engine/queueing.js'

// queueing.ts remembers its last Erlang B and its last percentile, so the four
// queue metrics of one component walk the recursion once. The functions below
// are the ones it had before (each walk from B(0) = 1, each percentile by a
// fresh bisection); the remembered values must be theirs bit for bit, in any
// order of calls. The tail below is the old one too (e^(−μt) computed twice),
// which the new one, computing it once, must equal bit for bit.

function hypoexponentialTail(theta: number, mu: number, t: number): number {
  const d = theta - mu
  const x = d * t
  if (Math.abs(x) < 1) {
    const g = x === 0 ? 1 : -Math.expm1(-x) / x
    return Math.exp(-mu * t) * (1 + mu * t * g)
  }
  return (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu)
}
function responseTail(w: number, theta: number, mu: number, t: number): number {
  return (1 - w) * Math.exp(-mu * t) + w * hypoexponentialTail(theta, mu, t)
}

function plainB(workers: number, offered: number): number {
  let b = 1
  for (let k = 1; k <= workers; k++) b = (offered * b) / (k + offered * b)
  return b
}
function plainCFromB(workers: number, offered: number, b: number): number {
  if (offered >= workers) return 1
  return (workers * b) / (workers - offered * (1 - b))
}
function plainC(workers: number, offered: number): number {
  if (offered >= workers) return 1
  return plainCFromB(workers, offered, plainB(workers, offered))
}
function plainPercentileGiven(c: number, workers: number, lambda: number, s: number, q: number): number {
  const mu = 1 / s
  const theta = workers * mu - lambda
  const tail = 1 - q
  let lo = 0
  let hi = s
  for (let i = 0; i < 2000 && responseTail(c, theta, mu, hi) > tail; i++) {
    lo = hi
    hi *= 2
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2
    if (responseTail(c, theta, mu, mid) > tail) lo = mid
    else hi = mid
  }
  return hi
}
function plainPercentile(workers: number, lambda: number, s: number, q: number): number {
  const offered = lambda * s
  if (offered >= workers) return Infinity
  return plainPercentileGiven(plainC(workers, offered), workers, lambda, s, q)
}
function plainMeanWait(workers: number, lambda: number, s: number): number {
  const offered = lambda * s
  if (offered >= workers) return Infinity
  return (plainC(workers, offered) * s) / (workers - offered)
}
function plainInstances(lambda: number, s: number, concurrency: number, budget: number, q: number, maxWorkers = 10_000_000): number {
  const offered = lambda * s
  const cap = Math.max(1, Math.floor(maxWorkers / concurrency))
  let n = Math.max(1, Math.floor(offered / concurrency) + 1)
  if (n >= cap) return cap
  const reachable = -s * Math.log1p(-q) <= budget
  for (;;) {
    const workers = n * concurrency
    if (!reachable) return n
    if (plainPercentileGiven(plainCFromB(workers, offered, plainB(workers, offered)), workers, lambda, s, q) <= budget || n >= cap) return n
    n += 1
  }
}

/** A grid of queues: loads from a fraction of a worker to thousands, one to 64 workers per instance, budgets tight to loose. */
function grid(): {lambda: number; s: number; concurrency: number; budget: number}[] {
  const out = []
  for (const lambda of [0.5, 3, 97.3, 1000, 34_791.666666666664, 120_000.5])
    for (const s of [0.001, 0.01, 0.0473, 0.2])
      for (const concurrency of [1, 4, 32, 64]) for (const budget of [0.002, 0.05, 0.15, 1.5]) out.push({lambda, s, concurrency, budget})
  return out
}

describe('the remembered Erlang B and percentile', () => {
  it('give what a fresh walk gives, in the order latency.ts asks, over a grid of loads', () => {
    let cases = 0
    for (const {lambda, s, concurrency, budget} of grid()) {
      if (lambda * s > 20_000) continue // bounded: a walk is one step per worker
      const n = instancesNeeded(lambda, s, concurrency, budget, 0.99)
      expect(n).toBe(plainInstances(lambda, s, concurrency, budget, 0.99))
      const c = n * concurrency
      expect(Object.is(erlangC(c, lambda * s), plainC(c, lambda * s))).toBe(true)
      expect(Object.is(meanWait(c, lambda, s), plainMeanWait(c, lambda, s))).toBe(true)
      expect(Object.is(responsePercentile(c, lambda, s, 0.99), plainPercentile(c, lambda, s, 0.99))).toBe(true)
      cases++
    }
    expect(cases).toBeGreaterThan(300)
  })

  it('give what a fresh walk gives when the calls interleave other arguments', () => {
    // Each call's arguments differ from the last's but one in three: the remembered value is used only for the same arguments.
    const asked: [number, number][] = [[352, 347.91666666666663], [351, 347.91666666666663], [352, 347.91666666666663], [352, 347.9166666666667], [1, 0], [1, -0], [1, 0], [10, 9.5], [10, 9.5], [0, 3]]
    for (const [c, a] of asked) {
      expect(Object.is(erlangB(c, a), plainB(c, a))).toBe(true)
      expect(Object.is(erlangC(c, a), plainC(c, a))).toBe(true)
    }
    expect(Object.is(responsePercentile(352, 34_791.666666666664, 0.01, 0.99), plainPercentile(352, 34_791.666666666664, 0.01, 0.99))).toBe(true)
    expect(Object.is(responsePercentile(352, 34_791.666666666664, 0.01, 0.999), plainPercentile(352, 34_791.666666666664, 0.01, 0.999))).toBe(true)
    expect(Object.is(responsePercentile(352, 34_791.666666666664, 0.01, 0.99), plainPercentile(352, 34_791.666666666664, 0.01, 0.99))).toBe(true)
    expect(Object.is(erlangB(2, Number.NaN), Number.NaN)).toBe(true)
  })

  it('the tail with e^(−μt) computed once equals the old tail, on both sides of |(θ − μ)t| = 1', () => {
    let cases = 0
    for (const w of [0, 1 / 3, 0.7553562952134991, 1])
      for (const theta of [0.5, 99.999, 100, 100.0001, 408.3333333333333, 5000])
        for (const t of [0, 1e-6, 0.0048, 0.048, 0.5, 3]) {
          expect(Object.is(newTail(w, theta, 100, t), responseTail(w, theta, 100, t))).toBe(true)
          cases++
        }
    expect(cases).toBe(144)
  })
})

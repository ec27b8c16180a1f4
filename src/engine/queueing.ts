/**
 * The M/M/c queue, exactly: Poisson arrivals at rate λ, c workers, each
 * holding a request for an exponential time of mean S (rate μ = 1 ÷ S), one
 * first-come-first-served queue. Pure numbers; engine/latency.ts puts them in
 * the ledger.
 *
 * Offered load a = λ × S (Erlangs). Stable only while a < c.
 */

/**
 * Workers one search may reach. The Erlang B recursion takes one step per
 * worker, so a search costs about as many steps as the workers it ends at;
 * ten million workers (a million instances of ten) is some 30 ms.
 */
export const MAX_QUEUE_WORKERS = 10_000_000

/** Bisection steps for a percentile: the bracket halves each step, so 200 reach any double's precision. */
const BISECTION_STEPS = 200

/**
 * Erlang B (the loss probability with c workers and no queue) by its
 * recurrence B(0) = 1, B(k) = a B(k − 1) ÷ (k + a B(k − 1)). Every step is a
 * ratio of positive numbers below 1, so nothing overflows (a^c ÷ c! for
 * c = 1,000 does) and nothing cancels.
 */
export function erlangB(workers: number, offered: number): number {
  if (Object.is(workers, lastB.workers) && Object.is(offered, lastB.offered)) return lastB.b
  let b = 1
  for (let k = 1; k <= workers; k++) b = (offered * b) / (k + offered * b)
  return rememberB(workers, offered, b)
}

/**
 * The last Erlang B made, with its arguments. One queue's metrics ask for the
 * same (c, a) up to four times in a row (the instances' search ends there; the
 * wait, the mean wait and the p99 start there), and each walk is c steps: the
 * same arguments give the same steps, so the remembered value is the one the
 * walk would give, bit for bit (test/engine/queueing-memo.test.ts).
 */
const lastB = {workers: NaN, offered: NaN, b: NaN}

function rememberB(workers: number, offered: number, b: number): number {
  lastB.workers = workers
  lastB.offered = offered
  lastB.b = b
  return b
}

/**
 * Erlang C, the probability that a request waits, from Erlang B:
 * C = c B ÷ (c − a (1 − B)). 1 when the queue is unstable (a ≥ c).
 */
export function erlangC(workers: number, offered: number): number {
  if (offered >= workers) return 1
  return erlangCFromB(workers, offered, erlangB(workers, offered))
}

function erlangCFromB(workers: number, offered: number, b: number): number {
  if (offered >= workers) return 1
  return (workers * b) / (workers - offered * (1 - b))
}

/**
 * P(E_θ + E_μ > t) for independent exponentials of rates θ and μ:
 * (θ e^(−μt) − μ e^(−θt)) ÷ (θ − μ), and (1 + μt) e^(−μt) when θ = μ.
 * Near θ = μ the difference cancels, so there it is written
 * e^(−μt) (1 + μt (1 − e^(−dt)) ÷ (dt)) with d = θ − μ and expm1, which tends
 * to the θ = μ form as d → 0. `eMuT` is e^(−μt), which the caller has.
 */
function hypoexponentialTail(theta: number, mu: number, t: number, eMuT: number): number {
  const d = theta - mu
  const x = d * t
  if (Math.abs(x) < 1) {
    const g = x === 0 ? 1 : -Math.expm1(-x) / x
    return eMuT * (1 + mu * t * g)
  }
  return (theta * eMuT - mu * Math.exp(-theta * t)) / (theta - mu)
}

/**
 * P(T > t) for the response time T = W + S: W is 0 with probability 1 − C,
 * else exponential with rate θ = cμ − λ; S is exponential with rate μ.
 * P(T > t) = (1 − C) e^(−μt) + C P(E_θ + E_μ > t).
 */
export function responseTail(waitProbability: number, theta: number, mu: number, t: number): number {
  // e^(−μt) once for both terms (the bisection asks some fifty times per percentile): the same call, the same bits.
  const eMuT = Math.exp(-mu * t)
  return (1 - waitProbability) * eMuT + waitProbability * hypoexponentialTail(theta, mu, t, eMuT)
}

/** The response time at percentile `quantile` (0.99 for the p99) of an M/M/c queue; Infinity when unstable. */
export function responsePercentile(workers: number, arrivalRate: number, serviceSeconds: number, quantile: number): number {
  const offered = arrivalRate * serviceSeconds
  if (offered >= workers) return Infinity
  return percentileGiven(erlangC(workers, offered), workers, arrivalRate, serviceSeconds, quantile)
}

/** The last percentile found, with its arguments: the instances' search and the p99 at the instances it found ask for the same one. */
const lastPercentile = {waitProbability: NaN, workers: NaN, arrivalRate: NaN, serviceSeconds: NaN, quantile: NaN, t: NaN}

function percentileGiven(waitProbability: number, workers: number, arrivalRate: number, serviceSeconds: number, quantile: number): number {
  const m = lastPercentile
  if (Object.is(waitProbability, m.waitProbability) && Object.is(workers, m.workers) && Object.is(arrivalRate, m.arrivalRate) && Object.is(serviceSeconds, m.serviceSeconds) && Object.is(quantile, m.quantile)) return m.t
  const t = searchPercentile(waitProbability, workers, arrivalRate, serviceSeconds, quantile)
  m.waitProbability = waitProbability
  m.workers = workers
  m.arrivalRate = arrivalRate
  m.serviceSeconds = serviceSeconds
  m.quantile = quantile
  m.t = t
  return t
}

function searchPercentile(waitProbability: number, workers: number, arrivalRate: number, serviceSeconds: number, quantile: number): number {
  const mu = 1 / serviceSeconds
  const theta = workers * mu - arrivalRate
  const tail = 1 - quantile
  // The tail falls from 1 at t = 0; widen the bracket until it is below the target.
  let lo = 0
  let hi = serviceSeconds
  for (let i = 0; i < 2000 && responseTail(waitProbability, theta, mu, hi) > tail; i++) {
    lo = hi
    hi *= 2
  }
  for (let i = 0; i < BISECTION_STEPS && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2
    if (responseTail(waitProbability, theta, mu, mid) > tail) lo = mid
    else hi = mid
  }
  return hi
}

/** The mean wait in the queue: C ÷ (cμ − λ). */
export function meanWait(workers: number, arrivalRate: number, serviceSeconds: number): number {
  const offered = arrivalRate * serviceSeconds
  if (offered >= workers) return Infinity
  return (erlangC(workers, offered) * serviceSeconds) / (workers - offered)
}

/** The fastest any response can be at this percentile: with no wait at all, the service time's own, S × ln(1 ÷ (1 − q)). */
export function servicePercentile(serviceSeconds: number, quantile: number): number {
  return -serviceSeconds * Math.log1p(-quantile)
}

/**
 * The smallest number of instances (each with `concurrency` workers) whose
 * response time at `quantile` is within the budget. The percentile falls as
 * instances are added (more workers never lengthen the wait), so the search
 * walks up from the fewest that keep the queue stable, carrying the Erlang B
 * recursion along, and stops at the first count that meets the budget.
 * When the service time alone cannot meet the budget (S × ln(1 ÷ (1 − q)) >
 * budget), no count can, and the answer is the fewest stable instances. The
 * walk stops at `maxWorkers` (the answer then is the count there).
 */
export function instancesNeeded(arrivalRate: number, serviceSeconds: number, concurrency: number, budgetSeconds: number, quantile: number, maxWorkers = MAX_QUEUE_WORKERS): number {
  const offered = arrivalRate * serviceSeconds
  const cap = Math.max(1, Math.floor(maxWorkers / concurrency))
  // Fewest instances with more workers than the offered load.
  let n = Math.max(1, Math.floor(offered / concurrency) + 1)
  if (n >= cap) return cap
  const reachable = servicePercentile(serviceSeconds, quantile) <= budgetSeconds
  let b = 1
  let k = 0
  for (;;) {
    const workers = n * concurrency
    for (k += 1; k <= workers; k++) b = (offered * b) / (k + offered * b)
    k = workers
    // The B of this count is the one erlangB would walk to: kept for the wait, mean wait and p99 at it.
    rememberB(workers, offered, b)
    if (!reachable) return n
    const c = erlangCFromB(workers, offered, b)
    if (percentileGiven(c, workers, arrivalRate, serviceSeconds, quantile) <= budgetSeconds || n >= cap) return n
    n += 1
  }
}

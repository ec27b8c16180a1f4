/**
 * Decisions under uncertainty, the arithmetic: in how many sampled worlds
 * each option wins, and which option is the least regret — the lowest
 * expected cost of being wrong over those worlds.
 *
 * The cost of being wrong follows the shape of Netflix's
 * service-capacity-modeling (its `CapacityRegretParameters.spend`): in a
 * world whose own best choice costs y a month, proposing an option that
 * costs x there is regretted as over × (x − y)^exponent when x > y (money
 * spent on capacity the world did not need) and under × (y − x)^exponent
 * when x < y (capacity the world needed and did not get), so running short
 * weighs more than paying too much, and large misses more than in
 * proportion. Its defaults are ours: over 1, under 1.25, exponent 1.2.
 */

/** How being wrong is weighed: per dollar a month over and under what the world needed, and the power that makes large misses worse. */
export interface RegretWeights {
  readonly overProvision: number
  readonly underProvision: number
  readonly exponent: number
}

/** Netflix service-capacity-modeling's spend regret (interface.py, `CapacityRegretParameters.spend`): over 1, under 1.25, exponent 1.2. */
export const DEFAULT_REGRET: RegretWeights = {overProvision: 1, underProvision: 1.25, exponent: 1.2}
export const DEFAULT_REGRET_SOURCE = 'https://github.com/Netflix-Skunkworks/service-capacity-modeling (service_capacity_modeling/interface.py, CapacityRegretParameters.spend)'

/** Sampled worlds a decision is scored in: the first this many of the Monte Carlo's samples (independent draws, so a fixed subset is a random one). */
export const DECISION_WORLDS = 250

/** Worlds the least-regret pick re-plans each contending option in (each a plan and a bill): the first this many of the decision worlds. */
export const REGRET_WORLDS = 100

/**
 * Re-plans the least-regret picks of one spec may make, in workloads planned:
 * a contender re-planned in every regret world costs REGRET_WORLDS × workloads.
 * 60,000 is, for 1 workload, 600 contenders (more than any spec has);
 * of 100 ranged workloads, 6 contenders (about 5 s); decisions past it get no pick.
 */
export const MAX_REGRET_PLAN_UNITS = 60_000

/** Workloads planned across the decision worlds: 250 worlds up to 10 workloads, fewer beyond (never under 20 worlds). */
export const MAX_WORLD_PLAN_UNITS = 2_500

/** Options a least-regret pick compares: the ones that win in some world, at most this many (most wins first). */
export const MAX_CONTENDERS = 4

/** The regret of proposing what costs `proposed` a month in a world whose own best costs `optimal`. */
export function regret(proposed: number, optimal: number, w: RegretWeights): number {
  const miss = proposed - optimal
  if (miss === 0) return 0
  return miss > 0 ? w.overProvision * miss ** w.exponent : w.underProvision * (-miss) ** w.exponent
}

/** Each option's share of the worlds it wins in, most first (ties by option order); a world where the decision does not arise counts for none. */
export function winShares(winners: readonly (string | null)[], order: readonly string[]): Array<{option: string; share: number}> {
  const counts = new Map<string, number>()
  for (const w of winners) if (w !== null) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts]
    .map(([option, count]) => ({option, share: count / winners.length}))
    .sort((a, b) => b.share - a.share || order.indexOf(a.option) - order.indexOf(b.option))
}

/** One contender's mean regret over the worlds, and its two sides: what it regrets by paying too much and by running short, and in what share of the worlds each. */
export interface ExpectedRegret {
  readonly option: string
  readonly regretUsd: number
  readonly overUsd: number
  readonly underUsd: number
  readonly overShare: number
  readonly underShare: number
}

/**
 * The option with the lowest mean regret over the worlds: `costs.get(option)[s]`
 * is the month's bill of world s with that option chosen, `optimal[s]` the
 * bill with the world's own winner. Ties go to the earlier contender.
 */
export function leastRegret(costs: ReadonlyMap<string, Float64Array>, optimal: Float64Array, w: RegretWeights): {option: string; expected: ExpectedRegret[]} | null {
  const n = optimal.length
  const expected = [...costs].map(([option, bills]): ExpectedRegret => {
    let sum = 0
    let over = 0
    let under = 0
    let worldsOver = 0
    let worldsUnder = 0
    for (let s = 0; s < n; s++) {
      const r = regret(bills[s]!, optimal[s]!, w)
      sum += r
      if (bills[s]! > optimal[s]!) (over += r), worldsOver++
      else if (bills[s]! < optimal[s]!) (under += r), worldsUnder++
    }
    const mean = (v: number): number => (n > 0 ? v / n : 0)
    return {option, regretUsd: mean(sum), overUsd: mean(over), underUsd: mean(under), overShare: mean(worldsOver), underShare: mean(worldsUnder)}
  })
  if (expected.length === 0) return null
  const best = expected.reduce((a, b) => (b.regretUsd < a.regretUsd ? b : a))
  return {option: best.option, expected}
}

import {estimateCost} from '../cost/estimate-cost.js'
import type {Estimate} from '../engine/estimate.js'
import {MetricTable} from '../engine/metric-table.js'
import {band} from '../engine/sampling.js'
import {decide} from '../matrices/decide.js'
import type {Decision} from '../matrices/types.js'
import {DECISION_WORLDS, DEFAULT_REGRET, MAX_REGRET_PLAN_UNITS, MAX_WORLD_PLAN_UNITS, DEFAULT_REGRET_SOURCE, leastRegret, MAX_CONTENDERS, REGRET_WORLDS, type RegretWeights, winShares} from '../matrices/under-uncertainty.js'
import type {AppliedOverlay} from '../overlay/apply.js'
import {planWithMetrics} from '../plan/plan.js'
import {withTechnologyModels} from '../plan/models/index.js'
import type {SystemModel} from '../spec/model.js'
import type {DecisionOutcomes} from './generated/schema-types.js'

export type {DecisionOutcomes} from './generated/schema-types.js'

/**
 * Decisions under uncertainty: the decisions, the plan and the bill made
 * again in each sampled world of a spec with ranges (the estimate's metrics
 * at one sample's values), on the first DECISION_WORLDS samples. Per
 * decision, each option's share of the worlds it wins, the band of the nodes
 * its choice needs and of the monthly cost of its component (the bill's
 * lines named by the decision id), and, where more than one option wins somewhere, the
 * least-regret pick (matrices/under-uncertainty.ts): each contender put in
 * place of the world's choice and re-planned and priced in the first
 * REGRET_WORLDS worlds, weighed by `regret` (analysis/regret-weights.ts). Null
 * for a spec without ranges. The Report's `outcomes`, and what `estimate` and
 * `explain` show of a decision: one computation for every output.
 */
export function decisionOutcomes(model: SystemModel, estimate: Estimate, samples: ReadonlyMap<string, Float64Array>, knowledge: AppliedOverlay, regret: {weights: RegretWeights; source: string} = {weights: DEFAULT_REGRET, source: DEFAULT_REGRET_SOURCE}): DecisionOutcomes | null {
  const {weights} = regret
  const ctx = {knowledge}
  const n = samples.values().next().value?.length ?? 0
  if (n === 0) return null
  // Bounded work: a world plans every workload; a spec of many workloads is decided in fewer worlds (at least 20).
  const worlds = Math.min(n, DECISION_WORLDS, Math.max(20, Math.floor(MAX_WORLD_PLAN_UNITS / Math.max(1, model.workloads.length))))
  // A world is the estimate's values with the sampled ones set, over the estimate's layout (metric-table.ts):
  // one array a world, not a copy of the thousand-odd nodes (which was most of the time, in allocation).
  const {layout} = estimate.metrics
  const pointValues = estimate.metrics.copyValues()
  const sampled = [...samples].flatMap(([id, values]) => {
    const at = layout.indexOf(id)
    return at < 0 ? [] : [{at, values}]
  })
  const enter = (s: number): Estimate => {
    const values = pointValues.slice()
    for (const {at, values: drawn} of sampled) values[at] = drawn[s]!
    return {...estimate, metrics: new MetricTable(layout, values), uncertainty: null}
  }
  const billOf = (world: Estimate, decisions: readonly Decision[]): {usd: number; nodes: number; plan: ReturnType<typeof planWithMetrics>['plan']; byComponent: Readonly<Record<string, number>>} => {
    const modelled = withTechnologyModels(model, world, decisions, ctx.knowledge.capacities)
    const {plan} = planWithMetrics(model, modelled, decisions, ctx.knowledge.capacities)
    const cost = estimateCost(model, modelled, decisions, plan, ctx.knowledge.prices)
    return {usd: cost.totalMonthlyUsd, nodes: plan.totalNodes, plan, byComponent: cost.byComponent}
  }
  const base = decide(model, estimate, ctx.knowledge.matrices, ctx.knowledge.adjustments)
  const winners = new Map(base.map((d) => [d.id, [] as Array<string | null>]))
  const nodes = new Map(base.map((d) => [d.id, [] as number[]]))
  const componentUsd = new Map(base.map((d) => [d.id, [] as number[]]))
  const totalNodes = new Float64Array(worlds)
  const monthlyUsd = new Float64Array(worlds)
  const kept: Decision[][] = []
  for (let s = 0; s < worlds; s++) {
    const world = enter(s)
    const decisions = decide(model, world, ctx.knowledge.matrices, ctx.knowledge.adjustments, false)
    const bill = billOf(world, decisions)
    totalNodes[s] = bill.nodes
    monthlyUsd[s] = bill.usd
    const byId = new Map(decisions.map((d) => [d.id, d]))
    for (const d of base) {
      const made = byId.get(d.id)
      winners.get(d.id)!.push(made?.choice.id ?? null)
      const item = made?.choice.technology ? bill.plan.items.find((i) => i.workload === made.subject && i.technology === made.choice.technology && i.sized) : undefined
      if (item) nodes.get(d.id)!.push(item.nodes)
      // A world whose bill has no line for the decision's component (it does not arise there) spends nothing on it.
      componentUsd.get(d.id)!.push(Object.hasOwn(bill.byComponent, d.id) ? bill.byComponent[d.id]! : Number.NaN)
    }
    if (s < REGRET_WORLDS) kept.push(decisions)
  }
  const optimal = Float64Array.from(kept, (_, s) => monthlyUsd[s]!)
  const matrixOf = new Map(ctx.knowledge.matrices.map((m) => [m.id, m]))
  // Bounded work: a re-plan costs about one unit per workload; past the budget a decision gets no pick (listed in `unpicked`).
  const unit = Math.max(1, model.workloads.length)
  let budget = MAX_REGRET_PLAN_UNITS
  const unpicked: string[] = []
  const decisions = base.map((d) => {
      const options = matrixOf.get(d.matrix)?.options ?? []
      const label = (id: string): string => options.find((o) => o.id === id)?.label ?? id
      const shares = winShares(winners.get(d.id)!, options.map((o) => o.id))
      const counted = nodes.get(d.id)!
      const billed = componentUsd.get(d.id)!
      const priced = billed.some((v) => !Number.isNaN(v))
      // A contender is put in place of the world's own choice; the other decisions stay as that world made them.
      const contenders = shares.slice(0, MAX_CONTENDERS).map((s) => s.option)
      const need = contenders.length * kept.length * unit
      const afford = contenders.length >= 2 && need <= budget
      if (contenders.length >= 2 && !afford) unpicked.push(d.id)
      if (afford) budget -= need
      const pick = !afford ? null : leastRegret(new Map(contenders.map((option) => [option, Float64Array.from(kept, (decisions, s) => {
        const own = decisions.find((x) => x.id === d.id)
        if (!own || own.choice.id === option) return optimal[s]!
        const forced = decisions.map((x) => (x === own ? {...x, choice: {...x.choice, id: option, label: label(option), technology: options.find((o) => o.id === option)?.technology ?? null}} : x))
        return billOf(enter(s), forced).usd
      })])), optimal, weights)
      return {
        id: d.id,
        shares: shares.map((s) => ({option: s.option, label: label(s.option), share: s.share})),
        nodes: counted.length === worlds ? band(Float64Array.from(counted)) : null,
        monthlyUsd: priced ? band(Float64Array.from(billed, (v) => (Number.isNaN(v) ? 0 : v))) : null,
        leastRegret: pick === null ? null : {option: pick.option, label: label(pick.option), expected: pick.expected},
      }
    })
  return {
    worlds,
    regretWorlds: kept.length,
    weights: {...weights, source: regret.source},
    totalNodes: band(totalNodes),
    monthlyUsd: band(monthlyUsd),
    decisions,
    ...(unpicked.length === 0 ? {} : {unpicked}),
  }
}

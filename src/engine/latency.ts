import {componentMetricId as cid, inputId, type MetricId, metricId, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import {erlangC, instancesNeeded, meanWait, responsePercentile, servicePercentile} from './queueing.js'
import type {Check} from './generated/schema-types.js'
import type {ComponentLatency, ComponentNode, SystemModel} from '../spec/model.js'

/** The percentile every budget here is for: the p99, as a quantile. */
export const BUDGET_QUANTILE = 0.99

const SLO_P99 = inputId('slo.latency.p99')

/** A component that sizes from latency, with what it states. */
type LatencyComponent = Extract<ComponentNode, {kind: 'component'}> & {readonly latency: ComponentLatency}

/** The components that state latency fields, in the order of the tree. */
export function latencyComponents(root: ComponentNode | null): LatencyComponent[] {
  const out: LatencyComponent[] = []
  const visit = (node: ComponentNode): void => {
    if (node.kind === 'component') {
      if (node.latency) out.push(node as LatencyComponent)
    } else node.children.forEach(visit)
  }
  if (root) visit(root)
  return out
}

/**
 * Sizing from latency, per component that states it: the p99 budget, the
 * M/M/c queue of its workers (engine/queueing.ts) and the instances whose p99
 * meets the budget, the fan-out tail; and the budgets along the request path
 * against the SLO's p99.
 */
export function addLatency(ledger: Ledger, model: SystemModel): Check[] {
  const components = latencyComponents(model.components)
  if (components.length === 0) return []
  const sloP99 = model.slo.latencySeconds.p99
  if (sloP99) ledger.input(SLO_P99, 'Latency SLO (p99)', 's', sloP99)
  const budgets = new Map<ComponentNode, MetricId>()
  for (const c of components) {
    const budget = addBudget(ledger, c, sloP99 !== undefined)
    if (budget === null) continue
    budgets.set(c, budget)
    if (c.latency.queue) addQueue(ledger, c, budget)
    if (c.latency.fanout) addFanout(ledger, c)
  }
  return addPath(ledger, model.components!, budgets, sloP99 !== undefined)
}

function addBudget(ledger: Ledger, c: LatencyComponent, hasSlo: boolean): MetricId | null {
  const label = `${c.name}: p99 latency budget`
  const id = cid(c.name, 'latency.budget')
  if (c.latency.budget) {
    const stated = ledger.input(inputId(`${c.path}.latency`), `${c.name} latency budget (as stated)`, 's', c.latency.budget)
    return ledger.derive(id, label, 's', 'latency', {latency: stated}, (v) => v.latency)
  }
  // Checked in the spec: a queue or a fan-out without a budget of its own has the SLO's.
  if (!hasSlo) return null
  return ledger.derive(id, label, 's', 'sloP99 (the component states no latency of its own)', {sloP99: SLO_P99}, (v) => v.sloP99)
}

/** One M/M/c queue of instances × concurrency workers, sized for the budget at the p99. */
function addQueue(ledger: Ledger, c: LatencyComponent, budget: MetricId): void {
  const q = c.latency.queue!
  const {concurrency} = q
  const a = q.arrivals
  const rateFrom: MetricId =
    a.kind === 'serves' ? metricId(workloadScope(a.workload), a.op === 'read' ? 'qps.read.peak' : 'qps.write.peak') : ledger.input(inputId(`${c.path}.peakRate`), `${c.name} peak rate (as stated)`, 'req/s', a.rate)
  const lambda = ledger.derive(cid(c.name, 'arrivalRate'), `${c.name}: arrival rate at peak (λ)`, 'req/s', a.kind === 'serves' ? `peak ${a.op}s of ${a.workload}` : 'peakRate', {rate: rateFrom}, (v) => v.rate)
  const service = ledger.input(inputId(`${c.path}.serviceTime`), `${c.name} service time (mean, S)`, 's', q.serviceTime)
  const offered = ledger.derive(cid(c.name, 'offeredLoad'), `${c.name}: offered load a = λ × S (Erlangs: workers busy on average)`, 'count', 'λ × S', {λ: lambda, S: service}, (v) => v.λ * v.S)
  ledger.derive(cid(c.name, 'responseTime.p99.serviceOnly'), `${c.name}: p99 of the service time alone (no wait)`, 's', 'S × ln(100)', {S: service}, (v) => servicePercentile(v.S, BUDGET_QUANTILE))
  const workers = (n: number): number => n * concurrency
  const c$ = concurrency === 1 ? 'n' : `n × ${concurrency}`
  const needed = ledger.derive(
    cid(c.name, 'instances.needed'),
    `${c.name}: instances whose p99 meets the budget (M/M/c)`,
    'count',
    `smallest n with p99(T; c = ${c$} workers, λ, S) ≤ budget, T = W + S exact (Erlang C); the fewest stable n when S × ln(100) > budget`,
    {λ: lambda, S: service, budget},
    (v) => instancesNeeded(v.λ, v.S, concurrency, v.budget, BUDGET_QUANTILE),
    // The walk's Erlang B steps (one per worker) and a bisection per count tried.
    () => Math.max(64, 2 * Math.ceil(ledger.value(offered))) + 256,
  )
  const inputs = {λ: lambda, S: service, n: needed}
  ledger.derive(cid(c.name, 'utilisation'), `${c.name}: worker utilisation at the instances needed`, 'ratio', `λ × S ÷ (${c$})`, inputs, (v) => (v.λ * v.S) / workers(v.n))
  ledger.derive(cid(c.name, 'waitProbability'), `${c.name}: probability a request waits (Erlang C)`, 'ratio', `ErlangC(c = ${c$}, a = λ × S), from the Erlang B recursion`, inputs, (v) => erlangC(workers(v.n), v.λ * v.S), () => Math.max(8, workers(ledger.value(needed))))
  ledger.derive(cid(c.name, 'meanWait'), `${c.name}: mean wait in the queue`, 's', `C × S ÷ (${c$} − λ × S)`, inputs, (v) => meanWait(workers(v.n), v.λ, v.S), () => Math.max(8, workers(ledger.value(needed))))
  ledger.derive(
    cid(c.name, 'responseTime.p99'),
    `${c.name}: p99 response time at the instances needed`,
    's',
    `t with P(T > t) = 1 %: (1 − C) e^(−μt) + C P(Exp(cμ − λ) + Exp(μ) > t), μ = 1 ÷ S, c = ${c$}`,
    inputs,
    (v) => responsePercentile(workers(v.n), v.λ, v.S, BUDGET_QUANTILE),
    () => Math.max(8, workers(ledger.value(needed))) + 256,
  )
  ledger.derive(
    cid(c.name, 'staffing.beta'),
    `${c.name}: square-root staffing β at the instances needed (c = a + β√a)`,
    'x',
    `(${c$} − a) ÷ √a`,
    {a: offered, n: needed},
    (v) => (v.a > 0 ? (workers(v.n) - v.a) / Math.sqrt(v.a) : 0),
  )
}

/** Dean and Barroso's tail at scale: all n backends within the budget for the request to be. */
function addFanout(ledger: Ledger, c: LatencyComponent): void {
  const n = c.latency.fanout!.backends
  ledger.derive(cid(c.name, 'fanout.backendQuantile'), `${c.name}: percentile each of ${n} backends must meet (q^(1/n), q = 0.99)`, 'ratio', `0.99^(1 ÷ ${n})`, {}, () => BUDGET_QUANTILE ** (1 / n))
  ledger.derive(cid(c.name, 'fanout.slowChance'), `${c.name}: chance a request meets at least one backend slower than its p99 (1 − 0.99^n)`, 'ratio', `1 − 0.99^${n}`, {}, () => 1 - BUDGET_QUANTILE ** n)
}

/**
 * The budgets along the request path: a series adds its parts' budgets, a
 * parallel group (one branch serves a request) takes its slowest branch.
 * Components without a budget add nothing. Summing p99s over-states the p99
 * of the sum (parts are seldom slow together), so a sum within the SLO is
 * safe; the shares show how the SLO's p99 is split.
 */
function addPath(ledger: Ledger, root: ComponentNode, budgets: ReadonlyMap<ComponentNode, MetricId>, hasSlo: boolean): Check[] {
  const inputs: Record<string, MetricId> = {}
  const names = new Map<MetricId, string>()
  budgets.forEach((id, node) => names.set(id, `b${names.size + 1}`))
  const formula = (node: ComponentNode): string | null => {
    if (node.kind === 'component') {
      const id = budgets.get(node)
      if (!id) return null
      const symbol = names.get(id)!
      inputs[symbol] = id
      return symbol
    }
    const parts = node.children.map(formula).filter((p): p is string => p !== null)
    if (parts.length === 0) return null
    if (parts.length === 1) return parts[0]!
    return node.kind === 'series' ? `(${parts.join(' + ')})` : `max(${parts.join(', ')})`
  }
  const text = formula(root)
  if (text === null || !hasSlo) return []
  const expression = text.startsWith('(') && text.endsWith(')') && !text.slice(1, -1).includes('(') ? text.slice(1, -1) : text
  const evaluate = (node: ComponentNode, v: Readonly<Record<string, number>>): number | null => {
    if (node.kind === 'component') {
      const id = budgets.get(node)
      return id ? v[names.get(id)!]! : null
    }
    const parts = node.children.map((child) => evaluate(child, v)).filter((p): p is number => p !== null)
    if (parts.length === 0) return null
    return node.kind === 'series' ? parts.reduce((s, p) => s + p, 0) : Math.max(...parts)
  }
  const path = ledger.derive('latency.budget.path', 'p99 budgets along the request path (series summed, slowest parallel branch)', 's', expression, inputs, (v) => evaluate(root, v) ?? 0)
  for (const [node, id] of budgets) {
    if (node.kind !== 'component') continue
    ledger.derive(cid(node.name, 'latency.share'), `${node.name}: share of the SLO's p99`, 'ratio', 'budget ÷ sloP99', {budget: id, sloP99: SLO_P99}, (v) => v.budget / v.sloP99)
  }
  const pass = ledger.branch([path, SLO_P99], ([p99, slo]) => p99! <= slo!)
  return [
    {
      id: 'latency.budgetWithinSlo',
      pass,
      message: pass ? 'the p99 budgets along the request path add up within the SLO\'s p99' : 'the p99 budgets along the request path add up to more than the SLO\'s p99',
      metrics: [path, SLO_P99],
    },
  ]
}

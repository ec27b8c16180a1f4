import {addAvailability, type Check} from './availability.js'
import {addLatency} from './latency.js'
import {addBandwidthTotals, addWorkloadBandwidth, bandwidthSuffix} from './bandwidth.js'
import {addProvisioned, addWorkloadCache} from './cache.js'
import {addCapacity, addConcurrency} from './capacity.js'
import {addWorkloadCdn} from './cdn.js'
import {addWorkloadLookups} from './lookups.js'
import {addConventions} from './conventions.js'
import {addSystemFanout, addWorkloadFanout} from './fanout.js'
import {addGrowthRates, addSystemCounts, addWorkloadCounts} from './counts.js'
import type {Uncertainty} from './generated/schema-types.js'
import {inputId, type MetricId, metricId, type ScopeSuffix, SYSTEM, workloadScope} from './ids.js'
import {Ledger, type LedgerOptions, type LedgerTracer, type Unit} from './ledger.js'
import {compiledEstimate} from './compiled-estimate.js'
import {MetricTable} from './metric-table.js'
import type {SystemModel} from '../spec/model.js'
import {HEADLINE_METRICS} from './headline.js'
import {findMetric} from './metrics.js'
import type {Band} from './sampling.js'
import {BandReader} from './band-image.js'
import {compileGraph, runProgram} from './program.js'
import {schedule} from './program-schedule.js'
import {chargeSampling, sensitivityBudget} from './monte-carlo-budget.js'
import {tornado} from './sensitivity.js'
import type {RunOptions} from './program.js'
import {withFirstOrderIndices} from './sobol.js'
import {addStorageTotals, addWorkloadStorage, type ByPart} from './storage.js'
import {addPeakFactor, addTotalsAndRates, addWorkloadTraffic} from './traffic.js'
import {addProvisioningConventions, addSystemProvisioning, addWorkloadProvisioning} from './provisioning.js'
import {addPrices, addSystemSpend, addWorkloadSpend} from './spend.js'
import {addSystemPushes, addWorkloadPushes} from './connections.js'

/** Everything the engine derives from a system: named numbers and verdicts. */
export interface Estimate {
  readonly name: string
  readonly workloads: readonly string[]
  readonly horizonYears: number
  /** Every input, convention and metric by id, in derivation order (by column: metric-table.ts). */
  readonly metrics: MetricTable
  readonly checks: readonly Check[]
  /** The Monte Carlo bands of every metric that depends on a range in the spec; null when the spec has none. */
  readonly uncertainty: Uncertainty | null
}

export type {Uncertainty} from './generated/schema-types.js'

/**
 * Derives every capacity number of a system. Pure: same model, same estimate.
 * A model without ranges is compiled once per shape and evaluated after
 * (compiled-estimate.ts), what the calls share frozen; one with ranges is derived in full.
 */
export function estimate(model: SystemModel): Estimate {
  return compiledEstimate(model, derivePoint)
}

/** The estimate derived in full, never from a compiled template: what the compiled one must equal. */
export function estimateInFull(model: SystemModel): Estimate {
  // Its caller reads no samples: the Monte Carlo keeps only those the sensitivity reads.
  const {ledger, checks} = deriveLedger(model, UNCERTAIN_FORMULAS)
  return summarise(model, ledger, checks, {}, true).estimate
}

/** The full derivation the compiled estimate falls back on and traces. */
function derivePoint(model: SystemModel, tracer?: LedgerTracer): Estimate {
  const {ledger, checks} = deriveLedger(model, tracer ? {...UNCERTAIN_FORMULAS, tracer} : UNCERTAIN_FORMULAS)
  return summarise(model, ledger, checks, {}, true).estimate
}

/**
 * The estimate and, for a spec with ranges, every sampled metric's raw
 * samples (for `--samples-out`). Point values are at the inputs' medians.
 * `options.reorderInputs` reorders the input samples before the metrics are
 * computed from them (program.ts); the bands of the inputs do not change.
 */
export function estimateWithSamples(model: SystemModel, options: RunOptions = {}): {estimate: Estimate; samples: ReadonlyMap<string, Float64Array>} {
  const {ledger, checks} = deriveLedger(model, UNCERTAIN_FORMULAS)
  return summarise(model, ledger, checks, options)
}

/** The estimate's own ledgers keep only the formulas the Monte Carlo and the sensitivity run again (ledger.ts). */
const UNCERTAIN_FORMULAS = {formulas: 'uncertain'} as const

/**
 * Every node of a system's estimate, derived at the point (the inputs'
 * medians), and the checks; with every node's formula unless told to keep
 * only the uncertain ones' (a test that samples a graph afresh needs them all).
 */
export function deriveLedger(model: SystemModel, options: LedgerOptions = {}): {ledger: Ledger; checks: Check[]} {
  const ledger = new Ledger(options)
  addConventions(ledger, model.conventions)
  addProvisioningConventions(ledger, model)
  addPrices(ledger, model)
  // Users are inputs only when the spec states them: nothing per user otherwise.
  if (model.users.mau) ledger.input(inputId('users.mau'), 'Monthly active users', 'users', model.users.mau)
  const {mau, dau, dauShare} = model.users
  if (mau && dauShare) {
    // DAU written as a share of MAU is derived from both, so each range is its own input to the sensitivity.
    const share = ledger.input(inputId('users.dau.share'), 'Daily active users as a share of MAU', 'ratio', dauShare)
    ledger.derive(inputId('users.dau'), 'Daily active users', 'users', 'mau × dauShare', {mau: inputId('users.mau'), dauShare: share}, (v) => v.mau * v.dauShare)
  } else if (dau) ledger.input(inputId('users.dau'), 'Daily active users', 'users', dau)
  addPeakFactor(ledger, model.traffic)

  for (const w of model.workloads) {
    addWorkloadTraffic(ledger, w)
    addWorkloadStorage(ledger, model, w)
    addWorkloadBandwidth(ledger, w)
    addWorkloadCdn(ledger, w)
    // Records held bound the cache's hot set, so they are counted first.
    addWorkloadCounts(ledger, w)
    addWorkloadCache(ledger, w)
    addWorkloadLookups(ledger, w)
    addCapacity(ledger, workloadScope(w.name))
    addConcurrency(ledger, w, w.latencySeconds)
    addWorkloadFanout(ledger, w)
    addGrowthRates(ledger, workloadScope(w.name))
    addWorkloadProvisioning(ledger, model, w)
    addWorkloadSpend(ledger, w.name)
    addWorkloadPushes(ledger, w)
  }
  addSystemTotals(ledger, model)
  addSystemProvisioning(ledger, model)
  addSystemSpend(ledger, model.workloads.map((w) => w.name))
  addSystemPushes(ledger, model)
  const checks = [...addAvailability(ledger, model), ...addLatency(ledger, model)]
  return {ledger, checks}
}

/** The estimate of a derived ledger: its Monte Carlo bands and sensitivity when the spec has ranges. */
function summarise(model: SystemModel, ledger: Ledger, checks: readonly Check[], options: RunOptions, lean = false): {estimate: Estimate; samples: ReadonlyMap<string, Float64Array>} {
  const metrics = MetricTable.of(ledger.inOrder())
  const count = ledger.sampleCount()
  const workloads = model.workloads.map((w) => w.name)
  // No samples (no ranges, or POINTS_ONLY): nothing to compile, charge or summarise.
  if (count === 0) return {estimate: {name: model.name, workloads, horizonYears: model.horizonYears, metrics, checks, uncertainty: null}, samples: new Map(ledger.graph().sampled)}
  const graph = ledger.graph()
  const headline = HEADLINE_METRICS.filter((id) => findMetric(metrics, id) !== null)
  // Lean, each metric's band is read as its samples are made and its array dropped after its last
  // reader, sums folded as their parts come (program-schedule.ts), unless the variance shares may
  // read it (an input or a headline metric); the budget then charges the most arrays held at once.
  const program = compileGraph(graph)
  const wanted = new Set<string>(headline)
  const keep = lean ? (id: string) => graph.sampled.has(id) || wanted.has(id) : undefined
  const plan = schedule(program, keep)
  // Refused before any array is allocated when the Monte Carlo would pass its budget.
  chargeSampling(graph, program, count, lean ? plan.peak : undefined)
  // The sensitivity analysis needs only the inputs' bands, so it runs (within its own budget, or
  // refuses) before the metrics are sampled.
  // A metric that is a monotone image of one earlier array reads its band off that array's order statistics (band-image.ts).
  const reader = new BandReader()
  const inputBands = new Map([...graph.sampled].map(([id, s]) => [id, reader.read(id, s)] as const))
  const sensitivity = tornado(graph, inputBands, headline, sensitivityBudget())
  const banded = new Map<string, Band>()
  const samples = runProgram(program, graph.sampled, {...options, seen: (id, s, image, sum) => banded.set(id, inputBands.get(id) ?? reader.read(id, s, image, sum)), ...(keep ? {keep, reuse: true} : {})}, plan)
  const bands: Record<string, Band> = {}
  for (const id of metrics.ids()) {
    const b = banded.get(id)
    if (b) bands[id] = b
  }
  // Ranked by each input's share of the variance, read off the samples (sobol.ts); the tornado's swings stay its picture.
  const correlations = (model.correlations ?? []).map((c) => ({between: [...c.between], rank: c.rank, achieved: c.achieved}))
  const uncertainty: Uncertainty = {samples: count, bands, sensitivity: withFirstOrderIndices(sensitivity, samples), ...(correlations.length > 0 ? {correlations} : {})}
  const result: Estimate = {name: model.name, workloads, horizonYears: model.horizonYears, metrics, checks, uncertainty}
  return {estimate: result, samples}
}

/**
 * System-wide figures: each the sum of the workloads' own. A figure every
 * estimate has is a sum of none (0) for a spec without workloads (a question
 * of availability alone); one only some workloads have is left out when none do.
 */
function addSystemTotals(ledger: Ledger, model: SystemModel): void {
  const across = <S extends ScopeSuffix>(suffix: S, label: string, unit: Unit, always = false): S | null => {
    const parts: Record<string, MetricId> = {}
    for (const w of model.workloads) {
      const id = metricId(workloadScope(w.name), suffix)
      if (ledger.has(id)) parts[w.name] = id
    }
    return Object.keys(parts).length === 0 && !always ? null : ledger.sum(suffix, label, unit, parts)
  }
  const reads = across('requests.read.perDay', 'Reads per day', 'req', true)!
  const writes = across('requests.write.perDay', 'Writes per day', 'req', true)!
  addTotalsAndRates(ledger, SYSTEM, reads, writes)
  addCapacity(ledger, SYSTEM)

  const perDay: ByPart = {}
  for (const part of ['text', 'media'] as const) {
    const id = across(`storage.${part}.perDay`, `New ${part} data per day`, 'B', part === 'text')
    if (id) perDay[part] = id
  }
  addStorageTotals(ledger, SYSTEM, perDay, null)
  across('storage.text.total', 'Text data kept over retention', 'B', true)
  across('storage.media.total', 'Media data kept over retention', 'B')
  across('storage.total', 'Data kept over retention (no growth)', 'B', true)
  for (let year = 1; year <= model.horizonYears; year++) across(`storage.year.${year}`, `Data held at the end of year ${year}`, 'B', true)

  const withMedia = model.workloads.some((w) => w.media !== null)
  for (const level of ['avg', 'peak'] as const) {
    for (const dir of ['ingress', 'egress'] as const) {
      const word = level === 'avg' ? 'Average' : 'Peak'
      across(bandwidthSuffix(dir, 'text', level), `${word} text ${dir}`, 'B/s', true)
      if (withMedia) across(bandwidthSuffix(dir, 'media', level), `${word} media ${dir}`, 'B/s')
    }
    addBandwidthTotals(ledger, SYSTEM, level, withMedia)
  }

  const hot = across('cache.hotBytes', 'Cache hot set', 'B')
  if (hot) addProvisioned(ledger, SYSTEM, hot)
  across('concurrency.peak', 'Requests in flight at peak', 'count')
  addSystemFanout(ledger, model.workloads)
  addSystemCounts(ledger, model.workloads)
  addGrowthRates(ledger, SYSTEM)
}

import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {optionalMetric} from '../engine/metrics.js'
import type {SystemModel, Workload} from '../spec/model.js'
import type {Decision} from '../matrices/types.js'
import {APP_TECHNOLOGY, type Capacities, findTechnology, type TechnologyCapacity, type TechnologyKind} from './capacities.js'
import type {SizingContext} from './context.js'
import {MissingFigure} from './figures.js'
import {sizeAnalytical, sizeApp, sizeBatch, sizeBroker, sizeCache, sizeLog, sizeObjectStorage, sizePubSub, sizeStream} from './sizers/services.js'
import {sizeKeyValue, sizeRelational, sizeReplicaSets, sizeSearch, sizeWideColumn} from './sizers/stores.js'
import type {NodePlan, ScalingPlan} from './types.js'
import {surviveZoneLoss} from './zone-loss.js'
import type {MetricNode} from '../engine/ledger.js'
import {planLedger, planMetrics} from './plan-metrics.js'

type Sizer = (ctx: SizingContext) => NodePlan[]

const SIZERS: Readonly<Record<TechnologyKind, Sizer>> = {
  relational: sizeRelational,
  'wide-column': sizeWideColumn,
  'key-value': sizeKeyValue,
  document: sizeReplicaSets,
  graph: sizeReplicaSets,
  'time-series': sizeReplicaSets,
  'object-storage': (ctx) => sizeObjectStorage(ctx, 'all'),
  search: sizeSearch,
  cache: sizeCache,
  log: sizeLog,
  broker: sizeBroker,
  pubsub: sizePubSub,
  stream: sizeStream,
  batch: sizeBatch,
  analytical: sizeAnalytical,
  app: sizeApp,
}

/** Kinds that are a workload's system of record (and so the place its media hang off). */
const STORES: ReadonlySet<TechnologyKind> = new Set(['relational', 'wide-column', 'key-value', 'document', 'graph', 'time-series'])

/** Matrices that decide where a workload's media objects live, rather than its records. */
export const MEDIA_MATRICES: ReadonlySet<string> = new Set(['media-path'])

/** Matrices whose cache technology holds all the workload's data in memory (a ranking's sorted set), not a hot set. */
export const IN_MEMORY_DATA_MATRICES: ReadonlySet<string> = new Set(['ranking'])

/** Matrices whose product, when it is also the workload's data store (a search cluster), is that store: sized once, there. */
const SAME_AS_STORE_MATRICES: ReadonlySet<string> = new Set(['search-engine'])
const STORE_MATRIX = 'datastore'

/**
 * How many machines each decision's technology needs, and why, in numbers.
 * For every decision that names a technology: the catalog's sizer for its
 * kind (replicas and shards for a relational store, nodes × RF for a
 * wide-column one, shards from memory for a cache, partitions and brokers for
 * a log …); media objects in object storage, as the media-path decision says
 * (or, without one, next to the workload's store); and the application tier
 * from the system's peak requests. Peaks are divided by what a node takes at
 * `targetUtilization` (the spec's convention unless given); with `zones`,
 * throughput-bound counts then grow to survive the loss of one zone at peak
 * (zone-loss.ts). Pure: same inputs, same plan.
 */
export function planScaling(model: SystemModel, estimate: Estimate, decisions: readonly Decision[], capacities: Capacities, targetUtilization: number = model.conventions.targetUtilization.value): ScalingPlan {
  return planWithMetrics(model, estimate, decisions, capacities, targetUtilization).plan
}

/** The plan, and the metrics it derived on top of the estimate (plan-metrics.ts), which the Report lists with the estimate's. */
export function planWithMetrics(model: SystemModel, estimate: Estimate, decisions: readonly Decision[], capacities: Capacities, targetUtilization: number = model.conventions.targetUtilization.value): {plan: ScalingPlan; metrics: MetricNode[]} {
  const ledger = planLedger(estimate)
  const items: NodePlan[] = []
  const mediaDecided = new Map(decisions.filter((d) => MEDIA_MATRICES.has(d.matrix) && d.subject !== null).map((d) => [d.subject!, d]))
  const mediaPlaced = new Set<string>()
  const pushedTo = pushTargets(decisions)
  const partitioned = new Map(decisions.filter((d) => d.matrix === 'partitioning' && d.subject !== null).map((d) => [d.subject!, d.choice.label]))
  const context = (component: string, workload: Workload | null, technology: string, capacity: TechnologyCapacity, matrix: string | null = null): SizingContext => ({
    component,
    workload,
    technology,
    capacity,
    util: targetUtilization,
    model,
    estimate,
    ledger,
    partitionedAs: workload === null ? null : (partitioned.get(workload.name) ?? null),
    mediaInStore: workload !== null && workload.media !== null && mediaDecided.get(workload.name)?.choice.technology === null,
    pushDeliveries: workload !== null && matrix !== null && pushedTo.get(workload.name) === matrix ? deliveries(estimate, workload) : null,
  })

  for (const d of decisions) {
    const technology = d.choice.technology
    if (technology === null) continue // a pattern (fan-out model, media in the database …), not machines of its own
    const workload = d.subject === null ? null : (model.workloads.find((w) => w.name === d.subject) ?? null)
    const capacity = findTechnology(capacities, technology)?.capacity
    if (workload?.figureless === true) {
      items.push(unsized(d.id, workload, technology, capacity?.nodeClass ?? null, `not sized: the spec states no figure for ${workload.name} (figures: none), so there is no rate, count or size to divide; size it by hand once they are known`))
      continue
    }
    if (!capacity) {
      items.push(unsized(d.id, workload, technology, null, `no reference capacity for ${technology} in data/capacities.yaml; size it by hand, or give its figures in an overlay`))
      continue
    }
    const store = SAME_AS_STORE_MATRICES.has(d.matrix) ? decisions.find((o) => o.matrix === STORE_MATRIX && o.subject === d.subject && o.choice.technology === technology) : undefined
    if (store) {
      items.push({...unsized(d.id, workload, technology, capacity.nodeClass, `the same ${technology} as ${store.id}, which holds this workload and is sized there`), sized: true})
      continue
    }
    const ctx = context(d.id, workload, technology, capacity, d.matrix)
    if (MEDIA_MATRICES.has(d.matrix) && workload?.media && capacity.kind === 'object-storage') {
      items.push(...size(ctx, 'media'))
      continue
    }
    if (IN_MEMORY_DATA_MATRICES.has(d.matrix) && capacity.kind === 'cache') {
      items.push(...size(ctx, 'data'))
      continue
    }
    items.push(...size(ctx))
    // No media-path decision: the media still need a home, next to the records.
    if (workload?.media && STORES.has(capacity.kind) && !mediaDecided.has(workload.name) && !mediaPlaced.has(workload.name)) {
      mediaPlaced.add(workload.name)
      const store = objectStore(capacities)
      if (store) items.push(...size(context(d.id, workload, store.name, store.capacity), 'media'))
    }
  }

  const app = capacities.technologies[APP_TECHNOLOGY]
  items.push(...(app ? size(context('app', null, APP_TECHNOLOGY, app)) : [unsized('app', null, APP_TECHNOLOGY, null, `no reference capacity for ${APP_TECHNOLOGY} in data/capacities.yaml`)]))
  // Zone loss last: each tier's count at peak, spread so the zones left carry it.
  const planned = surviveZoneLoss(items, model.zones, ledger)
  return {plan: {items: planned, totalNodes: planned.reduce((sum, i) => sum + i.nodes, 0), targetUtilization}, metrics: planMetrics(ledger, estimate)}
}

/**
 * Where push fan-out writes the timelines, by workload: the matrix of the
 * component that receives them. Push and hybrid both write each post into
 * its followers' timelines (hybrid leaves out only the largest accounts, so
 * writes × average followers is its upper bound); the timelines live in the
 * workload's cache when it has one, else in its data store.
 */
function pushTargets(decisions: readonly Decision[]): ReadonlyMap<string, 'cache' | 'datastore'> {
  const targets = new Map<string, 'cache' | 'datastore'>()
  for (const d of decisions) {
    if (d.matrix !== 'fanout' || d.subject === null || (d.choice.id !== 'push' && d.choice.id !== 'hybrid')) continue
    const cached = decisions.some((c) => c.matrix === 'cache' && c.subject === d.subject && c.choice.technology !== null)
    targets.set(d.subject, cached ? 'cache' : 'datastore')
  }
  return targets
}

/** A workload's peak fan-out deliveries, when the estimate has them (it writes and states followers). */
function deliveries(estimate: Estimate, w: Workload): {peak: number; from: string} | null {
  const id = workloadMetricId(w.name, 'fanout.deliveries.peak')
  const peak = optionalMetric(estimate.metrics, id)
  return peak === null ? null : {peak, from: id}
}

/** Runs the kind's sizer; a figure the catalog lacks turns into a plain "no reference capacity". */
function size(ctx: SizingContext, part: 'media' | 'data' | null = null): NodePlan[] {
  try {
    return part === 'media' ? sizeObjectStorage(ctx, 'media') : part === 'data' ? sizeCache(ctx, 'data') : SIZERS[ctx.capacity.kind](ctx)
  } catch (e) {
    if (!(e instanceof MissingFigure)) throw e
    const why = ctx.capacity.gap ?? `neither data/capacities.yaml nor an overlay gives its \`${e.figure}\``
    return [unsized(ctx.component, ctx.workload, ctx.technology, ctx.capacity.nodeClass, `no reference capacity for ${ctx.technology}: ${why}; size it by hand, or give its figures in an overlay (capacities: ${ctx.technology}: …)`)]
  }
}

function unsized(component: string, workload: Workload | null, technology: string, nodeClass: string | null, line: string): NodePlan {
  return {component, workload: workload?.name ?? null, technology, role: 'node', nodes: 0, shards: 1, shardKey: null, basis: [line], capacities: [], nodeClass, sized: false, storage: null}
}

/** The catalog's object store (where media objects live whatever holds the records). */
function objectStore(capacities: Capacities): {name: string; capacity: TechnologyCapacity} | null {
  const entry = Object.entries(capacities.technologies).find(([, c]) => c.kind === 'object-storage')
  return entry ? {name: entry[0], capacity: entry[1]} : null
}

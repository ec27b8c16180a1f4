import type {Estimate} from '../engine/estimate.js'
import type {Ledger} from '../engine/ledger.js'
import {metricId, type ScopeConditionalSuffix, type ScopeMetricId, type ScopeSuffix, SYSTEM, workloadMetricId, workloadScope} from '../engine/ids.js'
import {metricValue, optionalMetric} from '../engine/metrics.js'
import type {SystemModel, Workload} from '../spec/model.js'
import {bytes, rate} from './basis.js'
import type {TechnologyCapacity} from './capacities.js'
import type {FigureReader} from './figures.js'
import type {NodePlan, StoragePlan} from './types.js'

/** What a sizer knows about the component it sizes. */
export interface SizingContext {
  readonly component: string
  readonly workload: Workload | null
  readonly technology: string
  readonly capacity: TechnologyCapacity
  /** Share of a node's capacity planned for at peak. */
  readonly util: number
  readonly model: SystemModel
  readonly estimate: Estimate
  /** The plan's ledger (the estimate's metrics adopted): where a sizer derives the figures it shows as metrics (plan-metrics.ts). */
  readonly ledger: Ledger
  /** The partitioning decision's choice for this workload (its label), when the decision is asked; null otherwise. */
  readonly partitionedAs?: string | null
  /** True when the media-path decision keeps this workload's media in its database. */
  readonly mediaInStore: boolean
  /**
   * Fan-out deliveries this component takes, where the fan-out decision pushes
   * (push or hybrid) and this component holds the timelines: the workload's
   * cache when it has one, else its store. Null everywhere else.
   */
  readonly pushDeliveries?: {readonly peak: number; readonly from: string} | null
}

/**
 * Peak writes a component takes, with a push fan-out's timeline writes on
 * top where it receives them, and the text that says so.
 */
export function peakWrites(ctx: SizingContext): {readonly value: number; readonly text: string} {
  const writes = metric(ctx, 'qps.write.peak')
  const pushed = ctx.pushDeliveries
  if (!pushed) return {value: writes, text: rate(writes)}
  return {value: writes + pushed.peak, text: `${rate(writes)} + ${rate(pushed.peak)} push fan-out deliveries (${pushed.from})`}
}

/** Id of a metric in the component's scope: the workload's own, or the system's. */
export function scoped<S extends ScopeSuffix>(ctx: SizingContext, suffix: S): ScopeMetricId<S> {
  return metricId(ctx.workload ? workloadScope(ctx.workload.name) : SYSTEM, suffix)
}

/** A metric's value in the component's scope: one every estimate has, or one the caller knows the spec calls for. */
export function metric(ctx: SizingContext, suffix: ScopeSuffix): number {
  return metricValue(ctx.estimate.metrics, scoped(ctx, suffix))
}

/** A metric the scope has only when the spec describes it (media, cache, …); null otherwise. */
export function optionalScoped(ctx: SizingContext, suffix: ScopeConditionalSuffix): number | null {
  return optionalMetric(ctx.estimate.metrics, scoped(ctx, suffix))
}

/** Bytes a store keeps, as one logical copy, and the basis line that says so. */
export interface StoredData {
  readonly bytes: number
  readonly from: string
  /** `text data`, `data`: what a division names. */
  readonly label: string
  readonly line: string
}

/**
 * Data kept over retention, one copy: the estimate's `storage.<part>.total`
 * includes the spec's replication factor, which is divided out here because
 * the store's own replication is counted by the plan. A database holds the
 * text (media objects go to object storage, unless the media path keeps them
 * in the database); `all` is everything, for an object store.
 */
export function storedData(ctx: SizingContext, scope: 'store' | 'all' = 'store'): StoredData {
  const workloads = ctx.workload ? [ctx.workload] : ctx.model.workloads
  const parts = scope === 'all' || ctx.mediaInStore ? (['text', 'media'] as const) : (['text'] as const)
  const m = ctx.estimate.metrics
  let logical = 0
  let replicated = false
  for (const w of workloads) {
    const kept = (part: 'text' | 'media'): number =>
      part === 'text'
        ? metricValue(m, workloadMetricId(w.name, 'storage.text.total'))
        : // A workload without media keeps none.
          (optionalMetric(m, workloadMetricId(w.name, 'storage.media.total')) ?? 0)
    const total = parts.reduce((sum: number, p) => sum + kept(p), 0)
    logical += total / w.replication.value
    if (w.replication.value !== 1) replicated = true
  }
  const withMedia = workloads.some((w) => w.media)
  const from = scoped(ctx, parts.length === 1 ? 'storage.text.total' : 'storage.total')
  const label = withMedia && parts.length === 1 ? 'text data' : 'data'
  const notes = [
    withMedia ? (parts.length === 1 ? 'media objects go to object storage' : scope === 'all' ? 'media included' : 'media included: the media path keeps them in the database') : null,
    replicated ? "one copy: the spec's replication factor is divided out, the store's own is counted here" : null,
  ].filter((n) => n !== null)
  const line = `${label} kept over retention: ${bytes(logical)}${notes.length ? ` (${notes.join('; ')})` : ''}`
  return {bytes: logical, from, label, line}
}

export interface ItemFields {
  readonly role: string
  readonly nodes: number
  readonly shards?: number
  readonly shardKey?: string | null
  readonly basis: readonly string[]
  readonly storage?: StoragePlan | null
  /** Overrides the technology's machine class (null for managed items). */
  readonly nodeClass?: string | null
  readonly technology?: string
}

export function item(ctx: SizingContext, figures: FigureReader, f: ItemFields): NodePlan {
  return {
    component: ctx.component,
    workload: ctx.workload?.name ?? null,
    technology: f.technology ?? ctx.technology,
    role: f.role,
    nodes: f.nodes,
    shards: f.shards ?? 1,
    shardKey: f.shardKey ?? null,
    basis: f.basis,
    capacities: figures.list(),
    nodeClass: f.nodeClass === undefined ? ctx.capacity.nodeClass : f.nodeClass,
    sized: true,
    storage: f.storage ?? null,
  }
}

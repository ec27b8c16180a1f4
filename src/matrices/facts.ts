import type {Estimate} from '../engine/estimate.js'
import {metricId, type Scope, type ScopeConditionalSuffix, type ScopeSuffix, SYSTEM, workloadMetricId, workloadScope} from '../engine/ids.js'
import type {Unit} from '../engine/ledger.js'
import {metricValue, optionalMetric} from '../engine/metrics.js'
import type {SystemModel, Workload} from '../spec/model.js'
import {designSystemFacts, designWorkloadFacts} from './design-facts.js'
import type {Fact, Facts} from './types.js'
import {connectionFacts, queryFacts} from './facts-queries.js'
import {operationSystemFacts} from './facts-operations.js'
import {queueSystemFacts} from './facts-queue.js'
import {mediaLayoutFacts, mediaUploadFacts} from './facts-media.js'
import {cacheFacts} from './facts-cache.js'
import {capabilityFacts} from './facts-capabilities.js'
import {computeFacts} from './facts-compute.js'
import {FIGURE_FIELDS} from '../spec/figureless.js'

/**
 * The facts the matrices test, named once here. Numbers come from the
 * estimate (each fact names its metric), properties from the spec. A fact the
 * spec does not state is null, and conditions on it do not fire.
 */
export function systemFacts(model: SystemModel, e: Estimate): Facts {
  const textPerDay = metricValue(e.metrics, 'storage.text.perDay')
  // No workload has media: no media bytes.
  const mediaPerDay = optionalMetric(e.metrics, 'storage.media.perDay') ?? 0
  const followers = model.workloads.map((w) => w.facts.fanout).filter((f) => f !== null)
  const peaks = model.workloads.map((w) => metricValue(e.metrics, workloadMetricId(w.name, 'qps.total.peak'))).filter((q) => q > 0)
  return {
    ...scopedMetrics(e, SYSTEM),
    // Media bytes per text byte written: the case study's reason to split media off.
    mediaToTextRatio: {value: ratio(mediaPerDay, textPerDay), unit: 'x', from: 'storage.media.perDay'},
    egressBytesPerSecond: {value: metricValue(e.metrics, 'bandwidth.egress.avg'), unit: 'B/s', from: 'bandwidth.egress.avg'},
    // The effective peak ÷ average, whichever way the spec shapes its traffic.
    peakFactor: {value: metricValue(e.metrics, 'traffic.peakFactor'), unit: 'x', from: 'traffic.peakFactor'},
    availabilitySlo: {value: model.slo.availability?.value ?? null, unit: 'ratio', from: 'input.slo.availability'},
    // Null without an availability SLO: conditions on it do not fire.
    downtimePerYear: {value: optionalMetric(e.metrics, 'availability.slo.downtime.year'), unit: 's', from: 'availability.slo.downtime.year'},
    durabilitySlo: {value: model.slo.durability?.value ?? null, unit: 'ratio', from: 'slo.durability'},
    // Slowest ÷ fastest latency target (p99 ÷ p50): how much request times vary.
    latencySpread: {value: spread(Object.values(model.slo.latencySeconds).map((i) => i.value)), unit: 'x', from: 'slo.latency'},
    consistency: {value: model.slo.consistency, from: 'slo.consistency'},
    engineers: {value: model.teamEngineers?.value ?? null, unit: 'count', from: 'team.engineers'},
    // Static assets are files a CDN serves, no service of their own.
    workloadCount: {value: model.workloads.filter((w) => w.facts.static !== true).length, unit: 'count', from: 'workloads'},
    // How unevenly the workloads load the system: a reason to scale parts independently.
    loadSpread: {value: peaks.length > 1 ? Math.max(...peaks) / Math.min(...peaks) : 1, unit: 'x', from: 'qps.total.peak'},
    hasFanout: {value: followers.length > 0, from: 'workloads.*.fanout'},
    maxFollowers: {value: followers.length ? Math.max(...followers.map((f) => f.maxFollowers?.value ?? f.averageFollowers.value)) : null, unit: 'count', from: 'workloads.*.fanout.maxFollowers'},
    ordering: {value: model.workloads.some((w) => w.facts.ordering === true), from: 'workloads.*.ordering'},
    transactions: {value: model.workloads.some((w) => w.facts.transactions === true), from: 'workloads.*.transactions'},
    hasMedia: {value: model.workloads.some((w) => w.media !== null), from: 'workloads.*.media'},
    staticAssets: {value: model.workloads.some((w) => w.facts.static === true), from: 'workloads.*.static'},
    ...designSystemFacts(model, e),
    ...connectionFacts(model, e),
    ...operationSystemFacts(model),
    ...queueSystemFacts(model),
    ...computeFacts(model),
    // The system's record bytes are unknown when a workload that holds records states no size.
    ...(model.workloads.some((w) => Object.keys(unsizedBytes(w)).length > 0 && (w.writes !== null || w.existingRecords !== null))
      ? {textStorageBytes: {value: null, unit: 'B', from: 'workloads.*.recordSize'} satisfies Fact}
      : {}),
  }
}

/** Facts of one workload, over the system's (a workload's own facts win on a name clash). */
export function workloadFacts(model: SystemModel, e: Estimate, w: Workload, system: Facts): Facts {
  const f = w.facts
  const text = metricValue(e.metrics, workloadMetricId(w.name, 'storage.text.perDay'))
  // A workload without media writes no media bytes.
  const media = optionalMetric(e.metrics, workloadMetricId(w.name, 'storage.media.perDay')) ?? 0
  const from = (field: string): string => `workloads.${w.name}.${field}`
  const own: Record<string, Fact> = {
    ...scopedMetrics(e, workloadScope(w.name)),
    mediaShareOfBytes: {value: text + media > 0 ? media / (text + media) : 0, unit: 'ratio', from: workloadMetricId(w.name, 'storage.perDay')},
    mediaToTextRatio: {value: ratio(media, text), unit: 'x', from: workloadMetricId(w.name, 'storage.media.perDay')},
    mediaObjectBytes: {value: w.media?.bytes.value ?? null, unit: 'B', from: from('media.size')},
    ...mediaUploadFacts(w),
    ...mediaLayoutFacts(e, w),
    recordBytes: {value: w.recordBytes.value, unit: 'B', from: w.recordBytes.path},
    ...unsizedBytes(w),
    hasWrites: {value: w.writes !== null, from: from('writes')},
    hasReads: {value: w.reads !== null, from: from('reads')},
    hasMedia: {value: w.media !== null, from: from('media')},
    retentionForever: {value: w.retentionSeconds === null, from: from('retention')},
    // The stated yearly growth of its writes (0 when unstated: the projection's "no growth").
    yearlyGrowth: {value: w.yearlyGrowth.value, unit: 'ratio', from: from('growth')},
    // What that growth multiplies the writes by over the projection horizon: (1 + growth)^horizonYears.
    horizonGrowth: {value: (1 + w.yearlyGrowth.value) ** model.horizonYears, unit: 'x', from: from('growth')},
    access: {value: f.access, from: from('access')},
    transactions: {value: f.transactions, from: from('transactions')},
    relationships: {value: f.relationships, from: from('relationships')},
    ordering: {value: f.ordering, from: from('ordering')},
    hasFanout: {value: f.fanout !== null, from: from('fanout')},
    averageFollowers: {value: f.fanout?.averageFollowers.value ?? null, unit: 'count', from: from('fanout.averageFollowers')},
    maxFollowers: {value: f.fanout?.maxFollowers?.value ?? null, unit: 'count', from: from('fanout.maxFollowers')},
    // A yes/no (false when unstated), so that the flip points try the other answer.
    largestMayLag: {value: f.fanout?.largestMayLag === true, from: from('fanout.largestMayLag')},
    ...designWorkloadFacts(model, e, w),
    ...queryFacts(e, w),
    static: {value: f.static ?? null, from: from('static')},
    // A yes/no, so that the flip points try the other answer.
    unevenDensity: {value: f.density === undefined ? null : f.density === 'uneven', from: from('density')},
    ...cacheFacts(e, w),
    ...capabilityFacts(e, w),
  }
  return {...system, ...(w.figureless === true ? unknownFigures(own, w.name) : own)}
}

/**
 * A workload with `figures: none` has no rate, count or size: each of its
 * numeric facts is unknown (null), not the 0 the estimate counts, so no
 * criterion reads "0 writes/s fit one primary" or "0 B is a small table".
 */
function unknownFigures(facts: Record<string, Fact>, workload: string): Record<string, Fact> {
  // A fact the spec states in a field of its own (a session gap, idle expiry, followers) stays: only figures are unknown.
  const own = `workloads.${workload}.`
  const field = (from: string): string => from.slice(own.length).split('.', 1)[0] ?? ''
  const stated = (from: string): boolean => from.startsWith(own) && !(FIGURE_FIELDS as readonly string[]).includes(field(from))
  return Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, typeof f.value === 'number' && !stated(f.from ?? '') ? {...f, value: null} : f]))
}

/** Media bytes per text byte; media with no text at all counts as dominating without bound. */
function ratio(media: number, text: number): number {
  return text > 0 ? media / text : media > 0 ? Number.MAX_VALUE : 0
}

function spread(values: readonly number[]): number | null {
  return values.length > 1 ? Math.max(...values) / Math.min(...values) : null
}

/**
 * The facts every scope reads from its own metrics (the system's, or a
 * workload's). A metric the scope does not have (no writes, no media, no
 * reads) is a null fact, so conditions on it do not fire.
 */
function scopedMetrics(e: Estimate, scope: Scope): Record<string, Fact> {
  const metric = (suffix: ScopeSuffix, unit: Unit): Fact => {
    const id = metricId(scope, suffix)
    return {value: metricValue(e.metrics, id), unit, from: id}
  }
  const optional = (suffix: ScopeConditionalSuffix, unit: Unit): Fact => {
    const id = metricId(scope, suffix)
    return {value: optionalMetric(e.metrics, id), unit, from: id}
  }
  return {
    peakTotalQps: metric('qps.total.peak', 'req/s'),
    peakWriteQps: metric('qps.write.peak', 'req/s'),
    averageWriteQps: metric('qps.write.avg', 'req/s'),
    peakReadQps: metric('qps.read.peak', 'req/s'),
    readWriteRatio: optional('ratio.readWrite', 'x'),
    storageBytes: metric('storage.total', 'B'),
    storagePerYearBytes: metric('storage.perYear', 'B'),
    textBytesPerDay: metric('storage.text.perDay', 'B'),
    mediaBytesPerDay: optional('storage.media.perDay', 'B'),
    textStorageBytes: metric('storage.text.total', 'B'),
    mediaEgressBytesPerSecond: optional('bandwidth.egress.media.peak', 'B/s'),
    cacheHotBytes: optional('cache.hotBytes', 'B'),
  }
}

/**
 * A workload counted without a record size (`unsized-records`) keeps an unknown
 * number of bytes, not 0 B: its record bytes are unknown facts, so no criterion
 * reads "0 B of records fit one primary" (Discord's 120 M messages a day, kept
 * forever, were given a database sequence for that reason). Media, sized by
 * their own `media.size`, stay known.
 */
function unsizedBytes(w: Workload): Record<string, Fact> {
  if (w.recordBytes.isDefault !== true) return {}
  const unknown = (from: string): Fact => ({value: null, unit: 'B', from})
  const at = `workloads.${w.name}.recordSize`
  return {
    recordBytes: unknown(at),
    textStorageBytes: unknown(at),
    textBytesPerDay: unknown(at),
    ...(w.media === null ? {storageBytes: unknown(at), storagePerYearBytes: unknown(at)} : {}),
  }
}

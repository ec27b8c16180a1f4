import type {Estimate} from '../engine/estimate.js'
import {metricId, SYSTEM, workloadMetricId} from '../engine/ids.js'
import {metricValue, optionalMetric} from '../engine/metrics.js'
import type {SystemModel, Workload} from '../spec/model.js'
import {shardKeyFor} from './shard-key.js'
import type {Fact} from './types.js'

/**
 * The facts of how a workload is queried and updated (geo queries, ranking,
 * updates in place, pushes) and of the connections clients hold: what the
 * geospatial-index, ranking, real-time transport and pub/sub matrices read.
 * A fact the spec does not state is null, and conditions on it do not fire.
 */
export function queryFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const f = w.facts
  const from = (field: string): string => `workloads.${w.name}.${field}`
  const held = workloadMetricId(w.name, 'records.held')
  return {
    updates: {value: f.updates, from: from('updates')},
    geoQuery: {value: f.geo, from: from('geo')},
    rankMember: {value: f.ranking?.member ?? null, from: from('ranking.member')},
    rankRefresh: {value: f.ranking?.refresh?.value ?? null, unit: 's', from: from('ranking.refresh')},
    // A ranking stated without a window ranks by a running score: no window (0), not an unknown one.
    rankWindow: {value: f.ranking ? (f.ranking.window?.value ?? 0) : null, unit: 's', from: from('ranking.window')},
    // No writes and no records stated: nothing held, and conditions on it do not fire.
    recordsHeld: {value: optionalMetric(e.metrics, held), unit: 'count', from: held},
    pushed: {value: f.push !== null, from: from('push')},
    // Records that never start over (unstated, or appended) reset never: 0, not an unknown period.
    resetEvery: {value: f.resetEvery?.value ?? 0, unit: 's', from: from('resetEvery')},
    // Raw points kept, and the longest any copy is kept (a rollup tier may outlive the raw points); null: forever.
    retentionSeconds: {value: w.retentionSeconds?.value ?? null, unit: 's', from: from('retention')},
    longestRetentionSeconds: {value: longestRetention(w), unit: 's', from: from(f.rollups ? 'rollups.tiers' : 'retention')},
    hasRollups: {value: f.rollups !== null, from: from('rollups')},
    hasAnalytics: {value: f.analytics !== null, from: from('analytics')},
    analyticsFreshness: {value: f.analytics?.freshness.value ?? null, unit: 's', from: from('analytics.freshness')},
    analyticsUserFacing: {value: f.analytics?.userFacing ?? null, from: from('analytics.userFacing')},
    // How stale the records may be when read: 0 when they are read directly (reads stated); the analytics'
    // freshness when only the analytics read them; unknown when the spec says neither (who reads them?).
    readerStaleness: {value: w.reads !== null ? 0 : (f.analytics?.freshness.value ?? null), unit: 's', from: from(w.reads !== null ? 'reads' : 'analytics.freshness')},
    analyticsLateEvents: {value: f.analytics?.lateEvents ?? null, from: from('analytics.lateEvents')},
    // Analytics stated without a session gap are not per session (0); no analytics: unknown.
    analyticsSessionGap: {value: f.analytics ? (f.analytics.sessionGap?.value ?? 0) : null, unit: 's', from: from('analytics.sessionGap')},
    // Objects kept (media, or a blob workload's files) and how often each is read a year: what durability weighs.
    ...objectFacts(e, w),
    // The key the data is split by: the stated one, or the one the access pattern calls for, with why.
    partitionKey: {value: shardKeyFor(w).key, from: from(f.partitionKey ? 'partitionKey' : 'access')},
    partitionKeyWhy: {value: shardKeyFor(w).why, from: from(f.partitionKey ? 'partitionKey' : 'access')},
    // Stated without a size that would show it ("won't fit on a single machine"); false when not stated.
    outgrowsOneNode: {value: f.outgrowsOneNode === true, from: from('outgrowsOneNode')},
    readsOutgrowOneNode: {value: f.readsOutgrowOneNode === true, from: from('readsOutgrowOneNode')},
    readHeavy: {value: f.readHeavy === true, from: from('readHeavy')},
  }
}

/**
 * A workload's stored objects: bytes kept (its media, or all its data when it
 * stores whole files) and the reads each object gets a year on average
 * (object reads a day × days a year ÷ objects held). Null for a workload
 * without objects.
 */
function objectFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const blob = w.media === null && w.facts.access === 'blob'
  const bytes = w.media ? optionalMetric(e.metrics, workloadMetricId(w.name, 'storage.media.total')) : blob ? metricValue(e.metrics, workloadMetricId(w.name, 'storage.total')) : null
  const held = w.media ? optionalMetric(e.metrics, workloadMetricId(w.name, 'media.objects.held')) : blob ? optionalMetric(e.metrics, workloadMetricId(w.name, 'records.held')) : null
  const readsPerDay = metricValue(e.metrics, workloadMetricId(w.name, 'requests.read.perDay'))
  const objectReadsPerDay = readsPerDay * (w.media ? w.media.readShare.value : 1)
  const daysPerYear = metricValue(e.metrics, 'convention.daysPerYear')
  return {
    objectBytesKept: {value: bytes, unit: 'B', from: workloadMetricId(w.name, w.media ? 'storage.media.total' : 'storage.total')},
    readsPerObjectPerYear: {value: held !== null && held > 0 ? (objectReadsPerDay * daysPerYear) / held : null, unit: 'count', from: workloadMetricId(w.name, w.media ? 'media.objects.held' : 'records.held')},
  }
}

/** Seconds the longest-kept copy of the data is kept: the raw points or a rollup tier; null when the raw points are kept forever. */
function longestRetention(w: Workload): number | null {
  if (w.retentionSeconds === null) return null
  return Math.max(w.retentionSeconds.value, ...(w.facts.rollups?.tiers ?? []).map((t) => t.retention.value))
}

/** The system's connections and pushes; null where the spec states no connections or no pushed workload. */
export function connectionFacts(model: SystemModel, e: Estimate): Record<string, Fact> {
  const c = model.connections ?? null
  const pushed = model.workloads.filter((w) => w.facts.push !== null)
  const peak = metricId(SYSTEM, 'push.deliveries.peak')
  // Clients each pushed write goes to, on average over the pushed workloads: deliveries ÷ pushed writes.
  const writes = pushed.reduce((sum, w) => sum + metricValue(e.metrics, workloadMetricId(w.name, 'qps.write.avg')), 0)
  const deliveries = optionalMetric(e.metrics, metricId(SYSTEM, 'push.deliveries.avg'))
  // Without a figure for the connections, each daily user counts as one.
  const perConnection = c?.concurrent === null ? 'push.perUser.perMinute' : 'push.perConnection.perMinute'
  return {
    hasConnections: {value: c !== null, from: 'connections'},
    concurrentConnections: {value: c?.concurrent?.value ?? null, unit: 'count', from: 'connections.concurrent'},
    bidirectional: {value: c?.bidirectional ?? null, from: 'connections.bidirectional'},
    singleAnswer: {value: c?.singleAnswer ?? null, from: 'connections.singleAnswer'},
    pushesPerConnectionPerMinute: {value: optionalMetric(e.metrics, perConnection), unit: 'count', from: perConnection},
    peakPushes: {value: optionalMetric(e.metrics, peak), unit: 'req/s', from: peak},
    pushRecipients: {value: deliveries !== null && writes > 0 ? deliveries / writes : null, unit: 'count', from: 'workloads.*.push.recipients'},
    // Every pushed write replaces its key's record (a position, a score): a lost push is repaired by the next one.
    pushesSuperseded: {value: pushed.length > 0 ? pushed.every((w) => w.facts.updates === 'in-place') : null, from: pushed.length > 0 ? `workloads.${pushed[0]!.name}.updates` : 'workloads.*.push'},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const QUERY_FACT_LABELS: Readonly<Record<string, string>> = {
  updates: 'updates',
  geoQuery: 'geo query',
  rankMember: "a member's rank read",
  rankRefresh: 'ranking staleness allowed',
  rankWindow: 'ranking window',
  resetEvery: 'records start over every',
  recordsHeld: 'records held',
  pushed: 'pushed to clients',
  hasConnections: 'connections held open',
  concurrentConnections: 'connections at once',
  bidirectional: 'clients send over the connection',
  singleAnswer: 'each client waits for one answer',
  pushesPerConnectionPerMinute: 'pushes a connection receives a minute',
  peakPushes: 'peak pushes',
  pushRecipients: 'recipients per pushed write',
  pushesSuperseded: 'pushes superseded by the next',
  partitionKey: 'partition key',
  retentionSeconds: 'raw data kept',
  longestRetentionSeconds: 'longest kept (raw or rolled up)',
  hasRollups: 'rollups',
  objectBytesKept: 'objects kept',
  readsPerObjectPerYear: 'reads of an object a year',
  hasAnalytics: 'analytics',
  analyticsFreshness: 'staleness of results allowed',
  analyticsUserFacing: 'results queried by users',
  readerStaleness: 'staleness the records\' readers allow',
  analyticsLateEvents: 'late events',
  analyticsSessionGap: 'inactivity that ends a session',
  partitionKeyWhy: 'why that key',
  outgrowsOneNode: 'stated not to fit on one machine',
  readsOutgrowOneNode: 'reads stated past one server',
  readHeavy: 'stated read-heavy',
}

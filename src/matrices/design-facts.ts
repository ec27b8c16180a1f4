import type {Estimate} from '../engine/estimate.js'
import {metricId, SYSTEM, workloadMetricId} from '../engine/ids.js'
import {metricValue, optionalMetric} from '../engine/metrics.js'
import type {Consistency} from '../spec/generated/schema-types.js'
import type {SystemModel, Workload} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The facts of the design statements (spec `placement:` and the workloads'
 * guarantees), apart from those read off the numbers in facts.ts. A statement
 * the spec does not make is a null fact, and conditions on it do not fire.
 */

/** The system's: placement, and the guarantees its workloads state, taken together. */
export function designSystemFacts(model: SystemModel, e: Estimate): Record<string, Fact> {
  const p = model.placement
  // Of the workloads that write: the delivery each states (null: unstated), and whether any is a ledger.
  const writing = model.workloads.filter((w) => w.writes !== null)
  const delivery = writing.map((w) => w.design?.delivery ?? null)
  const ledger = model.workloads.some((w) => w.design?.ledger === true)
  const required = ledger || delivery.some((d) => d === 'at-least-once' || d === 'exactly-once') ? true : writing.length > 0 && delivery.every((d) => d === 'at-most-once') ? false : null
  return {
    placementStated: {value: p !== undefined, from: 'placement'},
    regions: {value: p?.regions?.count ?? null, unit: 'count', from: 'placement.regions'},
    // The zones the plan spreads each tier over (top-level `zones`): a placement statement too.
    zones: {value: model.zones?.value ?? null, unit: 'count', from: 'zones'},
    survive: {value: p?.survive ?? null, from: 'placement.survive'},
    residencyJurisdictions: {value: p?.residency?.length ?? null, unit: 'count', from: 'placement.residency'},
    highlyAvailable: {value: p?.highlyAvailable ?? null, from: 'placement.highlyAvailable'},
    // The largest media object any workload stores: photos and video need processing jobs, a 1 KB text blob does not.
    largestMediaObjectBytes: {value: model.workloads.some((w) => w.media) ? Math.max(...model.workloads.map((w) => w.media?.bytes.value ?? 0)) : null, unit: 'B', from: 'workloads.*.media.size'},
    // The strongest the data needs: a workload's own statement over the SLO's.
    consistency: {value: strongest(model), from: model.workloads.some((w) => w.design?.consistency) ? 'workloads.*.consistency' : 'slo.consistency'},
    // Instances that hold per-key state: a key's requests must reach the one that holds it.
    statefulWorkers: {value: model.workloads.some((w) => w.design?.stateful === true) ? true : null, from: 'workloads.*.stateful'},
    // Some workload's records are each replaced by the next write and may lose one (in place, at-most-once): a lost write heals itself.
    replaceableState: {value: model.workloads.some((w) => w.facts.updates === 'in-place' && w.design?.delivery === 'at-most-once') ? true : null, from: 'workloads.*.updates'},
    // Servers the cache memory takes at the spec's memory per server (when that memory holds the cache), the largest of any scope.
    cacheServers: {value: cacheServers(model, e), unit: 'count', from: 'servers.byMemory'},
    // Some write must not be lost (at-least-once, exactly-once, a ledger): true; every write may be (at-most-once everywhere): false.
    deliveryRequired: {value: required, from: 'workloads.*.delivery'},
  }
}

/** A workload's: its own consistency, delivery, ledger, contention, ordering scope, and the workloads its transactions span. */
export function designWorkloadFacts(model: SystemModel, e: Estimate, w: Workload): Record<string, Fact> {
  const d = w.design
  const from = (field: string): string => `workloads.${w.name}.${field}`
  // The workloads one transaction writes: this one and those it names (itself, for two of its own keys).
  const named = d?.transactionsWith ?? []
  const span = [w, ...named.filter((n) => n !== w.name).map((n) => model.workloads.find((x) => x.name === n)).filter((x) => x !== undefined)]
  const sum = (suffix: 'qps.write.peak' | 'storage.text.total'): number => span.reduce((a, x) => a + metricValue(e.metrics, workloadMetricId(x.name, suffix)), 0)
  return {
    consistency: {value: d?.consistency ?? model.slo.consistency, from: d?.consistency ? from('consistency') : 'slo.consistency'},
    delivery: {value: d?.delivery ?? null, from: from('delivery')},
    ledger: {value: d?.ledger ?? null, from: from('ledger')},
    replayable: {value: d?.replayable ?? null, from: from('replayable')},
    contention: {value: d?.contention ?? null, from: from('contention')},
    orderingScope: {value: d?.ordering ?? null, from: from('ordering')},
    // How long a record lives; null when kept forever (retentionForever says so).
    retentionSeconds: {value: w.retentionSeconds?.value ?? null, unit: 's', from: from('retention')},
    // Records under other partition keys (unstated: none, and the reasons say so): the transaction cannot stay inside one shard by its key.
    transactionAcrossKeys: {value: named.length > 0, from: from('transactionsWith')},
    transactionWorkloads: {value: span.length, unit: 'count', from: from('transactionsWith')},
    transactionPeakWriteQps: {value: sum('qps.write.peak'), unit: 'req/s', from: from('transactionsWith')},
    transactionStorageBytes: {value: sum('storage.text.total'), unit: 'B', from: from('transactionsWith')},
    ...idFacts(e, w),
  }
}

/** What the ids must be (`ids:`), and the short code they may have to fit (`keys:`): its bits, length and the share of it in use. */
function idFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const ids = w.design?.ids ?? null
  const keys = w.provisioning?.keys ?? null
  const from = (field: string): string => `workloads.${w.name}.${field}`
  return {
    idSortable: {value: ids?.sortable ?? null, from: from('ids.sortable')},
    idNumeric: {value: ids?.numeric ?? null, from: from('ids.numeric')},
    idBits: {value: ids?.bits ?? null, unit: 'count', from: from('ids.bits')},
    idOpaque: {value: ids?.opaque ?? null, from: from('ids.opaque')},
    // length × log2(alphabet): 7 base62 characters hold 41.7 bits.
    keyBits: {value: keys ? keys.length.value * Math.log2(keys.alphabet.value) : null, unit: 'count', from: from('keys')},
    keyLength: {value: keys?.length.value ?? null, unit: 'count', from: from('keys.length')},
    keySpaceUsed: {value: keys ? optionalMetric(e.metrics, workloadMetricId(w.name, 'keys.usedShare')) : null, unit: 'ratio', from: workloadMetricId(w.name, 'keys.usedShare')},
  }
}

/** Servers by memory where the spec's memory per server holds the cache (the system's, or any workload's); null when none does. */
function cacheServers(model: SystemModel, e: Estimate): number | null {
  const counts: number[] = []
  const system = model.provisioning?.perServer
  if (system?.memory && system.memoryHolds === 'cache') counts.push(optionalMetric(e.metrics, metricId(SYSTEM, 'servers.byMemory')) ?? 0)
  for (const w of model.workloads) {
    const per = w.provisioning?.perServer
    if (per?.memory && per.memoryHolds === 'cache') counts.push(optionalMetric(e.metrics, workloadMetricId(w.name, 'servers.byMemory')) ?? 0)
  }
  return counts.length > 0 ? Math.max(...counts) : null
}

/** `strong` when any workload's data needs it; `eventual` when all of it may lag; null when that is not stated everywhere. */
function strongest(model: SystemModel): Consistency | null {
  const each = model.workloads.map((w) => w.design?.consistency ?? model.slo.consistency)
  if (each.includes('strong')) return 'strong'
  return each.length > 0 && each.every((c) => c === 'eventual') ? 'eventual' : null
}

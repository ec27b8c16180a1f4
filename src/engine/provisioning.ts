import {type InputId, inputId, type MetricId, metricId, type Scope, SYSTEM, workloadMetricId, workloadScope} from './ids.js'
import {firstLargest, type Ledger} from './ledger.js'
import type {PerServer, SystemModel, Workload} from '../spec/model.js'

/**
 * Provisioning as a published estimate states it: storage provisioned at a
 * fill ("disks 70 % full": kept ÷ 0.7), servers counted from what one server
 * holds or serves ("one server stores 4 TB → 137 servers"), the space a
 * per-user quota allocates against what is used, and a key space against the
 * records it must name. Each only where the spec states it.
 */

const FILL = 'convention.storageFill' satisfies MetricId

/** The fill convention, when the spec states one: before any workload reads it. */
export function addProvisioningConventions(ledger: Ledger, model: SystemModel): void {
  const fill = model.provisioning?.storageFill
  if (fill) ledger.convention('storageFill', 'Storage fill', 'ratio', fill)
}

/** A workload's fill, servers, quota and key space. */
export function addWorkloadProvisioning(ledger: Ledger, model: SystemModel, w: Workload): void {
  const scope = workloadScope(w.name)
  const own = w.provisioning
  addFill(ledger, model, w)
  if (own?.perServer) addServers(ledger, scope, own.perServer, `workloads.${w.name}.perServer`)
  if (own?.quota) addQuota(ledger, w)
  if (own?.keys) addKeys(ledger, w)
}

/**
 * The system's: storage provisioned (each workload's, or what it keeps where
 * it has no fill), the quota's sums, and servers from the system's own
 * capacity per server.
 */
export function addSystemProvisioning(ledger: Ledger, model: SystemModel): void {
  const provisioned = model.workloads.map((w) => metricId(workloadScope(w.name), 'storage.provisioned'))
  if (provisioned.some((id) => ledger.has(id))) {
    const parts = Object.fromEntries(model.workloads.map((w, i) => [w.name, ledger.has(provisioned[i]!) ? provisioned[i]! : metricId(workloadScope(w.name), 'storage.total')]))
    ledger.sum('storage.provisioned', 'Storage provisioned at the fill', 'B', parts)
  }
  const across = (suffix: 'quota.allocatedBytes' | 'quota.usedBytes', label: string): boolean => {
    const parts = Object.fromEntries(model.workloads.map((w) => [w.name, metricId(workloadScope(w.name), suffix)] as const).filter(([, id]) => ledger.has(id)))
    if (Object.keys(parts).length === 0) return false
    ledger.sum(suffix, label, 'B', parts)
    return true
  }
  if (across('quota.allocatedBytes', 'Space allocated by quotas') && across('quota.usedBytes', 'Space used by records and media (one copy)')) addUsedShare(ledger, SYSTEM)
  const perServer = model.provisioning?.perServer
  if (perServer) addServers(ledger, SYSTEM, perServer, 'perServer')
}

/**
 * Storage provisioned so that disks are filled to the stated share: the data
 * kept (every replica) ÷ fill, or one copy of it (÷ replication) when the fill
 * applies to logical bytes, as the estimate being reproduced counts.
 */
function addFill(ledger: Ledger, model: SystemModel, w: Workload): void {
  const own = w.provisioning?.storageFill
  const source: MetricId | null = own ? ledger.input(inputId(`workloads.${w.name}.storageFill`), 'Storage fill', 'ratio', own) : ledger.has(FILL) ? FILL : null
  if (source === null) return
  const scope = workloadScope(w.name)
  const fill = ledger.derive(workloadMetricId(w.name, 'storage.fill'), 'Storage fill', 'ratio', 'storageFill', {storageFill: source}, (v) => v.storageFill)
  const kept = metricId(scope, 'storage.total')
  const of = w.provisioning?.storageFillOf ?? model.provisioning?.storageFillOf ?? 'replicated'
  if (of === 'logical') {
    const replication = inputId(`workloads.${w.name}.replication`)
    ledger.derive(metricId(scope, 'storage.provisioned'), 'Storage provisioned at the fill (one copy)', 'B', 'kept ÷ replication ÷ fill', {kept, replication, fill}, (v) => v.kept / v.replication / v.fill)
  } else {
    ledger.derive(metricId(scope, 'storage.provisioned'), 'Storage provisioned at the fill', 'B', 'kept ÷ fill', {kept, fill}, (v) => v.kept / v.fill)
  }
}

/**
 * Whole servers: rounded up, except that a quotient a rounding error above a
 * whole number (548 TB ÷ 4 TB = 137.00000000000003) is that number.
 */
export function wholeServers(quotient: number): number {
  const nearest = Math.round(quotient)
  return Math.abs(quotient - nearest) <= 1e-9 * Math.max(1, Math.abs(quotient)) ? nearest : Math.ceil(quotient)
}

type Resource = 'storage' | 'memory' | 'throughput'
const BY = {storage: 'servers.byStorage', memory: 'servers.byMemory', throughput: 'servers.byThroughput'} as const

/**
 * Servers from a stated capacity per server: for each resource stated, what
 * the scope needs of it ÷ what one server has, rounded up; the count is the
 * largest (the resource that binds). Storage needs the storage provisioned at
 * the fill (the data kept without one); memory the cache memory to provision,
 * or all the data kept when memory holds the data; throughput the throughput
 * to provision. Provisioned figures carry the headroom the conventions state.
 */
function addServers(ledger: Ledger, scope: Scope, per: PerServer, path: string): void {
  const provisioned = metricId(scope, 'storage.provisioned')
  const needs: Record<Resource, {need: MetricId; symbol: string; unit: 'B' | 'req/s'; label: string} | null> = {
    storage: per.storage ? (ledger.has(provisioned) ? {need: provisioned, symbol: 'provisioned', unit: 'B', label: 'Storage per server'} : {need: metricId(scope, 'storage.total'), symbol: 'kept', unit: 'B', label: 'Storage per server'}) : null,
    memory: per.memory
      ? per.memoryHolds === 'data'
        ? {need: metricId(scope, 'storage.total'), symbol: 'kept', unit: 'B', label: 'Memory per server'}
        : {need: metricId(scope, 'cache.provisionedBytes'), symbol: 'cacheMemory', unit: 'B', label: 'Memory per server'}
      : null,
    throughput: per.throughput ? {need: metricId(scope, 'capacity.qps'), symbol: 'capacityQps', unit: 'req/s', label: 'Throughput per server'} : null,
  }
  const by: Partial<Record<Resource, MetricId>> = {}
  for (const resource of ['storage', 'memory', 'throughput'] as const) {
    const n = needs[resource]
    const capacity = per[resource]
    // A cache the spec check vouched for; never a guess when it is missing.
    if (n === null || capacity === null || !ledger.has(n.need)) continue
    const cap: InputId = ledger.input(inputId(`${path}.${resource}`), n.label, n.unit, capacity)
    const symbol = `${resource}PerServer`
    by[resource] = ledger.derive(metricId(scope, BY[resource]), `Servers by ${resource}`, 'count', `ceil(${n.symbol} ÷ ${symbol})`, {[n.symbol]: n.need, [symbol]: cap}, (v) => wholeServers(v[n.symbol]! / v[symbol]!))
  }
  const stated = Object.keys(by) as Resource[]
  if (stated.length === 0) return
  const parts = Object.fromEntries(stated.map((r) => [`by${r[0]!.toUpperCase()}${r.slice(1)}`, by[r]!]))
  // The binding resource, at the point values: the first of the largest.
  const binds = stated[ledger.branch(stated.map((r) => by[r]!), firstLargest)]!
  const label = stated.length > 1 ? `Servers needed (${binds} binds)` : 'Servers needed'
  const symbols = Object.keys(parts)
  ledger.derive(metricId(scope, 'servers.count'), label, 'count', stated.length > 1 ? `max(${symbols.join(', ')})` : symbols[0]!, parts, (v) => Math.max(...symbols.map((s) => v[s]!)))
}

/**
 * A per-user quota: the space allocated (users × quota) against the space its
 * records and media use, one copy as users see it (records held × record size
 * + media held × media size), and the share in use.
 */
function addQuota(ledger: Ledger, w: Workload): void {
  const quota = w.provisioning!.quota!
  const scope = workloadScope(w.name)
  const at = (field: string): InputId => inputId(`workloads.${w.name}.${field}`)
  const users = quota.users ? ledger.input(at('quota.users'), 'Users with a quota', 'users', quota.users) : inputId('users.mau')
  const perUser = ledger.input(at('quota.perUser'), 'Quota per user', 'B', quota.perUser)
  ledger.derive(metricId(scope, 'quota.allocatedBytes'), 'Space allocated by the quota', 'B', 'users × quotaPerUser', {users, quotaPerUser: perUser}, (v) => v.users * v.quotaPerUser)
  const records = metricId(scope, 'records.held')
  if (!ledger.has(records)) return
  const label = 'Space used by records and media (one copy)'
  if (w.media) {
    ledger.derive(
      metricId(scope, 'quota.usedBytes'),
      label,
      'B',
      'recordsHeld × recordSize + mediaHeld × mediaSize',
      {recordsHeld: records, recordSize: at('recordSize'), mediaHeld: metricId(scope, 'media.objects.held'), mediaSize: at('media.size')},
      (v) => v.recordsHeld * v.recordSize + v.mediaHeld * v.mediaSize,
    )
  } else {
    ledger.derive(metricId(scope, 'quota.usedBytes'), label, 'B', 'recordsHeld × recordSize', {recordsHeld: records, recordSize: at('recordSize')}, (v) => v.recordsHeld * v.recordSize)
  }
  addUsedShare(ledger, scope)
}

function addUsedShare(ledger: Ledger, scope: Scope): void {
  ledger.derive(
    metricId(scope, 'quota.usedShare'),
    'Share of the allocated space in use',
    'ratio',
    'used ÷ allocated',
    {used: metricId(scope, 'quota.usedBytes'), allocated: metricId(scope, 'quota.allocatedBytes')},
    (v) => (v.allocated > 0 ? v.used / v.allocated : 0),
  )
}

/**
 * A key space: alphabet^length keys, the share of them the records held take
 * (over the retention, or the horizon when kept forever), and the shortest
 * key that would hold them. The review warns when they do not fit.
 */
function addKeys(ledger: Ledger, w: Workload): void {
  const keys = w.provisioning!.keys!
  const recordsHeld = metricId(workloadScope(w.name), 'records.held')
  if (!ledger.has(recordsHeld)) return
  const alphabet = ledger.input(inputId(`workloads.${w.name}.keys.alphabet`), 'Key alphabet', 'count', keys.alphabet)
  const length = ledger.input(inputId(`workloads.${w.name}.keys.length`), 'Key length', 'count', keys.length)
  const possible = ledger.derive(workloadMetricId(w.name, 'keys.possible'), 'Keys possible', 'count', 'alphabet ^ length', {alphabet, length}, (v) => v.alphabet ** v.length)
  ledger.derive(workloadMetricId(w.name, 'keys.usedShare'), 'Share of the key space used by the records held', 'ratio', 'recordsHeld ÷ possible', {recordsHeld, possible}, (v) => v.recordsHeld / v.possible)
  ledger.derive(workloadMetricId(w.name, 'keys.minLength'), 'Shortest key that names every record held', 'count', 'ceil(log(recordsHeld) ÷ log(alphabet))', {recordsHeld, alphabet}, (v) => shortestKey(v.recordsHeld, v.alphabet))
}

/** The least length L with alphabet^L ≥ records (at least 1), free of the rounding of logarithms. */
export function shortestKey(records: number, alphabet: number): number {
  if (records <= 1 || alphabet < 2) return 1
  if (!Number.isFinite(records)) return Infinity
  let length = Math.max(1, Math.ceil(Math.log(records) / Math.log(alphabet)))
  while (length > 1 && alphabet ** (length - 1) >= records) length--
  while (alphabet ** length < records) length++
  return length
}

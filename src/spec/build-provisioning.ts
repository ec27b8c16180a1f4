import type {Input, KeySpace, PerServer, Prices, Quota, StorageFillOf, SystemProvisioning, WorkloadProvisioning} from './model.js'
import {certain} from './conventions.js'
import {optional} from './build-workload.js'
import {type FieldResolver, MAX_MAGNITUDE} from './fields.js'
import {MEMORY_HOLDS, STORAGE_FILL_OF} from './generated/schema-types.js'

/**
 * Provisioning as a published estimate states it: disks filled to a share,
 * what one server holds or serves, a per-user quota, a key space, prices. Each
 * part is null when unstated, so nothing is derived from it; the checks here
 * are those a JSON Schema cannot make (zero, whole numbers, a cache to hold).
 */

/**
 * Whether a workload has a cache (hot set) to size memory by: reads with a
 * size, or reads whose cache states its own bytes per entry (`cache: {keys,
 * objectSize}` needs no read size).
 */
export function hasSizedReads(r: FieldResolver, name: string): boolean {
  const at = (field: string): string => `workloads.${name}.${field}`
  return r.has(at('reads')) && (r.has(at('readSize')) || r.has(at('recordSize')) || r.has(at('recordFields')) || r.has(at('cache.objectSize')))
}

/** The system's: the fill convention, the capacity per server of the whole system, the prices. */
export function buildSystemProvisioning(r: FieldResolver, workloadNames: readonly string[]): SystemProvisioning | undefined {
  if (!r.has('conventions.storageFill') && !r.has('conventions.storageFillOf') && !r.has('perServer') && !r.has('prices')) return undefined
  const fill = buildFill(r, 'conventions.storageFill')
  const anyFill = r.has('conventions.storageFill') || workloadNames.some((w) => r.has(`workloads.${w}.storageFill`))
  if (r.has('conventions.storageFillOf') && !anyFill) noFill(r, 'conventions.storageFillOf')
  return {
    // A convention is a definition: one value, not a range.
    storageFill: fill && certain(r, fill),
    storageFillOf: fillOf(r, 'conventions.storageFillOf'),
    perServer: buildPerServer(r, 'perServer', 'the system', workloadNames.some((w) => hasSizedReads(r, w))),
    prices: r.has('prices') ? buildPrices(r) : null,
  }
}

/** A workload's own: fill, capacity per server, quota, key space. */
export function buildWorkloadProvisioning(r: FieldResolver, name: string): WorkloadProvisioning | undefined {
  const at = (field: string): string => `workloads.${name}.${field}`
  if (!['storageFill', 'storageFillOf', 'perServer', 'quota', 'keys'].some((f) => r.has(at(f)))) return undefined
  if (r.has(at('storageFillOf')) && !r.has(at('storageFill')) && !r.has('conventions.storageFill')) noFill(r, at('storageFillOf'))
  return {
    storageFill: buildFill(r, at('storageFill')),
    storageFillOf: fillOf(r, at('storageFillOf')),
    perServer: buildPerServer(r, at('perServer'), `\`${name}\``, hasSizedReads(r, name)),
    quota: r.has(at('quota')) ? buildQuota(r, name) : null,
    keys: r.has(at('keys')) ? buildKeys(r, name) : null,
  }
}

function noFill(r: FieldResolver, path: string): void {
  r.report(path, `\`${path}\` says which bytes a fill applies to, but no fill is stated`, 'add `storageFill:` (e.g. `storageFill: 70%`) here or in `conventions`, or remove it', 'key')
}

function fillOf(r: FieldResolver, path: string): StorageFillOf | null {
  const raw = r.raw(path)
  return STORAGE_FILL_OF.find((v) => v === raw) ?? null
}

function buildFill(r: FieldResolver, path: string): Input | null {
  const fill = optional(r, path)
  if (fill && fill.value === 0) {
    r.report(path, `\`${path}\` must be greater than 0 %`, 'disks are commonly filled to 70 % or 80 %: provisioned storage = kept ÷ fill')
    return null
  }
  return fill
}

/** A stated capacity must be more than nothing: a server that holds 0 B would need infinitely many. */
function positive(r: FieldResolver, path: string, what: string): Input | null {
  const input = optional(r, path)
  if (input && input.value === 0) {
    r.report(path, `\`${path}\` must be greater than zero`, what)
    return null
  }
  return input
}

function buildPerServer(r: FieldResolver, path: string, whose: string, hasCache: boolean): PerServer | null {
  if (!r.has(path)) return null
  const at = (field: string): string => `${path}.${field}`
  const storage = positive(r, at('storage'), 'the disk one server stores, e.g. `4 TB`')
  const memory = positive(r, at('memory'), 'the memory one server holds, e.g. `144 GB`')
  const throughput = positive(r, at('throughput'), 'the requests one server serves per second, e.g. `5K`')
  const holds = r.raw(at('memoryHolds'))
  const memoryHolds = MEMORY_HOLDS.find((v) => v === holds) ?? 'cache'
  const stated = ['storage', 'memory', 'throughput'].filter((f) => r.has(at(f)))
  if (stated.length === 0 && r.keys(path).length > 0) {
    r.report(path, `\`${path}\` states no capacity to count servers by`, 'give at least one of `storage`, `memory`, `throughput`', 'key')
  }
  if (r.has(at('memoryHolds')) && !r.has(at('memory'))) {
    r.report(at('memoryHolds'), `\`${at('memoryHolds')}\` says what memory holds, but \`${path}\` gives no \`memory\``, 'add `memory:` (e.g. `memory: 144 GB`), or remove `memoryHolds`', 'key')
  }
  if (r.has(at('memory')) && memoryHolds === 'cache' && !hasCache) {
    r.report(
      at('memory'),
      `servers by memory hold the cache, but ${whose} has no cache: no reads with a size`,
      `write \`memoryHolds: data\` if all the data kept is held in memory (an index, an in-memory store)`,
    )
  }
  return {storage, memory, memoryHolds, throughput}
}

function buildQuota(r: FieldResolver, name: string): Quota {
  const at = (field: string): string => `workloads.${name}.quota.${field}`
  const perUser = positive(r, at('perUser'), 'the space one user is allocated, e.g. `10 GB`') ?? {value: 0, path: at('perUser'), isDefault: true}
  const users = positive(r, at('users'), 'the users allocated the quota, e.g. `50M`')
  if (!r.has(at('users')) && !r.has('users.mau')) {
    r.report(`workloads.${name}.quota`, `\`workloads.${name}.quota\` needs the users it is allocated to`, 'add `users:` (e.g. `users: 50M`), or `users.mau` to allocate it to the monthly active users', 'key')
  }
  return {perUser, users}
}

/** At most this many keys: alphabet^length past it is no longer a number to compute with. */
const MAX_KEYS = MAX_MAGNITUDE

function buildKeys(r: FieldResolver, name: string): KeySpace | null {
  const at = (field: string): string => `workloads.${name}.keys.${field}`
  const whole = (field: 'alphabet' | 'length', least: number, example: string): Input | null => {
    const input = optional(r, at(field))
    if (input === null) return null
    // A key has one length and one alphabet; the uncertainty is in the records it must name.
    if (input.samples || !Number.isInteger(input.value) || input.value < least) {
      r.report(at(field), `\`${at(field)}\` must be one whole number of at least ${least} (got \`${r.writtenText(at(field))}\`)`, example)
      return null
    }
    return input
  }
  const alphabet = whole('alphabet', 2, '62 for [0-9a-zA-Z], 64 for base64, 16 for hex')
  const length = whole('length', 1, 'the characters in one key, e.g. `7`')
  if (!r.has(`workloads.${name}.writes`) && !r.has(`workloads.${name}.records`)) {
    r.report(`workloads.${name}.keys`, `\`${name}\` has a key space but neither \`writes\` nor \`records\` to key`, 'keys are counted against the records written and held; add `writes:` or `records:`', 'key')
  }
  if (alphabet === null || length === null) return null
  if (length.value * Math.log10(alphabet.value) > Math.log10(MAX_KEYS)) {
    r.report(at('length'), `\`${alphabet.value}^${length.value}\` keys is too large to compute with`, 'a key space past 1e300 is never the limit; shorten the key')
    return null
  }
  return {alphabet, length}
}

function buildPrices(r: FieldResolver): Prices {
  return {egress: optional(r, 'prices.egress'), storage: optional(r, 'prices.storage'), requests: optional(r, 'prices.requests')}
}

/** A field present only when there is something in it, so that a spec that states nothing builds the same model as before. */
export function optionalPart<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({[key]: value} as Partial<Record<K, T>>)
}

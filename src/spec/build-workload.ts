import type {Input, Media, Rate, Slo, Workload, WorkloadFacts, WorkingSet} from './model.js'
import {UNITS} from '../quantity/units.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {ACCESS, RATE_BASES} from './generated/schema-types.js'
import {closest} from './suggest.js'
import {buildQueryFacts} from './build-query-facts.js'
import {buildIdleExpiry, buildLookups, buildPopularity} from './build-cache-facts.js'
import {buildMediaUpload} from './build-media-upload.js'
import {buildDensity, checkFigureless} from './figureless.js'

export const LATENCY_ORDER = ['p50', 'p90', 'p95', 'p99', 'p999'] as const

/** One workload of a schema-checked spec, with the checks that span its fields. */
export function buildWorkload(r: FieldResolver, name: string, slo: Slo): Workload {
  const at = (field: string): string => `workloads.${name}.${field}`
  const reads = buildRate(r, at('reads'))
  const writes = buildRate(r, at('writes'))
  const isMapping = r.raw(`workloads.${name}`) !== null && typeof r.raw(`workloads.${name}`) === 'object'
  // A workload that is not a mapping, or a `reads:` left empty, is a schema error already.
  const figureless = isMapping && r.raw(at('figures')) === 'none'
  if (figureless) checkFigureless(r, name)
  else if (isMapping && r.raw(at('reads')) === undefined && r.raw(at('writes')) === undefined && r.raw(at('records')) === undefined) {
    r.report(`workloads.${name}`, `workload \`${name}\` has neither \`reads\` nor \`writes\``, 'add e.g. `writes: {perUserPerDay: 2}`, or `records:` for data whose traffic is not estimated', 'key')
  }
  const existingRecords = optional(r, at('records'))
  const recordBytes = buildRecordSize(r, name)
  // Reads with no size at all are counted, and their bytes are not estimated.
  const sized = r.has(at('readSize')) || r.has(at('recordSize')) || r.has(at('recordFields'))
  const readBytes = r.has(at('readSize')) ? orDefault(r, at('readSize'), 0) : reads && !sized ? null : {...recordBytes, path: at('readSize'), isDefault: true}
  // A price per byte out would silently cost these reads nothing.
  if (reads && readBytes === null && r.has('prices.egress')) {
    r.report(at('reads'), `\`prices.egress\` prices the bytes reads return, but \`${name}\` states no read size`, 'add `readSize` (bytes returned per read) or `recordSize` to the workload', 'key')
  }
  const latency = r.has(at('latency')) ? optional(r, at('latency')) : (LATENCY_ORDER.map((p) => slo.latencySeconds[p]).find((x) => x !== undefined) ?? null)
  return {
    name,
    reads,
    writes,
    existingRecords,
    recordBytes,
    readBytes,
    media: r.has(at('media')) ? buildMedia(r, name, reads !== null) : null,
    retentionSeconds: buildRetention(r, at('retention')),
    replication: orDefault(r, at('replication'), 1),
    overhead: orDefault(r, at('overhead'), 1),
    compression: orDefault(r, at('compression'), 1),
    yearlyGrowth: orDefault(r, at('growth'), 0),
    latencySeconds: latency,
    facts: buildFacts(r, name),
    cache: r.has(at('cache')) ? buildWorkingSet(r, name, reads !== null, readBytes !== null) : null,
    ...(figureless ? {figureless: true} : {}),
  }
}

/**
 * The cache's working set: `keys` (distinct keys × object size) or a share of a
 * window's reads, not both. A cache keeps reads, so it needs reads, and bytes
 * per entry: an object size, or a read size to default to.
 */
function buildWorkingSet(r: FieldResolver, name: string, hasReads: boolean, hasReadSize: boolean): WorkingSet | null {
  const at = (field: string): string => `workloads.${name}.cache.${field}`
  const raw = r.raw(`workloads.${name}.cache`)
  // Anything but a mapping is a schema error already.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  if (!hasReads) {
    r.report(`workloads.${name}.cache`, `\`workloads.${name}.cache\` sizes a cache of reads, but \`${name}\` has no \`reads\``, `add \`reads:\` to \`${name}\` (e.g. \`reads: {perDay: 1B}\`), or remove \`cache\``, 'key')
  }
  const objectBytes = optional(r, at('objectSize'))
  if (hasReads && !hasReadSize && !r.has(at('objectSize'))) {
    r.report(`workloads.${name}.cache`, `the cache of \`${name}\` needs the bytes of an entry, but \`${name}\` states no read size`, 'add `objectSize` under `cache:` (e.g. `objectSize: 1 KB`), or `readSize` to the workload', 'key')
  }
  if (r.has(at('keys'))) {
    for (const other of ['window', 'hotShare'].filter((f) => r.has(at(f)))) {
      r.report(at(other), `give \`cache.keys\` or \`cache.${other}\`, not both`, '`keys` counts the hot entries; `window` and `hotShare` take a share of the reads of a period instead', 'key')
    }
    return {kind: 'keys', keys: orDefault(r, at('keys'), 0), objectBytes}
  }
  const windowSeconds = optional(r, at('window'))
  if (windowSeconds?.value === 0) r.report(at('window'), `\`${at('window')}\` must be greater than zero`, 'the period whose reads the cache keeps a share of, e.g. `1 day` or `30 days`')
  return {kind: 'window', windowSeconds, hotShare: optional(r, at('hotShare')), objectBytes}
}

function buildMedia(r: FieldResolver, name: string, hasReads: boolean): Media {
  const at = (field: string): string => `workloads.${name}.media.${field}`
  // A read share of no reads would silently mean no media egress at all.
  if (!hasReads && r.has(at('readShare'))) {
    r.report(at('readShare'), `\`${at('readShare')}\` is a share of reads, but \`${name}\` has no \`reads\``, `add \`reads:\` to \`${name}\` (e.g. \`reads: {perUserPerDay: 10}\`), or remove \`readShare\``)
  }
  const cdnHitRatio = optional(r, at('cdnHitRatio'))
  if (cdnHitRatio && cdnHitRatio.value > 1) r.report(at('cdnHitRatio'), `\`${at('cdnHitRatio')}\` (\`${r.writtenText(at('cdnHitRatio'))}\`) is above 100%`, 'the share of downloads the CDN serves from its cache, e.g. `95%`')
  const bytes = orDefault(r, at('size'), 0)
  return {writeShare: orDefault(r, at('writeShare'), 1), bytes, readShare: orDefault(r, at('readShare'), 0), ...(cdnHitRatio ? {cdnHitRatio} : {}), ...buildMediaUpload(r, name, bytes)}
}

function buildFacts(r: FieldResolver, name: string): WorkloadFacts {
  const at = (field: string): string => `workloads.${name}.${field}`
  const flag = (field: string): boolean | null => {
    const v = r.raw(at(field))
    return typeof v === 'boolean' ? v : null
  }
  const access = r.raw(at('access'))
  return {
    access: ACCESS.find((a) => a === access) ?? null,
    transactions: flag('transactions'),
    relationships: flag('relationships'),
    // `per-key` and `global` are orderings too; the scope is a design fact (build-design.ts).
    ordering: r.raw(at('ordering')) === 'per-key' || r.raw(at('ordering')) === 'global' ? true : flag('ordering'),
    fanout: r.has(at('fanout')) ? buildFanout(r, at('fanout')) : null,
    ...(typeof r.raw(at('static')) === 'boolean' ? {static: r.raw(at('static')) as boolean} : {}),
    ...buildDensity(r, name),
    lookups: buildLookups(r, name),
    expireAfterIdle: buildIdleExpiry(r, name),
    popularity: buildPopularity(r, name),
    ...buildQueryFacts(r, name),
  }
}

function buildFanout(r: FieldResolver, path: string): NonNullable<WorkloadFacts['fanout']> {
  const averageFollowers = orDefault(r, `${path}.averageFollowers`, 0)
  const maxFollowers = optional(r, `${path}.maxFollowers`)
  if (maxFollowers !== null && averageFollowers.value > maxFollowers.value) {
    r.report(`${path}.averageFollowers`, `the average follower count (\`${r.writtenText(`${path}.averageFollowers`)}\`) is above the largest (\`${r.writtenText(`${path}.maxFollowers`)}\`)`, 'an average cannot exceed the maximum: `maxFollowers` is the follower count of the most-followed accounts')
  }
  const lag = r.raw(`${path}.largestMayLag`)
  if (lag === true && !r.has(`${path}.maxFollowers`)) {
    r.report(`${path}.largestMayLag`, '`largestMayLag` speaks of the most-followed accounts, but `fanout` states no `maxFollowers`', 'add their follower count, e.g. `maxFollowers: 1M`, or remove `largestMayLag`')
  }
  return {averageFollowers, maxFollowers, largestMayLag: typeof lag === 'boolean' ? lag : null}
}

export function optional(r: FieldResolver, path: string): Input | null {
  return r.has(path) && r.quantity(path) !== null ? orDefault(r, path, 0) : null
}

function buildRate(r: FieldResolver, path: string): Rate | null {
  if (!r.has(path)) return null
  const basis = RATE_BASES.find((b) => r.has(`${path}.${b}`))
  if (!basis) return null
  const users = PER_USER[basis]
  // `users:` that is not a mapping is a schema error already; its fields are not missing on top.
  const usersWritten = r.raw('users')
  const malformed = usersWritten !== undefined && usersWritten !== null && (typeof usersWritten !== 'object' || Array.isArray(usersWritten))
  if (users && !malformed && !r.has(users.field)) {
    r.report(`${path}.${basis}`, `\`${path}.${basis}\` counts per ${users.noun}, but the spec gives no \`${users.field}\``, `add \`${users.field}\` under \`users:\`, or give the rate as a total: \`perDay\`, \`perSecond\` or \`perMonth\``, 'key')
  }
  return {basis, amount: orDefault(r, `${path}.${basis}`, 0)}
}

/** The user count a per-user rate is multiplied by. */
const PER_USER: Partial<Record<Rate['basis'], {field: string; noun: string}>> = {
  perUserPerDay: {field: 'users.dau', noun: 'daily active user'},
  perUserPerMonth: {field: 'users.mau', noun: 'monthly active user'},
}

/**
 * Retention is a duration or the word `forever` (also the default). Any other
 * lone word that names no field is taken as a misspelt `forever` or a missing
 * number, rather than as a reference to an unknown field; a unit alone
 * (`years`) is left to the resolver, which says that it lacks a number.
 */
function buildRetention(r: FieldResolver, path: string): Input | null {
  const raw = r.raw(path)
  if (raw === undefined || raw === null) return null
  const word = typeof raw === 'string' ? raw.trim() : null
  if (word === 'forever') return null
  if (word !== null && /^[A-Za-z]+$/.test(word) && r.findReference(path, word) === null && !UNITS.has(word)) {
    const hint = closest(word, ['forever']) ? 'did you mean `forever`?' : 'write a duration such as `5 years`, or `forever` to keep data for good'
    r.report(path, `\`${path}\` should be a duration or \`forever\`, not \`${word}\``, hint)
    return null
  }
  return orDefault(r, path, 0)
}

/**
 * The bytes of one record: `recordSize`, or the sum of `recordFields`. A
 * workload that states neither is counted but not sized (records written and
 * held, no bytes): "360 million shortlinks in 3 years" needs no size, and the
 * review says when stored data has none (rule `unsized-records`).
 */
function buildRecordSize(r: FieldResolver, name: string): Input {
  const at = (field: string): string => `workloads.${name}.${field}`
  if (r.has(at('recordSize')) && r.has(at('recordFields'))) {
    r.report(at('recordFields'), 'give `recordSize` or `recordFields`, not both', 'recordFields are summed into the record size; remove one of them', 'key')
  }
  if (r.has(at('recordFields'))) {
    const fields = r.keys(at('recordFields'))
    return sumInputs(fields.map((f) => orDefault(r, at(`recordFields.${f}`), 0)), at('recordFields'))
  }
  return orDefault(r, at('recordSize'), 0)
}

/** The sum of several inputs, sample by sample when any is uncertain. */
function sumInputs(parts: readonly Input[], path: string): Input {
  const value = parts.reduce((a, p) => a + p.value, 0)
  const uncertain = parts.filter((p) => p.samples)
  if (uncertain.length === 0) return {value, path}
  const samples = new Float64Array(uncertain[0]!.samples!.length)
  for (const p of parts) for (let i = 0; i < samples.length; i++) samples[i]! += p.samples ? p.samples[i]! : p.value
  return {value, path, samples}
}

import type {Input, Rate, Slo, Workload, WorkloadFacts} from './model.js'
import {UNITS} from '../quantity/units.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {ACCESS, RATE_BASES} from './generated/schema-types.js'
import {closest} from './suggest.js'
import {buildQueryFacts} from './build-query-facts.js'

export const LATENCY_ORDER = ['p50', 'p90', 'p95', 'p99', 'p999'] as const

/** One workload of a schema-checked spec, with the checks that span its fields. */
export function buildWorkload(r: FieldResolver, name: string, slo: Slo): Workload {
  const at = (field: string): string => `workloads.${name}.${field}`
  const reads = buildRate(r, at('reads'))
  const writes = buildRate(r, at('writes'))
  const isMapping = r.raw(`workloads.${name}`) !== null && typeof r.raw(`workloads.${name}`) === 'object'
  // A workload that is not a mapping, or a `reads:` left empty, is a schema error already.
  if (isMapping && r.raw(at('reads')) === undefined && r.raw(at('writes')) === undefined && r.raw(at('records')) === undefined) {
    r.report(`workloads.${name}`, `workload \`${name}\` has neither \`reads\` nor \`writes\``, 'add e.g. `writes: {perUserPerDay: 2}`, or `records:` for data whose traffic is not estimated', 'key')
  }
  const existingRecords = optional(r, at('records'))
  const recordBytes = buildRecordSize(r, name)
  const readBytes = r.has(at('readSize')) ? orDefault(r, at('readSize'), 0) : {...recordBytes, path: at('readSize'), isDefault: true}
  if (reads && !r.has(at('readSize')) && !r.has(at('recordSize')) && !r.has(at('recordFields'))) {
    r.report(at('reads'), `workload \`${name}\` has reads but no size to read`, 'add `readSize` (bytes returned per read) or `recordSize`')
  }
  const latency = r.has(at('latency')) ? optional(r, at('latency')) : (LATENCY_ORDER.map((p) => slo.latencySeconds[p]).find((x) => x !== undefined) ?? null)
  return {
    name,
    reads,
    writes,
    existingRecords,
    recordBytes,
    readBytes,
    media: r.has(at('media'))
      ? {writeShare: orDefault(r, at('media.writeShare'), 1), bytes: orDefault(r, at('media.size'), 0), readShare: orDefault(r, at('media.readShare'), 0)}
      : null,
    retentionSeconds: buildRetention(r, at('retention')),
    replication: orDefault(r, at('replication'), 1),
    overhead: orDefault(r, at('overhead'), 1),
    compression: orDefault(r, at('compression'), 1),
    yearlyGrowth: orDefault(r, at('growth'), 0),
    latencySeconds: latency,
    facts: buildFacts(r, name),
  }
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
    ordering: flag('ordering'),
    fanout: r.has(at('fanout')) ? {averageFollowers: orDefault(r, at('fanout.averageFollowers'), 0), maxFollowers: optional(r, at('fanout.maxFollowers'))} : null,
    ...buildQueryFacts(r, name),
  }
}

export function optional(r: FieldResolver, path: string): Input | null {
  return r.has(path) && r.quantity(path) !== null ? orDefault(r, path, 0) : null
}

function buildRate(r: FieldResolver, path: string): Rate | null {
  if (!r.has(path)) return null
  const basis = RATE_BASES.find((b) => r.has(`${path}.${b}`))
  if (!basis) return null
  return {basis, amount: orDefault(r, `${path}.${basis}`, 0)}
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

import type {Input, Lookups} from './model.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'

/**
 * `lookups` (scripts/schema/spec-cache-facts.mjs), with the checks a JSON
 * Schema cannot make: lookups per read of a workload with no reads (or per
 * write with no writes) would count nothing, and zero lookups state nothing.
 */
export function buildLookups(r: FieldResolver, name: string): Lookups | null {
  const base = `workloads.${name}`
  if (!r.has(`${base}.lookups`)) return null
  const one = (field: 'perRead' | 'perWrite', op: 'reads' | 'writes'): Input | null => {
    const path = `${base}.lookups.${field}`
    if (!r.has(path) || r.quantity(path) === null) return null
    const value = orDefault(r, path, 0)
    if (!r.has(`${base}.${op}`)) {
      r.report(path, `\`${path}\` counts lookups per ${op === 'reads' ? 'read' : 'write'}, but \`${name}\` has no \`${op}\``, `add \`${op}:\` to \`${name}\` (e.g. \`${op}: {perDay: 10M}\`), or remove \`${field}\``)
      return null
    }
    if (value.value === 0) {
      r.report(path, `\`${path}\` must be at least 1`, 'the records each request reads by key besides its own, e.g. `3` (user, device, settings); leave it out if there are none')
      return null
    }
    return value
  }
  const perRead = one('perRead', 'reads')
  const perWrite = one('perWrite', 'writes')
  return perRead === null && perWrite === null ? null : {perRead, perWrite}
}

/** `expireAfterIdle`: longer than zero (a record dropped at once is never kept). */
export function buildIdleExpiry(r: FieldResolver, name: string): Input | null {
  const path = `workloads.${name}.expireAfterIdle`
  if (!r.has(path) || r.quantity(path) === null) return null
  const idle = orDefault(r, path, 0)
  if (idle.value === 0) {
    r.report(path, `\`${path}\` must be longer than zero`, 'how long a key may go without a write before its record is dropped, e.g. `10 min`; leave it out if records stay until deleted')
    return null
  }
  return idle
}

/** `popularity`: how reads spread over the records, only where there are reads. */
export function buildPopularity(r: FieldResolver, name: string): 'skewed' | 'uniform' | null {
  const path = `workloads.${name}.popularity`
  const raw = r.raw(path)
  if (raw !== 'skewed' && raw !== 'uniform') return null
  if (!r.has(`workloads.${name}.reads`)) {
    r.report(path, `\`${path}\` says how reads spread over the records, but \`${name}\` has no \`reads\``, `add \`reads:\` to \`${name}\` (e.g. \`reads: {perDay: 10M}\`), or remove \`popularity\``)
    return null
  }
  return raw
}

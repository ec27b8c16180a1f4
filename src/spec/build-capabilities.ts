import type {FieldResolver} from './fields.js'
import {CAPABILITIES, type Capability} from './generated/schema-types.js'

/**
 * What a workload relies on that a provider sells (`capabilities:`,
 * scripts/schema/spec-capabilities.mjs): the build-vs-buy decision reads it.
 * The schema has checked the names; the check here is that the workload has
 * the traffic each one serves — a CDN serves reads, a message or a payment is
 * a write, stored objects are written or already held. Read defensively: the
 * model builder runs even when the schema failed.
 */
export function buildCapabilities(r: FieldResolver, name: string): readonly Capability[] | undefined {
  const path = `workloads.${name}.capabilities`
  const raw = r.raw(path)
  if (!Array.isArray(raw)) return undefined
  const named = CAPABILITIES.filter((c) => raw.includes(c))
  if (named.length === 0) return undefined
  const has = (field: string): boolean => r.has(`workloads.${name}.${field}`)
  for (const c of named) {
    const need = NEEDS[c]
    if (need.fields.some(has)) continue
    const at = `${path}.${raw.indexOf(c)}`
    r.report(at, `\`${c}\` ${need.serves}, but \`${name}\` has no ${need.fields.map((f) => `\`${f}\``).join(' or ')}`, `add ${need.fields.map((f) => `\`${f}:\``).join(' or ')} to \`${name}\`, or name \`${c}\` on the workload that has them`)
  }
  return named
}

/** The workload fields a capability needs, one of them at least, and what it serves. */
const NEEDS: Readonly<Record<Capability, {readonly fields: readonly string[]; readonly serves: string}>> = {
  'object-storage': {fields: ['writes', 'records'], serves: 'keeps the objects a workload writes or holds'},
  cdn: {fields: ['reads'], serves: 'serves reads from the edge'},
  'mobile-push': {fields: ['writes'], serves: 'sends each notification the workload writes'},
  email: {fields: ['writes'], serves: 'sends each message the workload writes'},
  sms: {fields: ['writes'], serves: 'sends each message the workload writes'},
  'card-payments': {fields: ['writes'], serves: 'takes each payment the workload writes'},
  dashboards: {fields: ['writes', 'reads', 'records'], serves: 'charts the data a workload writes or holds'},
  alerting: {fields: ['writes', 'reads', 'records'], serves: 'alerts on the data a workload writes or holds'},
}

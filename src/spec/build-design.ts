import type {IdRequirements, Placement, WorkloadDesign} from './model.js'
import type {FieldResolver} from './fields.js'
import {CONTENTION, DELIVERY, SURVIVE} from './generated/schema-types.js'
import {didYouMean} from './suggest.js'

const CONSISTENCY = ['strong', 'eventual'] as const

/**
 * The design facts a spec states besides its numbers (scripts/schema/spec-design.mjs):
 * where the system runs, and per workload the guarantees its data needs. The
 * schema has checked their shapes; the checks here are those across fields (a
 * region loss survived with one region). The model builder runs even when the
 * schema failed, so every raw value is read defensively.
 */

/** `placement:`, or undefined when the spec states none. */
export function buildPlacement(r: FieldResolver): Placement | undefined {
  if (!r.has('placement')) return undefined
  const rawRegions = r.raw('placement.regions')
  const names = Array.isArray(rawRegions) ? rawRegions.filter((x): x is string => typeof x === 'string') : null
  const count = names ? names.length : typeof rawRegions === 'number' && Number.isInteger(rawRegions) && rawRegions >= 1 ? rawRegions : null
  const survive = SURVIVE.find((s) => s === r.raw('placement.survive')) ?? null
  const rawResidency = r.raw('placement.residency')
  const residency = Array.isArray(rawResidency) ? rawResidency.filter((x): x is string => typeof x === 'string') : null
  const highlyAvailable = r.raw('placement.highlyAvailable')
  if (count !== null) {
    const regions = `\`placement.regions\` is ${count === 1 ? 'one region' : `${count} regions`}`
    if (survive === 'region-loss' && count < 2) {
      r.report('placement.survive', `surviving a region loss needs a second region, but ${regions}`, 'give `regions:` two or more, or survive a `zone-loss`')
    }
    if (residency && residency.length > count) {
      r.report('placement.residency', `${residency.length} jurisdictions keep their data within them, each in a region of its own, but ${regions}`, `give \`regions:\` at least ${residency.length}, one per jurisdiction`)
    }
  }
  return {
    regions: count === null ? null : {count, names},
    survive,
    residency,
    highlyAvailable: typeof highlyAvailable === 'boolean' ? highlyAvailable : null,
  }
}

/** A workload's guarantees, or undefined when it states none of them. */
export function buildWorkloadDesign(r: FieldResolver, name: string, workloads: readonly string[]): WorkloadDesign | undefined {
  const at = (field: string): string => `workloads.${name}.${field}`
  const stated = ['consistency', 'delivery', 'ledger', 'replayable', 'contention', 'transactionsWith', 'ids', 'stateful', 'jobs'].some((f) => r.has(at(f)))
  const rawOrdering = r.raw(at('ordering'))
  const ordering = rawOrdering === true || rawOrdering === 'per-key' ? 'per-key' : rawOrdering === 'global' ? 'global' : null
  if (!stated && ordering === null) return undefined
  const writes = r.has(at('writes')) || r.has(at('records'))
  // A workload with `figures: none` is written at a rate the design does not state.
  const written = r.has(at('writes')) || r.raw(at('figures')) === 'none'
  for (const field of ['delivery', 'contention']) {
    if (r.has(at(field)) && !written) {
      r.report(at(field), `\`${at(field)}\` is about how writes take effect, but \`${name}\` has no \`writes\``, 'add `writes:` (a rate), or remove it', 'key')
    }
  }
  if (r.has(at('replayable')) && !written) {
    r.report(at('replayable'), `\`${at('replayable')}\` asks for every past state to be replayed from the writes, but \`${name}\` has no \`writes\``, 'add `writes:` (a rate), or remove `replayable`', 'key')
  }
  if (r.has(at('jobs')) && !written) {
    r.report(at('jobs'), `\`${at('jobs')}\` names the background work each write starts, but \`${name}\` has no \`writes\``, 'add `writes:` (a rate), or remove `jobs`', 'key')
  }
  const ledger = r.raw(at('ledger'))
  return {
    consistency: CONSISTENCY.find((c) => c === r.raw(at('consistency'))) ?? null,
    delivery: DELIVERY.find((d) => d === r.raw(at('delivery'))) ?? null,
    ledger: typeof ledger === 'boolean' ? ledger : null,
    replayable: typeof r.raw(at('replayable')) === 'boolean' ? (r.raw(at('replayable')) as boolean) : null,
    contention: CONTENTION.find((c) => c === r.raw(at('contention'))) ?? null,
    transactionsWith: r.has(at('transactionsWith')) && writes ? transactionsWith(r, name, workloads) : null,
    ordering,
    ids: r.has(at('ids')) ? buildIds(r, name) : null,
    stateful: typeof r.raw(at('stateful')) === 'boolean' ? (r.raw(at('stateful')) as boolean) : null,
    jobs: jobsOf(r.raw(at('jobs'))),
  }
}

/** `jobs:` as names (the schema has checked them; read defensively), or null when unstated. */
function jobsOf(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null
  const names = raw.filter((x): x is string => typeof x === 'string')
  return names.length > 0 ? names : null
}

function buildIds(r: FieldResolver, name: string): IdRequirements {
  const at = (field: string): unknown => r.raw(`workloads.${name}.ids.${field}`)
  const flag = (field: string): boolean | null => {
    const v = at(field)
    return typeof v === 'boolean' ? v : null
  }
  const bits = at('bits')
  if (!r.has(`workloads.${name}.writes`)) {
    r.report(`workloads.${name}.ids`, `\`workloads.${name}.ids\` says what new records' ids must be, but \`${name}\` has no \`writes\``, 'ids are minted for records written; add `writes:` (a rate), or remove `ids`', 'key')
  }
  return {sortable: flag('sortable'), numeric: flag('numeric'), bits: typeof bits === 'number' && Number.isInteger(bits) && bits >= 8 && bits <= 128 ? bits : null, opaque: flag('opaque')}
}

/**
 * The workloads whose records one transaction writes under another partition
 * key (the workload itself, for a transfer between two of its accounts): each
 * must exist, and the workload must state `transactions: true`.
 */
function transactionsWith(r: FieldResolver, name: string, workloads: readonly string[]): string[] | null {
  const path = `workloads.${name}.transactionsWith`
  const raw = r.raw(path)
  if (!Array.isArray(raw)) return null
  if (r.raw(`workloads.${name}.transactions`) !== true) {
    r.report(path, `\`${path}\` names the workloads a transaction also writes, but \`${name}\` does not state \`transactions: true\``, 'add `transactions: true`, or remove `transactionsWith`', 'key')
  }
  const names: string[] = []
  raw.forEach((other: unknown, i: number) => {
    if (typeof other !== 'string') return
    if (!workloads.includes(other)) r.report(`${path}.${i}`, `\`${path}\` names \`${other}\`, which is not a workload`, didYouMean(other, workloads) ?? `workloads: ${workloads.join(', ')}`)
    else names.push(other)
  })
  return names
}

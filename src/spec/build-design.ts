import type {Placement} from './model.js'
import type {FieldResolver} from './fields.js'
import {SURVIVE} from './generated/schema-types.js'

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

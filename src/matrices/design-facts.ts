import type {SystemModel} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The facts of the design statements (spec `placement:` and the workloads'
 * guarantees), apart from those read off the numbers in facts.ts. A statement
 * the spec does not make is a null fact, and conditions on it do not fire.
 */

/** Where the system runs: regions, the failure it must survive, data residency, "highly available". */
export function placementFacts(model: SystemModel): Record<string, Fact> {
  const p = model.placement
  return {
    placementStated: {value: p !== undefined, from: 'placement'},
    regions: {value: p?.regions?.count ?? null, unit: 'count', from: 'placement.regions'},
    survive: {value: p?.survive ?? null, from: 'placement.survive'},
    residencyJurisdictions: {value: p?.residency?.length ?? null, unit: 'count', from: 'placement.residency'},
    highlyAvailable: {value: p?.highlyAvailable ?? null, from: 'placement.highlyAvailable'},
  }
}

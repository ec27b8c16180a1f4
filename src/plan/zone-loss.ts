import type {Input} from '../spec/model.js'
import type {Ledger} from '../engine/ledger.js'
import type {MetricId, ZoneLossId} from '../engine/ids.js'
import {deriveOnce, referenceOnce} from './plan-metrics.js'
import {ceil, counted, whole} from './basis.js'
import type {NodePlan} from './types.js'

/**
 * Zone loss: with the nodes spread evenly over k zones, losing one leaves
 * k − 1 zones to carry the whole peak. A tier sized by its peak throughput
 * to n nodes (or shards) therefore runs ⌈n ÷ (k − 1)⌉ in each zone, k ×
 * ⌈n ÷ (k − 1)⌉ in all. Counts set by storage, by a quorum or a replication
 * factor are not inflated: their replicas in the zones left already hold
 * the lost zone's data.
 */

/** What a sizer tells the zone-loss step about an item's count. */
export type ZoneBound =
  /** The count at peak throughput (`count` of `noun`), before the sizer's floor (`floor`, with why). */
  | {readonly kind: 'peak'; readonly count: number; readonly floor: number; readonly floorText: string; readonly noun: readonly [string, string]; readonly unit: 'nodes' | 'shards'; readonly shardKey?: string; readonly countMetric?: MetricId}
  /** Not inflated, and why. */
  | {readonly kind: 'kept'; readonly why: string}

// Keyed by the item a sizer built, so the plan's published shape does not change.
const BOUNDS = new WeakMap<NodePlan, ZoneBound>()

/** Records how a sizer's item is bound, for the zone-loss step; returns the item. */
export function zoneBound(plan: NodePlan, bound: ZoneBound): NodePlan {
  BOUNDS.set(plan, bound)
  return plan
}

const STORE_LINE = 'not inflated: a store keeps replicas in the other zones, which take over the lost zone\'s data, so a count set by storage or by the replication factor needs no more nodes'

/**
 * The items with their counts made to survive the loss of one of `zones`
 * zones at peak, each with a basis line that shows the arithmetic (or why it
 * is not inflated). Without `zones`, the items as they are.
 */
export function surviveZoneLoss(items: readonly NodePlan[], zones: Input | undefined, ledger: Ledger): NodePlan[] {
  if (!zones) return [...items]
  const k = zones.value
  const zonesId = ledger.has('input.zones') ? 'input.zones' : ledger.input('input.zones', 'Zones each tier is spread over', 'count', zones)
  const derive = deriveOnce(ledger)
  const head = `zone loss (${whole(k)} zones, \`zones\`): the ${whole(k - 1)} left carry the peak`
  return items.map((item) => {
    if (!item.sized) return item
    const bound = BOUNDS.get(item)
    if (!bound || bound.kind === 'kept') {
      const why = bound?.why ?? (item.nodes === 0 && item.nodeClass === null ? 'not inflated: a managed service, spread over the zones by its provider' : STORE_LINE)
      return {...item, basis: [...item.basis, `zone loss (${whole(k)} zones, \`zones\`): ${why}`]}
    }
    const ids = zoneIds(item)
    const count = bound.countMetric ?? referenceOnce(ledger, ids.peakCount, `${item.component} (${item.role}): count at peak throughput, before its floor`, 'count', bound.count, `the plan's sizer for ${item.technology} (its basis lines)`)
    const perZone = derive(ids.perZone, `${item.component} (${item.role}): per zone, to survive a zone loss at peak`, 'count', '⌈count ÷ (zones − 1)⌉', {count, zones: zonesId}, (v) => ceil(v.count / (v.zones - 1)))
    const surviving = ledger.value(derive(ids.nodes, `${item.component} (${item.role}): ${bound.noun[1]} that survive a zone loss at peak`, 'count', 'zones × perZone', {zones: zonesId, perZone}, (v) => v.zones * v.perZone))
    const formula = `${head}: ${whole(k)} × ⌈${whole(bound.count)} ÷ ${whole(k - 1)}⌉ = ${whole(k)} × ${whole(ledger.value(perZone))} = ${counted(surviving, bound.noun)} (\`${ids.nodes}\`)`
    const planned = bound.unit === 'shards' ? item.shards : item.nodes
    if (surviving <= planned) return {...item, basis: [...item.basis, `${formula}; the ${counted(planned, bound.noun)} planned already survive (${bound.floorText})`]}
    // The floor is at most the planned count, so a count that grows is the surviving one. Shards grow only where a shard is one node (no replicas).
    const grown = bound.unit === 'shards' ? {shards: surviving, nodes: surviving, shardKey: item.shardKey ?? bound.shardKey ?? null} : {nodes: surviving}
    return {...item, ...grown, basis: [...item.basis, `${formula}, up from ${whole(planned)}`]}
  })
}

/** `zoneLoss.<component>.<role>.…`: a tier's zone-loss metrics, named after its plan item. */
function zoneIds(item: NodePlan): {readonly peakCount: ZoneLossId; readonly perZone: ZoneLossId; readonly nodes: ZoneLossId} {
  const tier = `${item.component}.${item.role}`
  return {peakCount: `zoneLoss.${tier}.peakCount`, perZone: `zoneLoss.${tier}.perZone`, nodes: `zoneLoss.${tier}.nodes`}
}

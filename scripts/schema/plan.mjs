// The scaling plan's fragments: how many machines each chosen technology needs, and why.
import {closed, nullable, num, ref, str, strOrNull, strings} from './shapes.mjs'
import {typed} from './typed.mjs'

const storagePlan = typed('plan', 'StoragePlan', closed({medium: {type: 'string', enum: ['block', 'object', 'managed']}, logicalBytes: num, copies: num, from: {type: 'string', description: 'Metric the logical bytes come from.'}}), {
  doc: 'Bytes one plan item keeps, and where: `block` disks attached to the nodes (once per copy), an `object` store (its redundancy is in the price), or a `managed` database\'s own storage. `logicalBytes` is one copy; `copies` how many the nodes hold.',
})

export const nodePlan = typed('plan', 'NodePlan', closed({
  component: str,
  workload: strOrNull,
  technology: str,
  role: str,
  nodes: {type: 'integer', minimum: 0},
  shards: {type: 'integer', minimum: 0},
  shardKey: strOrNull,
  basis: strings,
  capacities: {type: 'array', items: closed({key: str, value: num, unit: str, source: str})},
  nodeClass: strOrNull,
  sized: {type: 'boolean', description: 'False when the catalog has no reference capacity for the technology.'},
  storage: nullable(storagePlan),
}), {doc: 'The machines one chosen technology needs (0 for a managed service, or one without reference capacities), sharded how, and why in numbers (`basis`), with the reference figures used.'})

export const plan = typed('plan', 'ScalingPlan', closed(
  {items: {type: 'array', items: ref('nodePlan')}, totalNodes: {type: 'integer', minimum: 0}, targetUtilization: {type: 'number', description: 'Share of each node planned for at peak.'}},
  'How many machines each chosen technology needs, and why.',
))

import type {NodePlan, ScalingPlan} from '../../plan/types.js'
import {formatBytes, formatPercent, grouped, significant} from '../../quantity/format.js'
import {code, md, mdCited} from '../../spec/sinks/markdown.js'
import {NONE} from './numbers.js'

export interface PlanView {
  readonly targetUtilization: string
  readonly rows: readonly {
    readonly component: string
    readonly technology: string
    readonly role: string
    readonly nodes: string
    readonly shards: string
    readonly shardKey: string
    readonly storage: string
    readonly basis: string
  }[]
  readonly totalNodes: string
  /** The components the plan could not size, left out of the total (their rows say why): `` `datastore.follows` (Neo4j) ``; null when every one is sized. */
  readonly unsized: string | null
  /** The per-node reference figures the counts rest on, each with its source. */
  readonly capacities: readonly {readonly component: string; readonly key: string; readonly value: string; readonly source: string}[]
}

export function planView(plan: ScalingPlan, binary: boolean): PlanView {
  return {
    targetUtilization: formatPercent(plan.targetUtilization),
    rows: plan.items.map((item) => ({
      component: item.workload === null ? code(item.component) : `${code(item.component)} (${md(item.workload)})`,
      technology: md(item.technology),
      role: md(item.role),
      nodes: item.sized ? grouped(item.nodes) : 'not sized',
      shards: grouped(item.shards),
      shardKey: item.shardKey === null ? NONE : code(item.shardKey),
      storage: storage(item, binary),
      basis: item.basis.map(md).join('; '),
    })),
    totalNodes: grouped(plan.totalNodes),
    unsized: plan.items.some((item) => !item.sized) ? plan.items.filter((item) => !item.sized).map((item) => `${code(item.component)} (${md(item.technology)})`).join(', ') : null,
    capacities: plan.items.flatMap((item) =>
      item.capacities.map((c) => ({
        component: code(item.component),
        key: code(c.key),
        value: `${Number.isInteger(c.value) ? grouped(c.value) : significant(c.value)} ${md(c.unit)}`,
        source: mdCited(c.source),
      })),
    ),
  }
}

/** `55.2 PB × 3 copies on block disks`; `–` for nodes that keep no data. */
function storage(item: NodePlan, binary: boolean): string {
  if (!item.storage) return NONE
  const {logicalBytes, copies, medium} = item.storage
  const where = medium === 'block' ? 'on block disks' : medium === 'object' ? 'in object storage' : 'in managed storage'
  return `${formatBytes(logicalBytes, binary)} × ${significant(copies)} cop${copies === 1 ? 'y' : 'ies'} ${where}`
}

import type {Estimate} from './estimate.js'
import type {MetricNode} from './ledger.js'
import type {Template} from './compiled-trace.js'

/**
 * The metrics record a compiled run (compiled-run.ts) returns: a copy of the
 * traced record with the moved nodes stored, or past FAST_PROPERTIES_MAX
 * every node inserted in order.
 */

/**
 * Eight functions that copy a record, the same but each its own: a spread
 * is fast only while its site has met few hidden classes (V8's clone cache
 * holds four); past that, it inserts key by key. Every shape's record has
 * its own class, so one site shared by all goes slow once a process has
 * estimated five specs (the social feed, its MAU moved each call: 46,900
 * calls/s alone, 18,400 after five other examples). A shape's templates
 * share one; a new shape takes the one the shape it evicts frees, or the
 * least used (compiled-estimate.ts), so 32 shapes (MAX_SHAPES) stay within
 * four classes a site.
 */
export type RecordCopy = (record: Readonly<Record<string, MetricNode>>) => Record<string, MetricNode>

export const RECORD_COPIES: readonly RecordCopy[] = [
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
  (record) => ({...record}),
]

/**
 * V8 keeps an object's named properties in a fast layout up to about a
 * thousand of them (kMaxNumberOfDescriptors, 1,020); past that the object is
 * a dictionary, whose copy by spread goes key by key at several times the
 * cost of inserting them afresh (measured: 40,000 keys, 27 ms copied and
 * half of them stored against 5 ms inserted in order).
 */
export const FAST_PROPERTIES_MAX = 1000

/**
 * The traced estimate with the values that differ: a new node for each of
 * those, the traced node for the rest. What is new belongs to this call
 * alone and is not frozen; what is shared with other calls is.
 */
export function withValues(template: Template, moves: number): Estimate {
  const metrics = template.record === null ? insertedInOrder(template) : copiedAndStored(template.record, template, moves)
  const {name, workloads, horizonYears, checks} = template.estimate
  return {name, workloads, horizonYears, metrics, checks, uncertainty: null}
}

/** A copy of an object no one else holds, then a store per node that moved: no growing of a record key by key. */
function copiedAndStored(record: Readonly<Record<string, MetricNode>>, template: Template, moves: number): Record<string, MetricNode> {
  const metrics = template.copy(record)
  const {nodes, current, movedList} = template
  for (let k = 0; k < moves; k++) {
    const n = nodes[movedList[k]!]!
    metrics[n.id] = moved(n, current[movedList[k]!]!)
  }
  return metrics
}

/** Every node inserted in the ledger's order (the record's), the traced one where its value did not move: past FAST_PROPERTIES_MAX, a copy would go key by key. */
function insertedInOrder(template: Template): Record<string, MetricNode> {
  const {nodes, current, movedIn} = template
  const run = template.runs.count
  const metrics: Record<string, MetricNode> = {}
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    metrics[n.id] = movedIn[i] === run ? moved(n, current[i]!) : n
  }
  return metrics
}

/** The ledger's keys in the ledger's order (ledger.ts): a literal is a tenth of a spread; the agreement test holds the two equal. */
function moved(n: MetricNode, value: number): MetricNode {
  return {id: n.id, kind: n.kind, label: n.label, value, unit: n.unit, formula: n.formula, inputs: n.inputs, conventions: n.conventions, source: n.source}
}

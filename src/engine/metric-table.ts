import type {MetricNode} from './generated/schema-types.js'

/**
 * An estimate's metrics: every input, convention and metric by id, in
 * derivation order, stored by column. What the estimates of one shape share
 * (the ids, and each node's label, unit, formula, inputs, conventions and
 * source) is a layout built once; what one estimate has of its own is its
 * values, one Float64Array. A compiled estimate of a thousand workloads
 * (54,000 nodes) thus costs one array of 432 KB, not 54,000 objects and a
 * 54,000-key record, whose allocation and collection grew faster than the
 * model (issue 17: 18-30 µs a workload at 1,000 against 12 at 10).
 *
 * A node is made when it is asked for, once per table (the same object
 * again after), and only where the value differs from the layout's node:
 * reading a value (`value`) makes none. `toJSON` is the record the JSON
 * outputs print, so `estimate --json` is unchanged.
 */
export class MetricTable implements Iterable<MetricNode> {
  /** Nodes made for values that differ from the layout's, by position; null until one is asked for. */
  private made: (MetricNode | undefined)[] | null = null

  /** `values`: this table's value of each of the layout's nodes, in order; null when they are the layout nodes' own. */
  constructor(
    readonly layout: MetricLayout,
    private readonly values: Float64Array | null = null,
  ) {
    if (values !== null && values.length !== layout.size) throw new Error('sizeup internal error: a metric table has a value per node of its layout')
  }

  /** A table of these nodes, in this order (the last of an id wins, in the first one's place). */
  static of(nodes: Iterable<MetricNode>): MetricTable {
    return new MetricTable(new MetricLayout(nodes))
  }

  get size(): number {
    return this.layout.size
  }

  has(id: string): boolean {
    return this.layout.indexOf(id) >= 0
  }

  /** The node of this id, or undefined: only the table's own ids count (no `constructor`, no `__proto__`). */
  get(id: string): MetricNode | undefined {
    const i = this.layout.indexOf(id)
    return i < 0 ? undefined : this.at(i)
  }

  /** The value of this id, or undefined, without making a node. */
  value(id: string): number | undefined {
    const i = this.layout.indexOf(id)
    if (i < 0) return undefined
    return this.values === null ? this.layout.nodes[i]!.value : this.values[i]!
  }

  /** Every value, in derivation order: a copy, to set some of and make a table of (`new MetricTable(layout, values)`). */
  copyValues(): Float64Array {
    return this.values === null ? Float64Array.from(this.layout.nodes, (n) => n.value) : this.values.slice()
  }

  /** The ids in derivation order. */
  ids(): readonly string[] {
    return this.layout.ids
  }

  /** The node at position i of the derivation order. */
  at(i: number): MetricNode {
    const base = this.layout.nodes[i]!
    if (this.values === null || Object.is(this.values[i], base.value)) return base
    const made = (this.made ??= [])
    return (made[i] ??= withValue(base, this.values[i]!))
  }

  *[Symbol.iterator](): IterableIterator<MetricNode> {
    for (let i = 0; i < this.layout.size; i++) yield this.at(i)
  }

  /** Every node, in derivation order. */
  nodes(): MetricNode[] {
    return Array.from({length: this.layout.size}, (_, i) => this.at(i))
  }

  /**
   * These nodes in, each in place of the node of its id or after the rest in
   * their order: how later stages (the plan's metrics, a sampled world) go
   * on from an estimate. A new table; this one is unchanged.
   */
  with(nodes: Iterable<MetricNode>): MetricTable {
    return MetricTable.of([...this, ...nodes])
  }

  /** The record `estimate --json` and the Report print: id → node, in derivation order. */
  toRecord(): Record<string, MetricNode> {
    const record: Record<string, MetricNode> = {}
    for (let i = 0; i < this.layout.size; i++) record[this.layout.ids[i]!] = this.at(i)
    return record
  }

  toJSON(): Record<string, MetricNode> {
    return this.toRecord()
  }
}

/**
 * The part of a metric table estimates of one shape share: the ids in
 * order, their positions, and a node per id whose value is the default.
 */
export class MetricLayout {
  readonly ids: readonly string[]
  readonly nodes: readonly MetricNode[]
  /** Position by id: a Map, so an id that names an object built-in is only itself. */
  private readonly index: Map<string, number>

  constructor(nodes: Iterable<MetricNode>) {
    const index = new Map<string, number>()
    const list: MetricNode[] = []
    for (const node of nodes) {
      const at = index.get(node.id)
      if (at === undefined) {
        index.set(node.id, list.length)
        list.push(node)
      } else list[at] = node
    }
    this.index = index
    // Frozen: `ids()` hands the array out, and an id moved in it would pair ids and nodes wrongly in `toRecord`.
    this.nodes = Object.freeze(list)
    this.ids = Object.freeze(list.map((n) => n.id))
  }

  get size(): number {
    return this.nodes.length
  }

  /** The position of this id, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1
  }
}

/** A layout node with another value: the ledger's keys in the ledger's order (ledger.ts), so its JSON is the same. */
function withValue(n: MetricNode, value: number): MetricNode {
  return {id: n.id, kind: n.kind, label: n.label, value, unit: n.unit, formula: n.formula, inputs: n.inputs, conventions: n.conventions, source: n.source}
}

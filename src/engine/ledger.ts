import type {Unit} from '../quantity/base-unit.js'
import type {ConventionId, ConventionName, InputId, MetricId} from './ids.js'
import type {Input} from '../spec/model.js'
import type {MetricNode} from './generated/schema-types.js'

// Both are the shapes of scripts/schema/ (estimate --json prints metric nodes as they are).
export type {Unit} from '../quantity/base-unit.js'
export type {MetricNode, NodeKind} from './generated/schema-types.js'

/** How a metric is computed from its inputs (by formula symbol). */
export interface Formula {
  readonly inputs: Readonly<Record<string, MetricId>>
  /**
   * The metric's value from its inputs' values, by symbol. It reads its
   * argument while it runs and keeps nothing of it, nor hands it on: the
   * Monte Carlo reuses one object per node, and the compiled estimate's
   * argument objects read the values of whichever node it computes.
   */
  readonly compute: (v: Readonly<Record<string, number>>) => number
  /** Terms one evaluation reads: its inputs, or more for a formula that loops (k-of-n); what the Monte Carlo budget counts. */
  readonly cost: number
  /** A Ledger.sum: its parts added from 0 in order (what the compiled evaluator runs over arrays). */
  readonly sum?: boolean
}

/** The ledger's nodes in derivation order, their formulas, and the samples of uncertain inputs. */
export interface ComputeGraph {
  readonly nodes: readonly MetricNode[]
  readonly formulas: ReadonlyMap<string, Formula>
  readonly sampled: ReadonlyMap<string, Float64Array>
}

export interface LedgerOptions {
  /**
   * `uncertain`: keep the formulas of the metrics that read an uncertain
   * input (directly or not) only, the ones sampling and the sensitivity run
   * again; the others are computed once, and their closures go. A
   * deterministic estimate keeps none, which a large model's garbage
   * collector feels (issue 17). Default: every metric's.
   */
  readonly formulas?: 'all' | 'uncertain'
  /** Told of every node as it is put, and of every value engine code reads: compiled-trace.ts makes a point estimate's template from it. */
  readonly tracer?: LedgerTracer
}

/**
 * What the compiled point estimate (compiled-trace.ts) learns from one
 * derivation: where each node's value comes from, and which values the engine
 * read outside a formula (a branch, a label, a closure's constant).
 */
export interface LedgerTracer {
  /** An Input's value, read for an input or convention node (not a read the template must guard). */
  valueOf(input: Input): number
  /** The node just put is an input or convention taken from this Input. */
  input(input: Input): void
  /** The node just put is a metric computed from these inputs (a sum adds them in order). */
  metric(inputs: Readonly<Record<string, MetricId>>, compute: Formula['compute'], sum: boolean): void
  /** The node just put is a published figure, the same for every model. */
  constant(): void
  /** Engine code read this node (its value, maybe) outside a formula. */
  read(id: MetricId): void
  /** Engine code chose by these nodes' values (`Ledger.branch`): the answer holds while `decide` gives it again. */
  branch(ids: readonly MetricId[], decide: (values: readonly number[]) => unknown, answer: unknown): void
}

/**
 * The derivation graph. A metric can only be computed from nodes already in the
 * ledger, through the symbols it declares, so its formula, inputs and value
 * cannot drift apart: `explain` and the JSON read the same record.
 */
export class Ledger {
  private readonly nodes = new Map<string, MetricNode>()
  /** How each metric is computed, kept so that sampling can re-run the same formulas. */
  private readonly formulas = new Map<string, Formula>()
  /** Monte Carlo samples of the uncertain inputs. */
  private readonly sampled = new Map<string, Float64Array>()
  /** With `formulas: 'uncertain'`, the ids of the sampled inputs and of the metrics that read them; otherwise null. */
  private readonly uncertain: Set<string> | null
  private readonly tracer: LedgerTracer | null

  constructor(options: LedgerOptions = {}) {
    this.uncertain = options.formulas === 'uncertain' ? new Set() : null
    this.tracer = options.tracer ?? null
  }

  /**
   * A ledger that goes on from an estimate's nodes: later stages (the
   * technology models, plan/models/) derive from them without re-deriving
   * them. Only the new nodes have formulas here; sampling does not see them.
   */
  static extending(nodes: Iterable<MetricNode>): Ledger {
    const ledger = new Ledger()
    for (const node of nodes) ledger.nodes.set(node.id, node)
    return ledger
  }

  /** A published figure a model rests on (not a spec value): an input node whose source is where the figure comes from. */
  reference<I extends MetricId>(id: I, label: string, unit: Unit, value: number, source: string): I {
    this.put({id, kind: 'input', label, value, unit, formula: null, inputs: {}, conventions: [], source})
    this.tracer?.constant()
    return id
  }

  input(id: InputId, label: string, unit: Unit, input: Input): InputId {
    if (input.samples) {
      this.sampled.set(id, input.samples)
      this.uncertain?.add(id)
    }
    const value = this.tracer ? this.tracer.valueOf(input) : input.value
    this.put({id, kind: 'input', label, value, unit, formula: null, inputs: {}, conventions: [], source: input.path})
    this.tracer?.input(input)
    return id
  }

  /**
   * An input the spec leaves to a default counted in other nodes (an SLO
   * window of 30 of the spec's days): an input node like any, sourced at
   * `path`, whose value the compiled estimate works out again from `inputs`.
   */
  defaultInput<K extends string>(id: InputId, label: string, unit: Unit, path: string, inputs: Readonly<Record<K, MetricId>>, compute: (v: Readonly<Record<K, number>>) => number): InputId {
    const values = {} as Record<K, number>
    for (const symbol in inputs) values[symbol] = this.node(inputs[symbol]).value
    this.put({id, kind: 'input', label, value: compute(values), unit, formula: null, inputs: {}, conventions: [], source: path})
    this.tracer?.metric(inputs, compute as Formula['compute'], false)
    return id
  }

  /** `restsOn`: other conventions its value is counted in (a month of 30 days rests on the day's length). */
  convention(name: ConventionName, label: string, unit: Unit, input: Input, restsOn: readonly ConventionName[] = []): ConventionId {
    const id: ConventionId = `convention.${name}`
    const conventions = [...new Set([name, ...restsOn])].sort()
    const value = this.tracer ? this.tracer.valueOf(input) : input.value
    this.put({id, kind: 'convention', label, value, unit, formula: null, inputs: {}, conventions, source: input.path})
    this.tracer?.input(input)
    return id
  }

  /** Returns the id, typed as given, so that later formulas can name the node. `compute` reads its argument only while it runs (Formula.compute). */
  derive<K extends string, I extends MetricId>(
    id: I,
    label: string,
    unit: Unit,
    formula: string,
    inputs: Readonly<Record<K, MetricId>>,
    compute: (v: Readonly<Record<K, number>>) => number,
    cost?: number | (() => number),
  ): I {
    return this.record(id, label, unit, formula, inputs, compute, cost, false)
  }

  /**
   * A choice engine code makes by the values of some nodes (whether to derive
   * a metric, a check's verdict, which part binds): through here rather than
   * `value`, so that a compiled estimate asks the question again instead of
   * requiring the same values (compiled-run.ts). `decide` reads nothing else.
   */
  branch<T extends boolean | number | string>(ids: readonly MetricId[], decide: (values: readonly number[]) => T): T {
    const answer = decide(ids.map((id) => this.node(id).value))
    this.tracer?.branch(ids, decide, answer)
    return answer
  }

  private record<K extends string, I extends MetricId>(
    id: I,
    label: string,
    unit: Unit,
    formula: string,
    inputs: Readonly<Record<K, MetricId>>,
    compute: (v: Readonly<Record<K, number>>) => number,
    cost: number | (() => number) | undefined,
    sum: boolean,
  ): I {
    const values = {} as Record<K, number>
    let conventions: readonly string[] = NONE
    let count = 0
    const uncertain = this.uncertain
    let reads = uncertain === null
    for (const symbol in inputs) {
      const node = this.node(inputs[symbol])
      values[symbol] = node.value
      conventions = union(conventions, node.conventions)
      count++
      if (!reads && uncertain!.has(node.id)) reads = true
    }
    const value = compute(values)
    if (reads) {
      uncertain?.add(id)
      // A cost read off values is worked out only for a formula that is kept.
      const how: Formula = {inputs, compute: compute as Formula['compute'], cost: (typeof cost === 'function' ? cost() : cost) ?? Math.max(1, count)}
      this.formulas.set(id, sum ? {...how, sum} : how)
    }
    this.put({id, kind: 'metric', label, value, unit, formula, inputs, conventions, source: null})
    this.tracer?.metric(inputs, compute as Formula['compute'], sum)
    return id
  }

  /** A sum over several nodes of one unit; the symbols are the parts' names. */
  sum<I extends MetricId>(id: I, label: string, unit: Unit, parts: Readonly<Record<string, MetricId>>): I {
    const names = Object.keys(parts)
    const formula = names.length === 0 ? '0' : names.join(' + ')
    return this.record(id, label, unit, formula, parts, (v) => names.reduce((acc, n) => acc + (v[n] ?? 0), 0), undefined, true)
  }

  get(id: MetricId): MetricNode {
    this.tracer?.read(id)
    return this.node(id)
  }

  private node(id: MetricId): MetricNode {
    const node = this.nodes.get(id)
    if (!node) throw new Error(`sizeup internal error: metric ${id} used before it was derived`)
    return node
  }

  has(id: MetricId): boolean {
    return this.nodes.has(id)
  }

  value(id: MetricId): number {
    return this.get(id).value
  }

  /** Every node, for the estimate's summary once the derivation is done (engine code reads values through get, value or branch, which a tracer sees). */
  all(): MetricNode[] {
    return [...this.nodes.values()]
  }

  /** The nodes in derivation order, without a copy. */
  inOrder(): IterableIterator<MetricNode> {
    return this.nodes.values()
  }

  /** Samples per sampled input; 0 when nothing is sampled. */
  sampleCount(): number {
    return this.sampled.values().next().value?.length ?? 0
  }

  /** The computation graph, for evaluating the same formulas over samples. */
  graph(): ComputeGraph {
    return {nodes: this.all(), formulas: this.formulas, sampled: this.sampled}
  }

  private put(node: MetricNode): void {
    // One lookup, not two: a map that did not grow already held the id.
    const before = this.nodes.size
    this.nodes.set(node.id, node)
    if (this.nodes.size === before) throw new Error(`sizeup internal error: metric ${node.id} derived twice`)
  }
}

const NONE: readonly string[] = []

/** The index of the first of the largest values: which of several parts binds, for `Ledger.branch`. */
export function firstLargest(values: readonly number[]): number {
  let best = 0
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i
  return best
}

/**
 * The sorted union of two sorted convention lists. Most inputs share the same
 * list (or have none), so the common cases return an existing array rather
 * than build a new one: estimate() derives hundreds of nodes per call.
 */
function union(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0 || a === b) return a
  if (a.length === 0) return b
  if (b.every((c) => a.includes(c))) return a
  if (a.every((c) => b.includes(c))) return b
  return [...new Set([...a, ...b])].sort()
}

import type {Estimate} from './estimate.js'
import type {MetricId} from './ids.js'
import type {Formula, LedgerTracer} from './ledger.js'
import type {Input, SystemModel} from '../spec/model.js'
import {argumentObject} from './compiled-arguments.js'
import {isInput} from './compiled-shape.js'

/** Where a node's value comes from, per node of a template. */
export const FROM_MODEL = 0
export const CONSTANT = 1
export const METRIC = 2
export const SUM = 3

/**
 * A point estimate compiled from one derivation (the trace): the nodes in
 * derivation order, each with where its value comes from, and what else the
 * derivation read. It holds for another model of the same shape
 * (compiled-shape.ts) whose guarded values are the same: every Input value
 * the engine read outside a formula (`inputGuard*`), and every node it read
 * (`guarded`). compiled-run.ts evaluates it.
 */
export interface Template {
  readonly fingerprint: string
  readonly size: number
  readonly steps: Uint8Array
  /** FROM_MODEL: the Input's place in the shape's walk. */
  readonly slots: Int32Array
  /** METRIC: the closure. */
  readonly computes: readonly (Formula['compute'] | null)[]
  /** The argument object of each METRIC, one per list of symbols (argumentObject): a run stores nothing in it. */
  readonly args: readonly (Record<string, number> | null)[]
  /** Which run each node was last marked in (to compute again, or as moved): numbered runs, so nothing is cleared between them. */
  readonly pendingIn: Int32Array
  readonly movedIn: Int32Array
  /** The number of the last run. */
  readonly runs: {count: number}
  /** Who reads each node (METRIC and SUM), as one array: node i's readers are readers[readersStart[i]] up to readersStart[i + 1]. */
  readonly readersStart: Int32Array
  readonly readers: Int32Array
  /** The FROM_MODEL nodes, in order: where a run starts. */
  readonly fromModel: Int32Array
  /** The first node that reads one of them (`size` when none does): what a run computes again starts there. */
  readonly firstReader: number
  /** METRIC and SUM: the nodes read, by index, in the order of the ledger's symbols, as one array: node i's are reads[readsStart[i]] up to readsStart[i + 1]. */
  readonly readsStart: Int32Array
  readonly reads: Int32Array
  /** 1 where engine code read the node outside a formula: the template holds only while its value is the same. */
  readonly guarded: Uint8Array
  readonly inputGuardSlots: Int32Array
  readonly inputGuardValues: Float64Array
  /** The choices engine code made by values (`Ledger.branch`): each holds while its question, asked of the nodes it read, gives the same answer. */
  readonly branches: readonly Branch[]
  /** The traced values, in order: where each run's own array starts. */
  readonly values: Float64Array
  /** The traced estimate, frozen: what a run whose values are all the same returns; a run whose values differ returns its metrics' layout with its own values (metric-table.ts). */
  readonly estimate: Estimate
}

export interface Branch {
  readonly reads: Int32Array
  readonly decide: (values: readonly number[]) => unknown
  readonly answer: unknown
}

interface Step {
  readonly step: number
  readonly slot: number
  readonly inputs: Readonly<Record<string, MetricId>> | null
  readonly compute: Formula['compute'] | null
}

/**
 * Watches one derivation. Its `model` is a copy of the model given whose
 * Inputs report every read of their value: the ledger's reads for input nodes
 * come through `valueOf` (not guarded); any other read (a branch, a label, a
 * closure) is a guard.
 */
export class Tracer implements LedgerTracer {
  readonly model: SystemModel
  private readonly raw: Input[] = []
  private readonly slotOf = new Map<Input, number>()
  private readonly steps: Step[] = []
  private readonly readIds = new Set<string>()
  private readonly inputGuards = new Map<number, number>()
  private readonly branches: {readonly ids: readonly MetricId[]; readonly decide: Branch['decide']; readonly answer: unknown}[] = []
  private tracing = true

  constructor(model: SystemModel) {
    this.model = this.wrap(model) as SystemModel
  }

  valueOf(input: Input): number {
    const slot = this.slotOf.get(input)
    return slot === undefined ? input.value : this.raw[slot]!.value
  }

  input(input: Input): void {
    const slot = this.slotOf.get(input)
    // An Input the engine made itself holds a constant (or a value it read, which is guarded).
    this.steps.push({step: slot === undefined ? CONSTANT : FROM_MODEL, slot: slot ?? -1, inputs: null, compute: null})
  }

  metric(inputs: Readonly<Record<string, MetricId>>, compute: Formula['compute'], sum: boolean): void {
    this.steps.push({step: sum ? SUM : METRIC, slot: -1, inputs, compute})
  }

  constant(): void {
    this.steps.push({step: CONSTANT, slot: -1, inputs: null, compute: null})
  }

  read(id: MetricId): void {
    if (this.tracing) this.readIds.add(id)
  }

  branch(ids: readonly MetricId[], decide: Branch['decide'], answer: unknown): void {
    if (this.tracing) this.branches.push({ids, decide, answer})
  }

  /** The template of the derivation watched, given its estimate (which is frozen here): its metrics' layout is the nodes in derivation order. */
  finish(fingerprint: string, estimate: Estimate): Template {
    this.tracing = false
    const nodes = estimate.metrics.layout.nodes
    const size = nodes.length
    if (size !== this.steps.length) throw new Error('sizeup internal error: a traced derivation lost count of its nodes')
    const index = new Map<string, number>()
    nodes.forEach((node, i) => index.set(node.id, i))
    const values = Float64Array.from(nodes, (node) => node.value)
    const steps = new Uint8Array(size)
    const slots = new Int32Array(size).fill(-1)
    const computes: (Formula['compute'] | null)[] = []
    const args: (Record<string, number> | null)[] = []
    const readsStart = new Int32Array(size + 1)
    const read: number[] = []
    const argsBySymbols = new Map<string, Record<string, number>>()
    this.steps.forEach((s, i) => {
      steps[i] = s.step
      slots[i] = s.slot
      const names = s.inputs ? Object.keys(s.inputs) : null
      if (names) for (const name of names) read.push(index.get(s.inputs![name]!)!)
      readsStart[i + 1] = read.length
      computes.push(s.step === METRIC ? s.compute : null)
      args.push(s.step === METRIC ? argumentObject(names!, argsBySymbols) : null)
    })
    const reads = Int32Array.from(read)
    const fromModel = Int32Array.from(steps.keys()).filter((i) => steps[i] === FROM_MODEL)
    const guarded = new Uint8Array(size)
    for (const id of this.readIds) guarded[index.get(id)!] = 1
    const guards = [...this.inputGuards].sort((a, b) => a[0] - b[0])
    freezeEstimate(estimate)
    return {
      fingerprint,
      size,
      steps,
      slots,
      computes,
      args,
      pendingIn: new Int32Array(size),
      movedIn: new Int32Array(size),
      runs: {count: 0},
      ...readersOf(readsStart, reads),
      fromModel,
      firstReader: firstReaderOf(readsStart, reads, steps),
      readsStart,
      reads,
      guarded,
      inputGuardSlots: Int32Array.from(guards, (g) => g[0]),
      inputGuardValues: Float64Array.from(guards, (g) => g[1]),
      branches: this.branches.map((b) => ({reads: Int32Array.from(b.ids, (id) => index.get(id)!), decide: b.decide, answer: b.answer})),
      values,
      estimate,
    }
  }

  /** A copy in the order of compiled-shape.ts's walk (the model passed it: plain, not too deep), each Input reporting its reads. */
  private wrap(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) return value.map((item) => this.wrap(item))
    if (isInput(value)) return this.wrapInput(value)
    const copy = {}
    for (const key of Object.keys(value)) Object.defineProperty(copy, key, {value: this.wrap((value as Record<string, unknown>)[key]), enumerable: true})
    return copy
  }

  private wrapInput(input: Input): Input {
    const slot = this.raw.length
    this.raw.push(input)
    const wrapper = {}
    for (const key of Object.keys(input)) {
      const read = key === 'value' ? {get: () => this.readInput(slot)} : {value: (input as unknown as Record<string, unknown>)[key]}
      Object.defineProperty(wrapper, key, {...read, enumerable: true})
    }
    this.slotOf.set(wrapper as Input, slot)
    return wrapper as Input
  }

  private readInput(slot: number): number {
    const value = this.raw[slot]!.value
    if (this.tracing) this.inputGuards.set(slot, value)
    return value
  }
}

/** The first node that reads a FROM_MODEL node; `size` when none does. */
function firstReaderOf(readsStart: Int32Array, reads: Int32Array, steps: Uint8Array): number {
  for (let i = 0; i + 1 < readsStart.length; i++) {
    for (let r = readsStart[i]!; r < readsStart[i + 1]!; r++) if (steps[reads[r]!] === FROM_MODEL) return i
  }
  return readsStart.length - 1
}

/** Each node's readers, by index, in one array (compressed rows): node i's are readers[readersStart[i]] to readers[readersStart[i + 1] - 1]. */
function readersOf(readsStart: Int32Array, reads: Int32Array): {readersStart: Int32Array; readers: Int32Array} {
  const size = readsStart.length - 1
  const count = new Int32Array(size + 1)
  for (const j of reads) count[j + 1]!++
  for (let i = 0; i < size; i++) count[i + 1]! += count[i]!
  const readers = new Int32Array(reads.length)
  const next = count.slice(0, size)
  for (let i = 0; i < size; i++) for (let r = readsStart[i]!; r < readsStart[i + 1]!; r++) readers[next[reads[r]!]!++] = i
  return {readersStart: count, readers}
}

/** Freezes an estimate of no samples whole: its nodes are handed out again by every run that equals it. */
export function freezeEstimate(estimate: Estimate): Estimate {
  // A table of its layout's own values makes no nodes (metric-table.ts), so it is frozen too.
  const {layout} = estimate.metrics
  for (const node of layout.nodes) {
    Object.freeze(node.inputs)
    Object.freeze(node.conventions)
    Object.freeze(node)
  }
  for (const check of estimate.checks) {
    Object.freeze(check.metrics)
    Object.freeze(check)
  }
  Object.freeze(estimate.metrics)
  Object.freeze(estimate.checks)
  Object.freeze(estimate.workloads)
  return Object.freeze(estimate)
}

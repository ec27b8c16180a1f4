import type {Estimate} from './estimate.js'
import type {MetricId} from './ids.js'
import type {Formula, LedgerTracer, MetricNode} from './ledger.js'
import type {Input, SystemModel} from '../spec/model.js'
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
  /** METRIC: the closure, its argument object (one per node), its symbols and the nodes they read, in the ledger's order. */
  readonly computes: readonly (Formula['compute'] | null)[]
  /** Each symbol of an argument object is a getter of its node's value in `current`: a run stores nothing in it, it reads the run's values. */
  readonly args: readonly (Record<string, number> | null)[]
  /** A run's values and which differ from the trace's (a run does not call another): no array per call. */
  readonly current: Float64Array
  readonly changed: Uint8Array
  readonly symbols: readonly (readonly string[] | null)[]
  /** METRIC and SUM: the nodes read, by index. */
  readonly reads: readonly (Int32Array | null)[]
  /** 1 where engine code read the node outside a formula: the template holds only while its value is the same. */
  readonly guarded: Uint8Array
  readonly inputGuardSlots: Int32Array
  readonly inputGuardValues: Float64Array
  /** The choices engine code made by values (`Ledger.branch`): each holds while its question, asked of the nodes it read, gives the same answer. */
  readonly branches: readonly Branch[]
  /** The traced values, and nodes, in order. */
  readonly values: Float64Array
  readonly nodes: readonly MetricNode[]
  /** The traced estimate, frozen: what a run whose values are all the same returns. */
  readonly estimate: Estimate
  /** A copy of its metrics record never handed out (so not frozen): what a run whose values differ copies. */
  readonly record: Readonly<Record<string, MetricNode>>
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

  /** The template of the derivation watched, given its nodes in order and its estimate (which is frozen here). */
  finish(fingerprint: string, nodes: readonly MetricNode[], estimate: Estimate): Template {
    this.tracing = false
    const size = nodes.length
    if (size !== this.steps.length) throw new Error('sizeup internal error: a traced derivation lost count of its nodes')
    const index = new Map<string, number>()
    nodes.forEach((node, i) => index.set(node.id, i))
    const values = Float64Array.from(nodes, (node) => node.value)
    const steps = new Uint8Array(size)
    const slots = new Int32Array(size).fill(-1)
    const computes: (Formula['compute'] | null)[] = []
    const args: (Record<string, number> | null)[] = []
    const symbols: (readonly string[] | null)[] = []
    const reads: (Int32Array | null)[] = []
    const current = values.slice()
    this.steps.forEach((s, i) => {
      steps[i] = s.step
      slots[i] = s.slot
      const names = s.inputs ? Object.keys(s.inputs) : null
      const read = names ? Int32Array.from(names, (name) => index.get(s.inputs![name]!)!) : null
      // The ledger's keys in its order (ledger.ts, record), each read from the run's values when the closure reads it.
      const arg: Record<string, number> | null = s.step === METRIC ? {} : null
      if (arg) names!.forEach((name, j) => Object.defineProperty(arg, name, {get: valueAt(current, read![j]!), enumerable: true}))
      computes.push(s.step === METRIC ? s.compute : null)
      args.push(arg)
      symbols.push(s.step === METRIC ? names : null)
      reads.push(read)
    })
    const guarded = new Uint8Array(size)
    for (const id of this.readIds) guarded[index.get(id)!] = 1
    const guards = [...this.inputGuards].sort((a, b) => a[0] - b[0])
    const record = {...estimate.metrics}
    freezeEstimate(estimate)
    return {
      fingerprint,
      size,
      steps,
      slots,
      computes,
      args,
      current,
      changed: new Uint8Array(size),
      symbols,
      reads,
      guarded,
      inputGuardSlots: Int32Array.from(guards, (g) => g[0]),
      inputGuardValues: Float64Array.from(guards, (g) => g[1]),
      branches: this.branches.map((b) => ({reads: Int32Array.from(b.ids, (id) => index.get(id)!), decide: b.decide, answer: b.answer})),
      values,
      nodes,
      estimate,
      record,
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

/** A getter of one node's value in a run's values. */
function valueAt(values: Float64Array, index: number): () => number {
  return () => values[index]!
}

/** Freezes an estimate of no samples whole: its nodes are handed out again by every run that equals it. */
export function freezeEstimate(estimate: Estimate): Estimate {
  for (const id in estimate.metrics) {
    const node = estimate.metrics[id]!
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

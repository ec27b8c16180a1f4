import type {ComputeGraph, Formula} from './ledger.js'
import type {Swing} from './generated/schema-types.js'
import {chargeSensitivity, type StepBudget, stepsOf} from './monte-carlo-budget.js'
import type {Band} from './sampling.js'

export type {Swing} from './generated/schema-types.js'

/**
 * A tornado analysis: each uncertain input swung from its p5 to its p95 with
 * the others at their medians, and the metrics it moves, ranked by how far.
 * One-at-a-time swings miss interactions, which the Monte Carlo bands include.
 *
 * Only the metrics an input reaches and that lead to a metric asked for are
 * re-evaluated, in derivation order; every other one keeps its point value,
 * which re-evaluating would give again (the same closure on the same inputs),
 * or is not read. Re-evaluating the whole graph per input was quadratic:
 * 4,000 ranged fields × 100,000 metrics; re-evaluating every system total a
 * workload's input reaches, each a sum over every workload, still charged
 * 1,000 ranged workloads 9.4 million steps (now 4.1 million). The terms
 * evaluated are charged to the Monte Carlo budget.
 */
export function tornado(graph: ComputeGraph, inputBands: ReadonlyMap<string, Band>, metrics: readonly string[], budget: StepBudget): Record<string, Swing[]> {
  const swings: Record<string, Swing[]> = {}
  for (const id of metrics) swings[id] = []
  const evaluator = new Evaluator(graph)
  const wanted = metrics.map((id) => evaluator.index.get(id))
  const leads = evaluator.leadingTo(wanted)
  for (const [input, band] of inputBands) {
    const from = evaluator.index.get(input)!
    const moved = evaluator.reach(from).filter((i) => i === from || leads[i] === 1)
    let steps = moved.length
    for (const i of moved) {
      const formula = evaluator.formulas[i]
      steps += formula ? 2 * stepsOf(formula, formula.sum === true) : 2
    }
    chargeSensitivity(graph, budget, steps)
    const low = evaluator.evaluate(moved, band.p5, wanted)
    const high = evaluator.evaluate(moved, band.p95, wanted)
    metrics.forEach((id, m) => {
      const atLow = low[m]
      const atHigh = high[m]
      if (atLow === undefined || atHigh === undefined || atLow === atHigh) return
      swings[id]!.push({input, atLow, atHigh, swing: Math.abs(atHigh - atLow)})
    })
  }
  for (const id of metrics) swings[id]!.sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input, 'en'))
  return swings
}

/** The graph by index (derivation order): point values, each formula's inputs, who reads each node. */
class Evaluator {
  readonly index = new Map<string, number>()
  readonly formulas: Array<Formula | undefined>
  private readonly point: Float64Array
  private readonly inputsOf: Int32Array[]
  private readonly symbolsOf: string[][]
  private readonly readers: number[][]
  /** Values of one evaluation, valid where `stamp` holds its number; the point value elsewhere. */
  private readonly current: Float64Array
  private readonly stamp: Int32Array
  private readonly scratch: Array<Record<string, number> | undefined> = []
  private run = 0

  constructor(graph: ComputeGraph) {
    const n = graph.nodes.length
    graph.nodes.forEach((node, i) => this.index.set(node.id, i))
    this.point = Float64Array.from(graph.nodes, (node) => node.value)
    this.formulas = graph.nodes.map((node) => graph.formulas.get(node.id))
    this.symbolsOf = this.formulas.map((f) => (f ? Object.keys(f.inputs) : []))
    this.inputsOf = this.formulas.map((f, i) => Int32Array.from(this.symbolsOf[i]!, (s) => this.index.get(f!.inputs[s]!)!))
    this.readers = Array.from({length: n}, () => [])
    this.inputsOf.forEach((inputs, i) => inputs.forEach((j) => this.readers[j]!.push(i)))
    this.current = new Float64Array(n)
    this.stamp = new Int32Array(n)
  }

  /** 1 for each node that is one of `wanted` or that one of them reads, directly or not. */
  leadingTo(wanted: ReadonlyArray<number | undefined>): Uint8Array {
    const leads = new Uint8Array(this.point.length)
    const stack = wanted.filter((i): i is number => i !== undefined)
    for (const i of stack) leads[i] = 1
    while (stack.length > 0) {
      for (const j of this.inputsOf[stack.pop()!]!) {
        if (leads[j] === 1) continue
        leads[j] = 1
        stack.push(j)
      }
    }
    return leads
  }

  /** The node and every node that reads it, directly or not, in derivation order. */
  reach(from: number): number[] {
    const seen = new Set([from])
    const stack = [from]
    while (stack.length > 0) {
      for (const reader of this.readers[stack.pop()!]!) {
        if (seen.has(reader)) continue
        seen.add(reader)
        stack.push(reader)
      }
    }
    return [...seen].sort((a, b) => a - b)
  }

  /** The `wanted` values with the first of `moved` set to `value` and the rest of `moved` recomputed from it. */
  evaluate(moved: readonly number[], value: number, wanted: ReadonlyArray<number | undefined>): Array<number | undefined> {
    const run = ++this.run
    const at = (i: number): number => (this.stamp[i] === run ? this.current[i]! : this.point[i]!)
    this.current[moved[0]!] = value
    this.stamp[moved[0]!] = run
    for (let k = 1; k < moved.length; k++) {
      const i = moved[k]!
      const inputs = this.inputsOf[i]!
      if (this.formulas[i]!.sum) {
        // A Ledger.sum adds its parts from 0 in order, as its closure does: no object of a thousand keys per total.
        let acc = 0
        for (let j = 0; j < inputs.length; j++) acc = acc + at(inputs[j]!)
        this.current[i] = acc
        this.stamp[i] = run
        continue
      }
      const symbols = this.symbolsOf[i]!
      // One object per node, reused from one evaluation to the next (as sampling.ts does per sample).
      const v = (this.scratch[i] ??= {})
      for (let j = 0; j < inputs.length; j++) v[symbols[j]!] = at(inputs[j]!)
      this.current[i] = this.formulas[i]!.compute(v)
      this.stamp[i] = run
    }
    return wanted.map((i) => (i === undefined ? undefined : at(i)))
  }
}

import type {ComputeGraph} from './ledger.js'
import type {Swing} from './generated/schema-types.js'
import type {Band} from './sampling.js'

export type {Swing} from './generated/schema-types.js'

/** Re-evaluates the graph with some inputs replaced; everything else at its point value. */
export function evaluateWith(graph: ComputeGraph, overrides: ReadonlyMap<string, number>): Map<string, number> {
  const value = new Map<string, number>()
  for (const node of graph.nodes) {
    const formula = graph.formulas.get(node.id)
    const override = overrides.get(node.id)
    if (override !== undefined) value.set(node.id, override)
    else if (!formula) value.set(node.id, node.value)
    else {
      const v: Record<string, number> = {}
      for (const [symbol, ref] of Object.entries(formula.inputs)) v[symbol] = value.get(ref)!
      value.set(node.id, formula.compute(v))
    }
  }
  return value
}

/**
 * A tornado analysis: each uncertain input swung from its p5 to its p95 with
 * the others at their medians, and the metrics it moves, ranked by how far.
 * One-at-a-time swings miss interactions, which the Monte Carlo bands include.
 */
export function tornado(graph: ComputeGraph, inputBands: ReadonlyMap<string, Band>, metrics: readonly string[]): Record<string, Swing[]> {
  const swings: Record<string, Swing[]> = {}
  for (const id of metrics) swings[id] = []
  for (const [input, band] of inputBands) {
    const low = evaluateWith(graph, new Map([[input, band.p5]]))
    const high = evaluateWith(graph, new Map([[input, band.p95]]))
    for (const id of metrics) {
      const atLow = low.get(id)
      const atHigh = high.get(id)
      if (atLow === undefined || atHigh === undefined || atLow === atHigh) continue
      swings[id]!.push({input, atLow, atHigh, swing: Math.abs(atHigh - atLow)})
    }
  }
  for (const id of metrics) swings[id]!.sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input, 'en'))
  return swings
}

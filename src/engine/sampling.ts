import type {Band} from './generated/schema-types.js'
import type {ComputeGraph} from './ledger.js'

export type {Band} from './generated/schema-types.js'

/**
 * Runs the ledger's formulas over the samples: every node that depends on an
 * uncertain input gets one value per sample (a typed array), computed by the
 * same closure as its point value, so the two cannot disagree. Nodes that
 * depend on no uncertain input are not sampled.
 */
export function sampleGraph(graph: ComputeGraph): Map<string, Float64Array> {
  const arrays = new Map<string, Float64Array>(graph.sampled)
  const n = [...graph.sampled.values()][0]?.length ?? 0
  if (n === 0) return arrays
  const value = new Map(graph.nodes.map((node) => [node.id, node.value]))
  for (const node of graph.nodes) {
    const formula = graph.formulas.get(node.id)
    if (!formula || arrays.has(node.id)) continue
    const symbols = Object.keys(formula.inputs)
    const sources = symbols.map((s) => arrays.get(formula.inputs[s]!) ?? null)
    if (sources.every((a) => a === null)) continue
    const constants = symbols.map((s) => value.get(formula.inputs[s]!)!)
    // One object reused for every sample: no allocation in the loop.
    const v: Record<string, number> = {}
    symbols.forEach((s, j) => {
      v[s] = constants[j]!
    })
    const keys = symbols.filter((_, j) => sources[j] !== null)
    const columns = sources.filter((a): a is Float64Array => a !== null)
    const width = keys.length
    const out = new Float64Array(n)
    // Plain indexed loops: this runs (metrics × samples) times.
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < width; k++) v[keys[k]!] = columns[k]![i]!
      out[i] = formula.compute(v)
    }
    arrays.set(node.id, out)
  }
  return arrays
}

/**
 * Mean and the 5th, 50th and 95th percentiles (linear interpolation between
 * order statistics). Quantiles come from selection, not a full sort: O(n)
 * per quantile instead of O(n log n), which matters at 10⁵ samples × 10² metrics.
 */
export function band(samples: Float64Array): Band {
  const work = Float64Array.from(samples)
  let sum = 0
  for (let i = 0; i < work.length; i++) sum += work[i]!
  const q = (p: number): number => {
    const pos = (work.length - 1) * p
    const lo = Math.floor(pos)
    const low = select(work, lo)
    if (lo + 1 >= work.length || pos === lo) return low
    // After selecting index lo, the next order statistic is the minimum of the part above it.
    let next = Infinity
    for (let i = lo + 1; i < work.length; i++) if (work[i]! < next) next = work[i]!
    return low + (next - low) * (pos - lo)
  }
  return {mean: sum / work.length, p5: q(0.05), p50: q(0.5), p95: q(0.95)}
}

/** Hoare's quickselect: puts the k-th smallest value at index k (and smaller ones before it); returns it. */
function select(a: Float64Array, k: number): number {
  let left = 0
  let right = a.length - 1
  while (right > left) {
    // Median of three as the pivot keeps sorted or constant input linear.
    const mid = (left + right) >>> 1
    const pivot = Math.max(Math.min(a[left]!, a[mid]!), Math.min(Math.max(a[left]!, a[mid]!), a[right]!))
    let i = left
    let j = right
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const t = a[i]!
        a[i] = a[j]!
        a[j] = t
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return a[k]!
  }
  return a[k]!
}

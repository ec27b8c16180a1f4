import type {Explanation} from '../explain/tree.js'

/** Levels of inputs a worked solution shows below the metric asked; `sizeup explain` shows all. */
export const SOLUTION_DEPTH = 2

/**
 * A step that only passes one input on (`storage.total = posts` for a single
 * workload) is replaced by that input, whose formula is the one worth reading.
 */
function skipPassThrough(e: Explanation): Explanation {
  let at = e
  while (at.node.kind === 'metric' && at.inputs.length === 1 && at.node.formula === at.inputs[0]!.symbol) at = at.inputs[0]!.explanation
  return at
}

/**
 * The derivation of a metric cut to what a whiteboard shows: the metric with
 * its formula, values and powers of ten, and its inputs to `depth` levels;
 * deeper inputs keep their formula line only. The values are the estimate's
 * own; nothing is recomputed.
 */
export function solutionTree(e: Explanation, depth = SOLUTION_DEPTH): Explanation {
  const root = e.node.kind === 'metric' && e.inputs.length === 1 && e.node.formula === e.inputs[0]!.symbol ? skipPassThrough(e) : e
  const cut = (x: Explanation, left: number): Explanation => ({
    node: x.node,
    inputs: left <= 0 ? [] : x.inputs.map(({symbol, explanation}) => ({symbol, explanation: cut(skipPassThrough(explanation), left - 1)})),
  })
  return cut(root, depth)
}

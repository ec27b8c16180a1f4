import {readFileSync} from 'node:fs'
import {deriveLedger} from '../../src/engine/estimate.js'
import type {ComputeGraph} from '../../src/engine/ledger.js'
import {createRng, normalDeviates} from '../../src/quantity/random.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from './spec.js'

/**
 * An example's graph (every formula kept) with every finite input and
 * convention given n samples spread around its value, value × e^(σ z), z
 * seeded per node (seed + its position): every formula then runs over samples.
 */
export async function spreadExample(file: string, n: number, sigma: number, seed: number): Promise<{graph: ComputeGraph; sampled: Map<string, Float64Array>}> {
  const spec = await loadSpec(readFileSync(`${ROOT}/examples/${file}`, 'utf8'), file, {sampling: {samples: 0, seed: 1}})
  const graph = deriveLedger(spec.model).ledger.graph()
  const sampled = new Map<string, Float64Array>()
  graph.nodes.forEach((node, k) => {
    if (node.kind === 'metric' || !Number.isFinite(node.value)) return
    const z = new Float64Array(n)
    normalDeviates(createRng(seed + k), z)
    sampled.set(node.id, z.map((x) => node.value * Math.exp(sigma * x)))
  })
  return {graph, sampled}
}

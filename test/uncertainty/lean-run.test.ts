import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {deriveLedger, estimate, estimateWithSamples} from '../../src/engine/estimate.js'
import {compileGraph, runProgram} from '../../src/engine/program.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

// estimate() reads no samples, so its Monte Carlo drops each array after the last step that
// reads it (unless the variance shares read it): the same estimate, from fewer arrays held.
describe('a lean Monte Carlo run', () => {
  const load = async () => loadSpec(readFileSync(`${ROOT}/examples/feed-forecast.yaml`, 'utf8'), 'examples/feed-forecast.yaml', {sampling: {samples: 2000, seed: 3}})

  it('gives estimate() byte for byte what the run that keeps every array gives', async () => {
    const spec = await load()
    expect(JSON.stringify(estimate(spec.model))).toBe(JSON.stringify(estimateWithSamples(spec.model).estimate))
  })

  it('shows every array as it is made, and keeps only those asked for', async () => {
    const spec = await load()
    const graph = deriveLedger(spec.model).ledger.graph()
    const program = compileGraph(graph)
    const all = runProgram(program, graph.sampled)
    const seen = new Map<string, Float64Array>()
    const keep = (id: string) => graph.sampled.has(id)
    const lean = runProgram(program, graph.sampled, {seen: (id, s) => seen.set(id, Float64Array.from(s)), keep})
    // Every input and every uncertain metric is seen once, with the values the full run keeps.
    expect([...seen.keys()]).toEqual([...all.keys()])
    for (const [id, s] of seen) expect(s).toEqual(all.get(id))
    // Only the inputs are left; the feed forecast's metrics (many more than its inputs) are not.
    expect([...lean.keys()].sort()).toEqual([...graph.sampled.keys()].sort())
    expect(all.size).toBeGreaterThan(lean.size)
  })

  it('keeps an array until its last reader has run', async () => {
    const spec = await load()
    const graph = deriveLedger(spec.model).ledger.graph()
    const program = compileGraph(graph)
    // Each step must find every array it reads: a run that dropped one early would read the point value instead.
    const full = runProgram(program, graph.sampled)
    let made = 0
    const lean = runProgram(program, graph.sampled, {
      keep: () => false,
      seen: (id, s) => {
        expect(s).toEqual(full.get(id))
        made++
      },
    })
    expect(lean.size).toBe(0)
    expect(made).toBe(full.size)
  })

  it('reusing dropped arrays for later ones changes no sample, and makes fewer arrays', async () => {
    const spec = await load()
    const graph = deriveLedger(spec.model).ledger.graph()
    const program = compileGraph(graph)
    const full = runProgram(program, graph.sampled)
    const arrays = new Set<Float64Array>()
    let made = 0
    const keep = (id: string) => graph.sampled.has(id)
    const lean = runProgram(program, graph.sampled, {
      keep,
      reuse: true,
      seen: (id, s) => {
        // Copied nowhere: the array itself is compared while it is the metric's.
        expect(s).toEqual(full.get(id))
        if (!graph.sampled.has(id)) arrays.add(s)
        made++
      },
    })
    expect(made).toBe(full.size)
    expect(arrays.size).toBeLessThan(made - graph.sampled.size)
    // The caller's inputs are never handed out again.
    for (const [id, s] of graph.sampled) expect(lean.get(id)).toBe(s)
  })
})

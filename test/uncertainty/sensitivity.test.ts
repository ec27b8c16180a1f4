import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {deriveLedger, estimate} from '../../src/engine/estimate.js'
import {HEADLINE_METRICS} from '../../src/engine/headline.js'
import {MonteCarloBudgetError, sensitivityBudget} from '../../src/engine/monte-carlo-budget.js'
import {band} from '../../src/engine/sampling.js'
import {tornado} from '../../src/engine/sensitivity.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL, ROOT} from '../helpers/spec.js'

describe('sensitivity (tornado)', () => {
  it('ranks the dominant input first on a case where the answer is known', async () => {
    // storage.perDay = dau × 1 write × recordSize. DAU spans 100K..110K (×1.1), the
    // record 100 B..10 KB (×100): the record size must dominate storage, and it
    // cannot move the write rate at all, which only DAU drives.
    const yaml = MINIMAL.replace('dau: 100K', 'dau: 100K..110K').replace('recordSize: 1 KB', 'recordSize: 100 B..10 KB')
    const e = estimate((await loadSpec(yaml, 'spec.yaml', {sampling: {samples: 2000, seed: 1}})).model)
    const storage = e.uncertainty!.sensitivity['storage.perDay']!
    expect(storage.map((s) => s.input)).toEqual(['input.workloads.items.recordSize', 'input.users.dau'])
    // swing of the record: dau at its median √(1e5·1.1e5) = 104,881 × (p95 − p5 of the record)
    const record = e.uncertainty!.bands['input.workloads.items.recordSize']!
    expect(storage[0]!.swing).toBeCloseTo(Math.sqrt(1e5 * 1.1e5) * (record.p95 - record.p5), 0)
    const writes = e.uncertainty!.sensitivity['qps.write.avg']!
    expect(writes.map((s) => s.input)).toEqual(['input.users.dau'])
  })

  it('tells the MAU range from the share range when DAU is a share of a ranged MAU', async () => {
    // DAU = MAU × share. MAU spans 100M..300M (×3), the share 49%..51% (×1.04): writes
    // must swing mostly with MAU, a little with the share, and DAU must not be an input
    // of its own (it used to fold both ranges, so the tornado named only users.dau).
    const yaml = MINIMAL.replace('mau: 1M', 'mau: 100M..300M').replace('dau: 100K', 'dau: 49%..51%')
    const e = estimate((await loadSpec(yaml, 'spec.yaml', {sampling: {samples: 2000, seed: 1}})).model)
    const writes = e.uncertainty!.sensitivity['qps.write.avg']!
    expect(writes.map((s) => s.input)).toEqual(['input.users.mau', 'input.users.dau.share'])
    const mau = e.uncertainty!.bands['input.users.mau']!
    const share = e.uncertainty!.bands['input.users.dau.share']!
    // At the medians: swing of MAU = (p95 − p5) × √(0.49 × 0.51) × 1 write ÷ 86,400 s
    expect(writes[0]!.swing).toBeCloseTo(((mau.p95 - mau.p5) * Math.sqrt(0.49 * 0.51)) / 86_400, 3)
    // swing of the share = √(1e8 × 3e8) × (p95 − p5) ÷ 86,400 s
    expect(writes[1]!.swing).toBeCloseTo((Math.sqrt(1e8 * 3e8) * (share.p95 - share.p5)) / 86_400, 3)
    // DAU is derived, with its formula, and still reads as the count
    expect(e.metrics.get('input.users.dau')!.formula).toBe('mau × dauShare')
    expect(e.metrics.get('input.users.dau')!.value).toBeCloseTo(Math.sqrt(1e8 * 3e8) * Math.sqrt(0.49 * 0.51), 0)
  })
})

describe('the tornado re-evaluates only what leads to the metrics asked for', () => {
  it('gives every swing that re-deriving the whole graph per input gives, to the bit', async () => {
    const spec = await loadSpec(readFileSync(`${ROOT}/examples/feed-forecast.yaml`, 'utf8'), 'feed-forecast.yaml', {sampling: {samples: 2000, seed: 3}})
    const graph = deriveLedger(spec.model).ledger.graph()
    const bands = new Map([...graph.sampled].map(([id, s]) => [id, band(s)] as const))
    const metrics = HEADLINE_METRICS.filter((id) => graph.nodes.some((n) => n.id === id))
    const swings = tornado(graph, bands, metrics, sensitivityBudget())
    // Every node again, in derivation order, with one input moved: the slow way.
    const everything = (input: string, value: number): Map<string, number> => {
      const values = new Map<string, number>()
      for (const node of graph.nodes) {
        const f = graph.formulas.get(node.id)
        values.set(node.id, node.id === input ? value : f ? f.compute(Object.fromEntries(Object.entries(f.inputs).map(([s, id]) => [s, values.get(id)!]))) : node.value)
      }
      return values
    }
    let compared = 0
    for (const [input, b] of bands) {
      const low = everything(input, b.p5)
      const high = everything(input, b.p95)
      for (const id of metrics) {
        const swing = swings[id]!.find((s) => s.input === input)
        if (low.get(id) === high.get(id)) expect(swing).toBeUndefined()
        else {
          expect(Object.is(swing!.atLow, low.get(id))).toBe(true)
          expect(Object.is(swing!.atHigh, high.get(id))).toBe(true)
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(10)
  })

  it('still refuses, before it evaluates, a sensitivity past its budget', async () => {
    const yaml = MINIMAL.replace('dau: 100K', 'dau: 100K..110K').replace('recordSize: 1 KB', 'recordSize: 100 B..10 KB')
    const graph = deriveLedger((await loadSpec(yaml, 'spec.yaml', {sampling: {samples: 200, seed: 1}})).model).ledger.graph()
    const bands = new Map([...graph.sampled].map(([id, s]) => [id, band(s)] as const))
    expect(() => tornado(graph, bands, ['storage.perDay'], {steps: 3})).toThrow(MonteCarloBudgetError)
    expect(() => tornado(graph, bands, ['storage.perDay'], {steps: 1000})).not.toThrow()
  })
})

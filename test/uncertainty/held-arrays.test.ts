import {describe, expect, it} from 'vitest'
import {deriveLedger, estimate, estimateWithSamples} from '../../src/engine/estimate.js'
import {Ledger} from '../../src/engine/ledger.js'
import {compileGraph, runProgram} from '../../src/engine/program.js'
import {schedule} from '../../src/engine/program-schedule.js'
import {MonteCarloBudgetError} from '../../src/engine/monte-carlo-budget.js'
import {loadSpec} from '../../src/spec/load.js'

// A lean run (estimate(), which returns no samples) folds each sum's parts into a running sum as
// they are made and drops every array after its last reader: the arrays it holds at once, which
// the budget charges, depend on what is alive, not on how many workloads the model has.
describe('the arrays a lean run holds', () => {
  const small = () => {
    const ledger = new Ledger()
    const x = ledger.input('input.users.mau', 'x', 'users', {value: 2, samples: Float64Array.of(1, 2, 3), path: 'users.mau'})
    const y = ledger.input('input.users.dau', 'y', 'users', {value: 5, samples: Float64Array.of(4, 5, 6), path: 'users.dau'})
    const a = ledger.derive('workload.a.qps.read.avg', 'a', 'req/s', 'x × 2', {x}, (v) => v.x * 2)
    const b = ledger.derive('workload.b.qps.read.avg', 'b', 'req/s', 'y × 3', {y}, (v) => v.y * 3)
    const s = ledger.sum('qps.read.avg', 's', 'req/s', {a, b})
    ledger.derive('qps.read.peak', 'c', 'req/s', 's + 1', {s}, (v) => v.s + 1)
    return ledger.graph()
  }

  it('folds each part as it is made and drops it then: 2 arrays at once, not 4', () => {
    const graph = small()
    const program = compileGraph(graph)
    const lean = schedule(program, (id) => graph.sampled.has(id))
    // Steps: a (0), b (1), the sum (2), c (3). Moment m is after step m − 1.
    expect(lean.folded).toEqual(new Set([2]))
    expect(lean.folds[1]).toEqual([{step: 2, from: 0, to: 1}])
    expect(lean.folds[2]).toEqual([{step: 2, from: 1, to: 2}])
    expect(lean.drops[1]).toEqual(['workload.a.qps.read.avg'])
    expect(lean.drops[4]).toEqual(['qps.read.avg', 'qps.read.peak'])
    // a and the running sum after step 0; then b and the running sum; then the sum and c.
    expect(lean.peak).toBe(2)
    // Keeping every array: a, b, the sum and c.
    expect(schedule(program).peak).toBe(4)
    // The sum to the bit: ((0 + 2x) + 3y) per sample, then + 1.
    const run = runProgram(program, graph.sampled)
    expect([...run.get('qps.read.avg')!]).toEqual([0 + 2 + 12, 0 + 4 + 15, 0 + 6 + 18])
    expect([...run.get('qps.read.peak')!]).toEqual([15, 20, 25])
    expect([...runProgram(program, graph.sampled, {keep: (id) => graph.sampled.has(id)}, lean).keys()]).toEqual(['input.users.mau', 'input.users.dau'])
  })

  const workload = (i: number): string => `  w${i}:\n    writes: {perUserPerDay: 0.5..2}\n    reads: {perUserPerDay: 3..8}\n    recordSize: 1 KB\n    retention: 1 year\n`
  const ranged = async (n: number, samples = 200) =>
    (await loadSpec(`name: Scaling\nusers: {mau: 10M, dau: 2M}\nworkloads:\n${Array.from({length: n}, (_, i) => workload(i)).join('')}`, 'scaling.yaml', {sampling: {samples, seed: 1}})).model

  it('as many at 40 ranged workloads as at 10, where keeping them all grows with the workloads', async () => {
    const peaks = []
    for (const n of [10, 40]) {
      const graph = deriveLedger(await ranged(n)).ledger.graph()
      const program = compileGraph(graph)
      peaks.push({lean: schedule(program, (id) => graph.sampled.has(id)).peak, all: schedule(program).peak})
    }
    expect(peaks[1]!.lean).toBe(peaks[0]!.lean)
    // Keeping every array: each workload's uncertain metrics and the system's.
    expect(peaks[1]!.all).toBeGreaterThan(3 * peaks[0]!.all)
  })

  it('estimate() of 40 ranged workloads: byte for byte what the run that keeps every array gives', async () => {
    const model = await ranged(40)
    expect(JSON.stringify(estimate(model))).toBe(JSON.stringify(estimateWithSamples(model).estimate))
  })

  it('are what estimate() is charged: 40 ranged workloads at 10,000 samples run lean, where keeping every array is refused', async () => {
    const model = await ranged(40, 10_000)
    // Kept: 80 ranged fields and 1,762 metrics, 1,842 arrays × 10,000 samples = 18,420,000 numbers, past the 16,000,000.
    expect(() => estimateWithSamples(model)).toThrow('10000 samples of 1842 uncertain values are 18420000 numbers; the limit is 16000000')
    expect(estimate(model).uncertainty?.samples).toBe(10_000)
  })

  it('and refuse it where even those would not fit: 23 held at once × 1,000,000 samples', async () => {
    const model = await ranged(1, 1_000_000)
    // One workload: 2 ranged fields, 43 of its metrics and 42 of the system's; 23 arrays held at once
    // (the headline metrics kept for the variance shares among them): 23 × 1,000,000 = 23,000,000 > 16,000,000.
    expect(() => estimate(model)).toThrow(MonteCarloBudgetError)
    expect(() => estimate(model)).toThrow('1000000 samples of 87 uncertain values, 23 held at once, are 23000000 numbers; the limit is 16000000')
  })
})

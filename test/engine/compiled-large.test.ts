import {beforeEach, describe, expect, it} from 'vitest'
import {estimate, estimateInFull} from '../../src/engine/estimate.js'
import {clearCompiled, compiledCounts} from '../../src/engine/compiled-estimate.js'
import type {SystemModel} from '../../src/spec/model.js'
import {loadSpec} from '../../src/spec/load.js'

// A model past a thousand nodes gets its metrics record by inserting every node in the ledger's
// order (compiled-run.ts, insertedInOrder: V8 copies a dictionary-mode object slowly), where a
// smaller one copies the traced record and stores the moved nodes: both must give the full
// derivation's record, key order included.
const workload = (i: number) => `  w${i}:\n    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 5}\n    recordSize: 1 KB\n    retention: 1 year\n`
const SPEC = `name: Many\nusers: {mau: 10M, dau: 2M}\nworkloads:\n${Array.from({length: 40}, (_, i) => workload(i)).join('')}`

const movedDau = (model: SystemModel, factor: number): SystemModel => ({...model, users: {...model.users, dau: {...model.users.dau!, value: model.users.dau!.value * factor}}})

beforeEach(() => clearCompiled())

describe('the compiled estimate of a model past a thousand nodes', () => {
  it('equals the full derivation, key order included, with the DAU moved', async () => {
    const model = (await loadSpec(SPEC, 'many.yaml')).model
    estimate(model)
    const first = estimate(model) // traced
    expect(first.metrics.ids().length).toBeGreaterThan(1000)
    const before = compiledCounts.compiled
    for (const factor of [1.001, 1.5, 0.7]) {
      const moved = movedDau(model, factor)
      const compiled = estimate(moved)
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(estimateInFull(moved)))
      expect(compiled.metrics.ids()).toEqual(first.metrics.ids())
    }
    expect(compiledCounts.compiled).toBe(before + 3)
  })

  it('hands the traced node out again where its value did not move, and a new one where it did', async () => {
    const model = (await loadSpec(SPEC, 'many.yaml')).model
    estimate(model)
    const traced = estimate(model)
    const moved = estimate(movedDau(model, 2))
    // The MAU is not read by any workload here (they read the DAU): its node is the traced one.
    expect(moved.metrics.get('input.users.mau')).toBe(traced.metrics.get('input.users.mau'))
    // 2 M × 2 = 4 M DAU × 1 write = 4,000,000 writes a day for each workload.
    expect(moved.metrics.get('workload.w0.requests.write.perDay')!.value).toBe(4_000_000)
    expect(moved.metrics.get('workload.w0.requests.write.perDay')).not.toBe(traced.metrics.get('workload.w0.requests.write.perDay'))
  })
})

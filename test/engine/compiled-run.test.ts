import {MetricTable} from '../../src/engine/metric-table.js'
import {beforeEach, describe, expect, it} from 'vitest'
import {estimate, estimateInFull} from '../../src/engine/estimate.js'
import {clearCompiled, compiledCounts, compiledEstimate, type PointDerivation} from '../../src/engine/compiled-estimate.js'
import {RUN_ARGUMENTS} from '../../src/engine/compiled-arguments.js'
import {Ledger} from '../../src/engine/ledger.js'
import type {SystemModel} from '../../src/spec/model.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL} from '../helpers/spec.js'

const minimal = async (): Promise<SystemModel> => (await loadSpec(MINIMAL, 'spec.yaml')).model
const withUsers = (model: SystemModel, mau: number, dau: number): SystemModel => ({
  ...model,
  users: {...model.users, mau: {...model.users.mau!, value: mau}, dau: {...model.users.dau!, value: dau}},
})

beforeEach(() => clearCompiled())

/** How often each closure of `derive` ran. */
const calls = {perMau: 0, perDau: 0, both: 0, enumerated: 0}

/**
 * A derivation of two chains, one on the MAU and one on the DAU, a node on
 * both, and one whose closure enumerates its argument (as budget-split.ts's
 * max of Object.values does).
 */
const derive: PointDerivation = (model, tracer) => {
  const ledger = new Ledger(tracer ? {tracer} : {})
  const mau = ledger.input('input.users.mau', 'MAU', 'users', model.users.mau!)
  const dau = ledger.input('input.users.dau', 'DAU', 'users', model.users.dau!)
  const half = ledger.derive('users.mau.half' as never, 'half', 'users', 'mau ÷ 2', {mau}, (v) => (calls.perMau++, v.mau / 2))
  const twice = ledger.derive('users.dau.twice' as never, 'twice', 'users', '2 × dau', {dau}, (v) => (calls.perDau++, 2 * v.dau))
  ledger.derive('users.sum' as never, 'sum', 'users', 'half + twice', {half, twice}, (v) => (calls.both++, v.half + v.twice))
  ledger.derive('users.largest' as never, 'largest', 'users', 'max(mau, dau)', {mau, dau}, (v) => {
    calls.enumerated++
    // The ledger's keys, in its order, and this call's values: what the full derivation's object holds.
    if (Object.keys(v).join() !== 'mau,dau') throw new Error(`keys ${Object.keys(v).join()}`)
    let largest = -Infinity
    for (const key in v) largest = Math.max(largest, v[key]!)
    return Math.max(largest, ...Object.values(v))
  })
  const nodes = [...ledger.inOrder()]
  return {name: model.name, workloads: [], horizonYears: 1, metrics: MetricTable.of(nodes), checks: [], uncertainty: null}
}

describe('a compiled run computes again only what reads a moved value', () => {
  it('moving the DAU runs the closures that read it, directly or not, and no other', async () => {
    const model = await minimal()
    compiledEstimate(model, derive)
    compiledEstimate(model, derive) // traced
    const before = {...calls}
    const counted = {...compiledCounts}
    const moved = compiledEstimate(withUsers(model, 1_000_000, 300_000), derive)
    expect(compiledCounts.compiled).toBe(counted.compiled + 1)
    // Twice 300 K = 600 K; half of 1 M = 500 K; 500 K + 600 K = 1.1 M; max(1 M, 300 K) = 1 M.
    expect(moved.metrics.get('users.dau.twice')!.value).toBe(600_000)
    expect(moved.metrics.get('users.sum')!.value).toBe(1_100_000)
    expect(moved.metrics.get('users.largest')!.value).toBe(1_000_000)
    expect(calls.perDau - before.perDau).toBe(1)
    expect(calls.both - before.both).toBe(1)
    expect(calls.enumerated - before.enumerated).toBe(1)
    expect(calls.perMau - before.perMau).toBe(0)
    // The node that did not move is the traced one, shared; the moved ones are this call's own.
    const traced = compiledEstimate(model, derive)
    expect(moved.metrics.get('users.mau.half')).toBe(traced.metrics.get('users.mau.half'))
    expect(moved.metrics.get('users.sum')).not.toBe(traced.metrics.get('users.sum'))
    expect(moved.metrics.ids()).toEqual(traced.metrics.ids())
    // One layout for the shape: a run's table is the trace's layout with this run's values (metric-table.ts).
    expect(moved.metrics.layout).toBe(traced.metrics.layout)
  })

  it('a run after another starts from the trace, not from the last run', async () => {
    const model = await minimal()
    compiledEstimate(model, derive)
    compiledEstimate(model, derive)
    compiledEstimate(withUsers(model, 3_000_000, 300_000), derive)
    // Only the DAU moved from the trace (MAU 1 M, DAU 100 K): the MAU's chain is the trace's, though the last run moved it.
    const next = compiledEstimate(withUsers(model, 1_000_000, 200_000), derive)
    // Half of 1 M = 500 K; twice 200 K = 400 K; 900 K in all; max(1 M, 200 K) = 1 M.
    expect(next.metrics.get('users.mau.half')!.value).toBe(500_000)
    expect(next.metrics.get('users.sum')!.value).toBe(900_000)
    expect(next.metrics.get('users.largest')!.value).toBe(1_000_000)
    // A model at the trace's values is the traced estimate itself.
    expect(compiledEstimate(model, derive)).toBe(compiledEstimate(model, derive))
  })
})

describe('many shapes in one process', () => {
  it('twelve shapes estimated in turn, their values moved each call, each equal to its full derivation', async () => {
    const model = await minimal()
    const shapes = Array.from({length: 12}, (_, k) => ({...model, name: `shape ${k}`}))
    for (const shape of shapes) {
      estimate(shape)
      estimate(shape)
    }
    for (let round = 1; round <= 3; round++) {
      for (const [k, shape] of shapes.entries()) {
        const moved = withUsers(shape, 1_000_000 + 1_000 * round, 100_000 + 100 * k + round)
        expect(estimate(moved)).toStrictEqual(estimateInFull(moved))
      }
    }
  })
})

describe('what a run leaves behind', () => {
  it('the argument objects read no template once a run is over', async () => {
    const model = await minimal()
    estimate(model)
    estimate(model)
    estimate(withUsers(model, 2_000_000, 300_000))
    expect(RUN_ARGUMENTS.values.length).toBe(0)
    expect(RUN_ARGUMENTS.reads.length).toBe(0)
  })
})

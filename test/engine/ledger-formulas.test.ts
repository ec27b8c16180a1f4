import {describe, expect, it} from 'vitest'
import {Ledger} from '../../src/engine/ledger.js'
import {deriveLedger, estimate} from '../../src/engine/estimate.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL} from '../helpers/spec.js'

// estimate() keeps only the formulas it may run again: those of metrics that read a sampled
// input, directly or not. A deterministic estimate keeps none, so its closures die young.
describe('a ledger that keeps only the uncertain formulas', () => {
  it('keeps the formulas of the metrics downstream of a sampled input, and every value', () => {
    const ledger = new Ledger({formulas: 'uncertain'})
    const x = ledger.input('input.users.mau', 'x', 'users', {value: 2, samples: Float64Array.of(1, 3), path: 'users.mau'})
    const y = ledger.input('input.users.dau', 'y', 'users', {value: 5, path: 'users.dau'})
    const a = ledger.derive('workload.a.qps.read.avg', 'a', 'req/s', 'x × 2', {x}, (v) => v.x * 2)
    const b = ledger.derive('workload.b.qps.read.avg', 'b', 'req/s', 'y × 3', {y}, (v) => v.y * 3)
    ledger.sum('qps.read.avg', 's', 'req/s', {a, b})
    expect([...ledger.graph().formulas.keys()]).toEqual(['workload.a.qps.read.avg', 'qps.read.avg'])
    // 2 × 2 + 5 × 3 = 19, computed once like every other value.
    expect(ledger.value('qps.read.avg')).toBe(19)
  })

  it('estimate() of a spec without ranges gives what a ledger of every formula gives', async () => {
    const model = (await loadSpec(MINIMAL, 'minimal.yaml')).model
    const all = deriveLedger(model).ledger
    expect(all.graph().formulas.size).toBeGreaterThan(0)
    expect(deriveLedger(model, {formulas: 'uncertain'}).ledger.graph().formulas.size).toBe(0)
    expect(JSON.stringify(estimate(model).metrics.nodes())).toBe(JSON.stringify(all.all()))
  })

  it('a metric derived twice is still an internal error', () => {
    const ledger = new Ledger({formulas: 'uncertain'})
    const y = ledger.input('input.users.dau', 'y', 'users', {value: 5, path: 'users.dau'})
    ledger.derive('workload.b.qps.read.avg', 'b', 'req/s', 'y × 3', {y}, (v) => v.y * 3)
    expect(() => ledger.derive('workload.b.qps.read.avg', 'b', 'req/s', 'y × 3', {y}, (v) => v.y * 3)).toThrow('sizeup internal error: metric workload.b.qps.read.avg derived twice')
  })
})

import {beforeEach, describe, expect, it} from 'vitest'
import {MetricTable} from '../../src/engine/metric-table.js'
import {estimate, estimateInFull} from '../../src/engine/estimate.js'
import {clearCompiled, compiledCounts, compiledEstimate, MAX_CACHED_NODES, MAX_SHAPES, MAX_TEMPLATES_PER_SHAPE, type PointDerivation} from '../../src/engine/compiled-estimate.js'
import {runTemplate} from '../../src/engine/compiled-run.js'
import {shapeOf} from '../../src/engine/compiled-shape.js'
import {Tracer} from '../../src/engine/compiled-trace.js'
import {Ledger} from '../../src/engine/ledger.js'
import type {Estimate} from '../../src/engine/estimate.js'
import type {SystemModel} from '../../src/spec/model.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL} from '../helpers/spec.js'

const minimal = async (): Promise<SystemModel> => (await loadSpec(MINIMAL, 'spec.yaml')).model

/** The minimal spec's model with its one workload's writes per user per day set. */
function withWrites(model: SystemModel, perUser: number): SystemModel {
  const w = model.workloads[0]!
  return {...model, workloads: [{...w, writes: {...w.writes!, amount: {...w.writes!.amount, value: perUser}}}]}
}

const counts = (): typeof compiledCounts => ({...compiledCounts})

/** Estimated twice: a shape met once is derived in full, the second time traced into a template. */
function warm(model: SystemModel): void {
  estimate(model)
  estimate(model)
}

beforeEach(() => clearCompiled())

describe('a compiled estimate holds only while what the derivation chose by value is chosen again', () => {
  it('moved values that keep every branch are evaluated from the template', async () => {
    const model = await minimal()
    warm(model)
    const before = counts()
    const twice = estimate(withWrites(model, 2))
    expect(compiledCounts.compiled).toBe(before.compiled + 1)
    // 100 K DAU × 2 writes = 200,000 writes a day; 100 K × 10 reads = 1,000,000 reads; ratio 1,000,000 ÷ 200,000 = 5.
    expect(twice.metrics.get('workload.items.requests.write.perDay')!.value).toBe(200_000)
    expect(twice.metrics.get('workload.items.ratio.readWrite')!.value).toBe(5)
    expect(twice).toStrictEqual(estimateInFull(withWrites(model, 2)))
  })

  it('a branch on a value that flips (writes > 0, traffic.ts) sends the call to the full derivation, and keeps a second template', async () => {
    const model = await minimal()
    warm(model)
    expect(estimate(model).metrics.get('workload.items.ratio.readWrite')!.value).toBe(10)
    const none = withWrites(model, 0)
    const before = counts()
    const first = estimate(none)
    // Traced afresh: no read:write ratio without writes.
    expect(compiledCounts.traced).toBe(before.traced + 1)
    expect(compiledCounts.compiled).toBe(before.compiled)
    expect(first.metrics.get('workload.items.ratio.readWrite')).toBeUndefined()
    expect(first).toStrictEqual(estimateInFull(none))
    // The second template answers the next model without writes; the first still answers the original.
    expect(estimate(withWrites(model, 0))).toStrictEqual(first)
    expect(estimate(model)).toStrictEqual(estimateInFull(model))
    expect(compiledCounts.compiled).toBe(before.compiled + 2)
  })

  it('an Input value read outside the ledger is a guard: a model whose value differs is not evaluated from the template', async () => {
    const model = await minimal()
    const tracer = new Tracer(model)
    const ledger = new Ledger({tracer})
    const dau = ledger.input('input.users.dau', 'DAU', 'users', tracer.model.users.dau!)
    // Engine code that chose by the MAU's value (none does today: ledger.branch is the way).
    const big = tracer.model.users.mau!.value > 500_000
    ledger.derive('users.dau.double' as never, 'twice', 'users', big ? '2 × dau' : 'dau', {dau}, (v) => (big ? 2 * v.dau : v.dau))
    const nodes = [...ledger.inOrder()]
    const traced: Estimate = {name: model.name, workloads: [], horizonYears: 1, metrics: MetricTable.of(nodes), checks: [], uncertainty: null}
    const template = tracer.finish(shapeOf(model).fingerprint!, traced)
    expect([...template.inputGuardValues]).toEqual([1_000_000])
    const moved = (mau: number, dau: number): Float64Array =>
      shapeOf({...model, users: {...model.users, mau: {...model.users.mau!, value: mau}, dau: {...model.users.dau!, value: dau}}}).values
    // The same MAU, another DAU: evaluated, 2 × 200 K = 400 K.
    expect(runTemplate(template, moved(1_000_000, 200_000))!.metrics.get('users.dau.double')!.value).toBe(400_000)
    // Another MAU: the guard trips, whatever the branch would have done.
    expect(runTemplate(template, moved(2_000_000, 100_000))).toBeNull()
  })

  it('a node read through ledger.value is a guard too', async () => {
    const model = await minimal()
    const tracer = new Tracer(model)
    const ledger = new Ledger({tracer})
    const dau = ledger.input('input.users.dau', 'DAU', 'users', tracer.model.users.dau!)
    const label = `twice ${ledger.value(dau)}`
    ledger.derive('users.dau.double' as never, label, 'users', '2 × dau', {dau}, (v) => 2 * v.dau)
    const nodes = [...ledger.inOrder()]
    const template = tracer.finish('x', {name: '', workloads: [], horizonYears: 1, metrics: MetricTable.of(nodes), checks: [], uncertainty: null})
    const inputs = (dauValue: number): Float64Array => shapeOf({...model, users: {...model.users, dau: {...model.users.dau!, value: dauValue}}}).values
    expect(runTemplate(template, inputs(100_000))).toBe(template.estimate)
    expect(runTemplate(template, inputs(200_000))).toBeNull()
  })
})

describe('the templates are bounded', () => {
  // A derivation whose one branch has many answers: the floor of the DAU in hundreds of thousands.
  const derive: PointDerivation = (model, tracer) => {
    const ledger = new Ledger(tracer ? {tracer} : {})
    const dau = ledger.input('input.users.dau', 'DAU', 'users', model.users.dau!)
    const band = ledger.branch([dau], ([v]) => Math.floor(v! / 100_000))
    ledger.derive('users.band' as never, `band ${band}`, 'count', 'floor(dau ÷ 100 K)', {dau}, (v) => Math.floor(v.dau / 100_000))
    const nodes = [...ledger.inOrder()]
    return {name: model.name, workloads: [], horizonYears: 1, metrics: MetricTable.of(nodes), checks: [], uncertainty: null}
  }
  const withDau = (model: SystemModel, dau: number): SystemModel => ({...model, users: {...model.users, dau: {...model.users.dau!, value: dau}}})

  it(`at most ${MAX_TEMPLATES_PER_SHAPE} templates per shape; past them, the full derivation`, async () => {
    const model = await minimal()
    const start = counts()
    // The first met is derived in full; each next band, traced into a template of its own.
    for (let k = 0; k <= MAX_TEMPLATES_PER_SHAPE; k++) compiledEstimate(withDau(model, k * 100_000), derive)
    expect(compiledCounts.traced - start.traced).toBe(MAX_TEMPLATES_PER_SHAPE)
    const before = counts()
    const past = compiledEstimate(withDau(model, 9 * 100_000), derive)
    expect(compiledCounts.full).toBe(before.full + 1)
    expect(compiledCounts.traced).toBe(before.traced)
    expect(past.metrics.get('users.band')!.value).toBe(9)
    // Each kept template still answers its own band.
    expect(compiledEstimate(withDau(model, 250_000), derive).metrics.get('users.band')!.value).toBe(2)
    expect(compiledCounts.compiled).toBe(before.compiled + 1)
  })

  it(`a shape of more than ${MAX_CACHED_NODES} nodes is not kept, and not traced again`, async () => {
    const model = await minimal()
    const many: PointDerivation = (m, tracer) => {
      const ledger = new Ledger(tracer ? {tracer} : {})
      for (let i = 0; i <= MAX_CACHED_NODES; i++) ledger.reference(`figure.n${i}` as never, 'n', 'count', i, 'here')
      const nodes = [...ledger.inOrder()]
      return {name: m.name, workloads: [], horizonYears: 1, metrics: MetricTable.of(nodes), checks: [], uncertainty: null}
    }
    const start = counts()
    compiledEstimate(model, many)
    compiledEstimate(model, many)
    expect(compiledCounts.traced - start.traced).toBe(1)
    const before = counts()
    expect(compiledEstimate(model, many).metrics.get(`figure.n${MAX_CACHED_NODES}`)!.value).toBe(MAX_CACHED_NODES)
    expect(compiledCounts.full).toBe(before.full + 1)
    expect(compiledCounts.traced).toBe(before.traced)
  })

  it(`at most ${MAX_SHAPES} shapes; the least recently used goes first`, async () => {
    const model = await minimal()
    for (let k = 0; k <= MAX_SHAPES; k++) warm({...model, name: `shape ${k}`})
    const before = counts()
    // The last shape is kept; the first was dropped, and is traced again.
    estimate({...model, name: `shape ${MAX_SHAPES}`})
    expect(compiledCounts.compiled).toBe(before.compiled + 1)
    estimate({...model, name: 'shape 0'})
    expect(compiledCounts.traced).toBe(before.traced + 1)
  })
})

describe('shapes', () => {
  it('a shape is every value but the Inputs\' values; a ranged model has none', async () => {
    const model = await minimal()
    expect(shapeOf(withWrites(model, 3)).fingerprint).toBe(shapeOf(model).fingerprint)
    expect(shapeOf({...model, name: 'Other'}).fingerprint).not.toBe(shapeOf(model).fingerprint)
    expect(shapeOf({...model, users: {...model.users, mau: {...model.users.mau!, path: 'users.other'}}}).fingerprint).not.toBe(shapeOf(model).fingerprint)
    expect(shapeOf({...model, users: {...model.users, mau: null}}).fingerprint).not.toBe(shapeOf(model).fingerprint)
    // An Input's text is closed: one with its flag reads apart from one without it beside a flag-like value.
    const flagged = {...model, extra: [{value: 1, path: 'p', isDefault: false}]} as SystemModel
    const beside = {...model, extra: [{value: 1, path: 'p'}, false]} as SystemModel
    expect(shapeOf(flagged).fingerprint).not.toBe(shapeOf(beside).fingerprint)
    const ranged = (await loadSpec(MINIMAL.replace('mau: 1M', 'mau: 1M..2M'), 'spec.yaml')).model
    expect(shapeOf(ranged).fingerprint).toBeNull()
    // An Input's flag is a boolean: anything else (an Input there would be walked, and the tracer copies the flag unread) is no shape.
    const oddFlag = {...model, users: {...model.users, mau: {...model.users.mau!, isDefault: {value: 2, path: 'x'}}}} as unknown as SystemModel
    expect(shapeOf(oddFlag).fingerprint).toBeNull()
  })

  it('a model built by hand from a loaded model\'s frozen parts has the shape of a copy made afresh', async () => {
    const model = await minimal()
    const built = {...model, name: 'Built', workloads: [{...model.workloads[0]!, name: 'other'}, model.workloads[0]!]}
    // The same model with no part shared with a loaded one: every object walked afresh.
    const fresh = structuredClone(built)
    expect(shapeOf(built).fingerprint).toBe(shapeOf(fresh).fingerprint)
    expect([...shapeOf(built).values]).toEqual([...shapeOf(fresh).values])
    expect(shapeOf(built).fingerprint).not.toBe(shapeOf(model).fingerprint)
  })

  it('below the top, a part stands as a token of its text: a copy of a loaded model of 200 workloads has a fingerprint of a few tokens', async () => {
    const workloads = Array.from({length: 200}, (_, i) => `  w${i}:\n    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 5}\n    recordSize: 1 KB\n`).join('')
    const model = (await loadSpec(`name: Many\nusers: {mau: 10M, dau: 2M}\nworkloads:\n${workloads}`, 'many.yaml')).model
    const moved = (dau: number): SystemModel => ({...model, users: {...model.users, dau: {...model.users.dau!, value: dau}}})
    const fingerprint = shapeOf(moved(3_000_000)).fingerprint!
    // The workloads are one token: the text a call hashes to find its template does not grow with them.
    expect(fingerprint.length).toBeLessThan(300)
    expect(shapeOf(moved(4_000_000)).fingerprint).toBe(fingerprint)
    expect(shapeOf(moved(4_000_000)).values.length).toBe(shapeOf(model).values.length)
    // Put together from the same workloads in a new array, each workload is its token; the same text walked afresh has the same one.
    const built = {...model, workloads: [...model.workloads]}
    expect(shapeOf(built).fingerprint).toBe(shapeOf(structuredClone(built)).fingerprint)
  })

  it('a token is never given to another text, also when the texts kept pass their bound and start again', async () => {
    const model = await minimal()
    const named = (name: string): SystemModel => ({...model, workloads: [{...model.workloads[0]!, name}]})
    // Two texts of 2.1 M characters pass the 4 M kept: the second empties the map.
    const first = shapeOf(named('a'.repeat(2_100_000))).fingerprint
    const second = shapeOf(named('b'.repeat(2_100_000))).fingerprint
    const again = shapeOf(named('a'.repeat(2_100_000))).fingerprint
    expect(second).not.toBe(first)
    // The first text met again takes a new token (a new template, not another shape's).
    expect(again).not.toBe(second)
    expect(again).not.toBe(first)
    expect(shapeOf(named('a'.repeat(2_100_000))).fingerprint).toBe(again)
  })

  it('a loaded model is frozen whole, its shape walked once, and its estimate frozen', async () => {
    const model = await minimal()
    expect(Object.isFrozen(model.workloads[0]!.recordBytes)).toBe(true)
    expect(shapeOf(model)).toBe(shapeOf(model))
    const copy = {...model}
    expect(shapeOf(copy)).not.toBe(shapeOf(copy))
    // Met once, the estimate is the full derivation's own; from the template, the shared one is frozen.
    expect(Object.isFrozen(estimate(model))).toBe(false)
    estimate(model)
    const e = estimate(model)
    expect(Object.isFrozen(e) && Object.isFrozen(e.metrics) && Object.isFrozen(e.metrics.get('input.users.dau'))).toBe(true)
    // A model whose values moved gets nodes of its own for them (not frozen), and the traced, frozen ones for the rest.
    const moved = estimate(withWrites(model, 2))
    expect(Object.isFrozen(moved.metrics.get('workload.items.requests.write.perDay'))).toBe(false)
    expect(moved.metrics.get('input.users.dau')).toBe(e.metrics.get('input.users.dau'))
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {deriveLedger, estimate} from '../../src/engine/estimate.js'
import {Ledger} from '../../src/engine/ledger.js'
import {compileGraph, type Program, runProgram} from '../../src/engine/program.js'
import {evaluateKernel, parseKernel} from '../../src/engine/kernel.js'
import {heldYears} from '../../src/engine/held-years.js'
import {Z90} from '../../src/quantity/distribution.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL, ROOT} from '../helpers/spec.js'
import {spreadExample} from '../helpers/spread-inputs.js'

/** The same program with every kernel removed: each metric by its closure, per sample (the evaluator before issue 17). */
const closuresOnly = (p: Program): Program => ({...p, steps: p.steps.map((s) => ({...s, kernel: null}))})

/** Bit-for-bit equality of two runs (NaN equals NaN, 0 differs from −0). */
function sameRuns(a: ReadonlyMap<string, Float64Array>, b: ReadonlyMap<string, Float64Array>): string[] {
  const differ: string[] = []
  for (const [id, x] of a) {
    const y = b.get(id)!
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(x[i], y[i])) {
        differ.push(`${id}[${i}]: ${x[i]} ≠ ${y[i]}`)
        break
      }
    }
  }
  return differ
}

describe('formula kernels', () => {
  it.each([
    ['recordSize × overhead × replication ÷ compression', ['recordSize', 'overhead', 'replication', 'compression'], [800, 1.5, 3, 2], ((800 * 1.5) * 3) / 2],
    ['(1 − availability) × requestsPerDay', ['availability', 'requestsPerDay'], [0.999, 1e6], (1 - 0.999) * 1e6],
    ['min(cacheHotShare × readsPerDay × readSize, dataHeld)', ['cacheHotShare', 'readsPerDay', 'readSize', 'dataHeld'], [0.2, 1e9, 1000, 5e10], Math.min(0.2 * 1e9 * 1000, 5e10)],
    ['-a + b * 2', ['a', 'b'], [3, 4], -3 + 4 * 2],
    // A duration in the text is in seconds, a percentage a share: 60 s, 3,600 s, 24 h = 86,400 s, 2 % = 0.02.
    ['perSecond × 60 s', ['perSecond'], [5], 5 * 60],
    ['(1 − availability) × requestsPerDay × (3600 s) ÷ secondsPerDay', ['availability', 'requestsPerDay', 'secondsPerDay'], [0.999, 1e6, 86400], (((1 - 0.999) * 1e6) * 3600) / 86400],
    ['2% × windowDays × 24 h ÷ 1 h', ['windowDays'], [30], ((0.02 * 30) * 86400) / 3600],
  ])('%s reads as plain arithmetic', (text, symbols, values, expected) => {
    const kernel = parseKernel(text, symbols)
    expect(kernel).not.toBeNull()
    expect(evaluateKernel(kernel!, values)).toBe(expected)
  })

  it('the storage projection’s Σ over years reads as a call of heldYears, with the year from the text', () => {
    const text = 'perDay × daysPerYear × Σ_{j=1..3} (1 + growth)^(j−1) × overlap(year j, retention window) + existing'
    const kernel = parseKernel(text, ['perDay', 'daysPerYear', 'growth', 'retentionDays', 'existing'])
    expect(kernel).not.toBeNull()
    // 1,000 B a day for 365 days a year, kept 2 years, growing 10 %: at the end of year 3 the store holds
    // years 2 and 3, 1.1 + 1.21 = 2.31 years of the first year's writes, plus 5,000 B already stored.
    expect(evaluateKernel(kernel!, [1000, 365, 0.1, 730, 5000])).toBe(1000 * 365 * heldYears(3, 730 / 365, 0.1) + 5000)
    expect(heldYears(3, 2, 0.1)).toBeCloseTo(2.31, 12)
    // Without a symbol the term reads, no kernel.
    expect(parseKernel(text, ['perDay', 'daysPerYear', 'growth', 'existing'])).toBeNull()
  })

  it.each([
    ['perSecond × 60 B', ['perSecond']],
    ['perDay × daysPerYear × Σ_{j=1..2} (1 + growth)^(j−1)', ['perDay', 'daysPerYear', 'growth']],
    ['ErlangC(c = 4, a = λ × S)', ['λ', 'S']],
    ['a × unknown', ['a']],
    ['a ×', ['a']],
  ])('%s does not (its closure runs)', (text, symbols) => {
    expect(parseKernel(text, symbols)).toBeNull()
  })
})

describe('the compiled evaluator agrees with the formulas it compiles', () => {
  // Every input and convention of every example given a spread (value × e^(0.3 z), seeded),
  // so that every formula of every example is run over samples both ways.
  const examples = readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith('.yaml'))
  it.each(examples)('%s: kernels give exactly what the closures give, at every sample', async (file) => {
    const {graph, sampled} = await spreadExample(file, 64, 0.3, 1000)
    const program = compileGraph({...graph, sampled})
    const compiled = runProgram(program, sampled)
    expect(sameRuns(compiled, runProgram(closuresOnly(program), sampled))).toEqual([])
    expect(compiled.size).toBe(sampled.size + program.steps.length)
  })

  it('the feed forecast: most metrics run as kernels, and the estimate is byte-identical to the closures’', async () => {
    const spec = await loadSpec(readFileSync(`${ROOT}/examples/feed-forecast.yaml`, 'utf8'), 'feed-forecast.yaml', {sampling: {samples: 2000, seed: 3}})
    const graph = deriveLedger(spec.model).ledger.graph()
    const program = compileGraph(graph)
    const kernels = program.steps.filter((s) => s.kernel !== null).length
    // All 118: the yearly storage projections (Σ over years) were the 5 closures until their Σ read as a call of heldYears.
    expect(program.steps.length - kernels).toBe(0)
    expect(sameRuns(runProgram(program, graph.sampled), runProgram(closuresOnly(program), graph.sampled))).toEqual([])
  })

  const twoInputs = (a: number[], b: number[]) => {
    const ledger = new Ledger()
    const input = (id: string, samples: number[]) => ledger.input(id as never, id, 'count', {value: 2, path: id, samples: Float64Array.from(samples)} as never)
    return {ledger, a: input('input.a', a), b: input('input.b', b)}
  }

  it('a kernel that agrees at the point but not around it is not used', () => {
    // The text says a × b, the closure computes a + b: both are 4 at a = b = 2, not elsewhere.
    const {ledger, a, b} = twoInputs([1, 2, 3, 4], [5, 6, 7, 8])
    ledger.derive('qps.read.avg', 'wrong text', 'req/s', 'a × b', {a, b}, (v) => v.a + v.b)
    const graph = ledger.graph()
    const program = compileGraph(graph)
    expect(program.steps[0]!.kernel).toBeNull()
    expect([...runProgram(program, graph.sampled).get('qps.read.avg')!]).toEqual([6, 8, 10, 12])
  })

  it('nor one that disagrees at a sample the probes did not reach, nor where it divides by zero', () => {
    // A guard far from the point (a > 1,000) is not probed, but the first samples are checked against the closure.
    const far = twoInputs([1, 2, 3, 5000], [5, 6, 7, 8])
    far.ledger.derive('qps.read.avg', 'guarded', 'req/s', 'a × b', {a: far.a, b: far.b}, (v) => (v.a > 1000 ? 0 : v.a * v.b))
    const g1 = far.ledger.graph()
    const p1 = compileGraph(g1)
    expect(p1.steps[0]!.kernel).not.toBeNull()
    expect([...runProgram(p1, g1.sampled).get('qps.read.avg')!]).toEqual([5, 12, 21, 0])
    // A share of nothing is 0 in the closure, NaN in the text: patched from the closure where the kernel gives NaN.
    const zero = twoInputs([1, 2, 3, 4, 0, 6], [1, 2, 3, 4, 0, 6])
    zero.ledger.derive('qps.read.avg', 'share', 'req/s', 'a ÷ b', {a: zero.a, b: zero.b}, (v) => (v.b === 0 ? 0 : v.a / v.b))
    const g2 = zero.ledger.graph()
    expect([...runProgram(compileGraph(g2), g2.sampled).get('qps.read.avg')!]).toEqual([1, 1, 1, 1, 0, 1])
  })

  it('reorderInputs reorders the inputs before the metrics are computed from them', () => {
    const ledger = new Ledger()
    const a = ledger.input('input.a' as never, 'a', 'count', {value: 2, path: 'a', samples: Float64Array.from([1, 2, 3])} as never)
    const b = ledger.input('input.b' as never, 'b', 'count', {value: 2, path: 'b', samples: Float64Array.from([10, 20, 30])} as never)
    ledger.derive('qps.read.avg', 'a × b', 'req/s', 'a × b', {a, b}, (v) => v.a * v.b)
    const graph = ledger.graph()
    const run = runProgram(compileGraph(graph), graph.sampled, {reorderInputs: (inputs) => inputs.set('input.b', inputs.get('input.b')!.slice().reverse())})
    // 1 × 30, 2 × 20, 3 × 10; the graph's own samples are not touched.
    expect([...run.get('qps.read.avg')!]).toEqual([30, 40, 30])
    expect([...run.get('input.b')!]).toEqual([30, 20, 10])
    expect([...graph.sampled.get('input.b')!]).toEqual([10, 20, 30])
  })
})

describe('sampled outputs match the closed form', () => {
  it('a product of two lognormals at 100,000 samples: median and p95 within 1 % of exp(μ1 + μ2) and exp(μ + 1.6449 σ)', async () => {
    // dau 100K..400K and writes 1..4 per user per day, both 90 % intervals of lognormals:
    // μ1 = ln √(1e5 × 4e5) = ln 200,000, μ2 = ln 2, σ1 = σ2 = ln 4 ÷ (2 × 1.6449) = 0.42138;
    // writes/day = dau × rate is lognormal with μ = ln 400,000 and σ = √(σ1² + σ2²) = 0.59593:
    // median 400,000, p95 = 400,000 × e^(1.6449 × 0.59593) = 400,000 × 2.6635 = 1,065,400.
    // The sampling error of a quantile at n = 100,000 is about 0.25 % (median) and 0.4 % (p95) here.
    const yaml = MINIMAL.replace('dau: 100K', 'dau: 100K..400K').replace('writes: {perUserPerDay: 1}', 'writes: {perUserPerDay: 1..4}')
    const e = estimate((await loadSpec(yaml, 'spec.yaml', {sampling: {samples: 100_000, seed: 11}})).model)
    const s1 = Math.log(4) / (2 * Z90)
    const sigma = Math.sqrt(2 * s1 * s1)
    const band = e.uncertainty!.bands['requests.write.perDay']!
    expect(Math.abs(band.p50 / 400_000 - 1)).toBeLessThan(0.01)
    expect(Math.abs(band.p95 / (400_000 * Math.exp(Z90 * sigma)) - 1)).toBeLessThan(0.01)
    expect(Math.abs(band.p5 / (400_000 * Math.exp(-Z90 * sigma)) - 1)).toBeLessThan(0.01)
  })
})

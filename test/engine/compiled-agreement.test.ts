import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {estimate, estimateInFull, type Estimate} from '../../src/engine/estimate.js'
import {clearCompiled, compiledCounts} from '../../src/engine/compiled-estimate.js'
import {isInput, shapeOf} from '../../src/engine/compiled-shape.js'
import type {SystemModel} from '../../src/spec/model.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

// The compiled point estimate (src/engine/compiled-*.ts) must be the full derivation's, node for
// node and byte for byte: for every bundled example and published design, and for copies of their
// models with every Input value moved (same shape), where a guard may trip and send it back to the
// full derivation.
const files = [
  ...readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`),
  ...readdirSync(`${ROOT}/examples/published-designs`).filter((f) => f.endsWith('.yaml')).map((f) => `examples/published-designs/${f}`),
  ...readdirSync(`${ROOT}/examples/published`).filter((f) => f.endsWith('.yaml')).map((f) => `examples/published/${f}`),
]

/** Each file loaded once for both tests. */
const loaded = new Map<string, Promise<SystemModel>>()
async function load(file: string): Promise<SystemModel> {
  if (!loaded.has(file)) loaded.set(file, loadSpec(readFileSync(`${ROOT}/${file}`, 'utf8'), file).then((s) => s.model))
  return loaded.get(file)!
}

/** Either the estimate or the message it failed with: both paths must fail alike too. */
function outcome(run: () => Estimate): {json: string} | {error: string} {
  try {
    return {json: JSON.stringify(run())}
  } catch (e) {
    return {error: String(e)}
  }
}

/** A seeded generator (mulberry32): the same factors every run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A copy of the model with each Input's value times a factor from `factor()`; everything else as it is. */
function perturbed(value: unknown, factor: () => number): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => perturbed(v, factor))
  if (isInput(value)) return {...value, value: value.value * factor()}
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, perturbed(v, factor)]))
}

/** How the moved copies were answered, over every file: both ways must have been taken. */
const taken = {compiled: 0, traced: 0}

describe('the compiled point estimate equals the full derivation', () => {
  it.each(files)('%s, traced and then compiled', async (file) => {
    clearCompiled()
    const model = await load(file)
    const full = estimateInFull(model)
    // A model with ranges is derived in full, the Monte Carlo and all.
    if (shapeOf(model).fingerprint === null) return expect(full.uncertainty).not.toBeNull()
    // Met once, derived in full; twice, traced; then answered by the template.
    const first = estimate(model)
    const traced = estimate(model)
    const before = {...compiledCounts}
    const compiled = estimate(model)
    expect(first).toStrictEqual(full)
    expect(traced).toStrictEqual(full)
    expect(compiled).toStrictEqual(full)
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(full))
    // Answered by its template the second time.
    expect(compiledCounts.compiled).toBe(before.compiled + 1)
  })

  it.each(files)('%s, its Inputs moved by seeded factors (8 copies)', async (file) => {
    clearCompiled()
    const model = await load(file)
    if (shapeOf(model).fingerprint === null) return
    estimate(model)
    estimate(model)
    const next = random(17)
    const before = {...compiledCounts}
    for (let copy = 0; copy < 8; copy++) {
      // Half the copies move every Input by up to ±10 %; half move each Input or leave it, so branches flip and stay.
      const factor = copy % 2 === 0 ? () => 0.9 + 0.2 * next() : () => (next() < 0.2 ? 0.5 + next() : 1)
      const moved = perturbed(model, factor) as SystemModel
      expect(outcome(() => estimate(moved))).toEqual(outcome(() => estimateInFull(moved)))
    }
    taken.compiled += compiledCounts.compiled - before.compiled
    taken.traced += compiledCounts.traced - before.traced
  })

  // 460 of the copies were evaluated from a template and 21 tripped a guard (and were traced afresh) when this was written.
  it('the moved copies were evaluated from templates, and some tripped a guard and were derived in full', () => {
    expect(taken.compiled).toBeGreaterThan(400)
    expect(taken.traced).toBeGreaterThan(10)
  })
})

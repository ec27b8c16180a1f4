import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {Z90} from '../../src/quantity/distribution.js'
import {loadSpec} from '../../src/spec/load.js'
import {MINIMAL, value} from '../helpers/spec.js'

const ranged = (dau: string, writes: string): string => MINIMAL.replace('dau: 100K', `dau: ${dau}`).replace('writes: {perUserPerDay: 1}', `writes: {perUserPerDay: ${writes}}`)

async function run(yaml: string, seed = 1, samples = 10_000) {
  return estimate((await loadSpec(yaml, 'spec.yaml', {sampling: {samples, seed}})).model)
}

describe('ranges and Monte Carlo', () => {
  it('a spec without ranges is exact: no sampling', async () => {
    const e = await run(MINIMAL)
    expect(e.uncertainty).toBeNull()
  })

  it('the point value uses the medians; the sampled p50 agrees within 2 %', async () => {
    // dau 100K..400K: median √(1e5 × 4e5) = 200,000; rate 1..4: median 2 → 400,000 writes/day
    const e = await run(ranged('100K..400K', '1..4'))
    expect(value(e, 'input.users.dau')).toBeCloseTo(200_000, 6)
    expect(value(e, 'requests.write.perDay')).toBeCloseTo(400_000, 3)
    const band = e.uncertainty!.bands['requests.write.perDay']!
    expect(Math.abs(band.p50 / 400_000 - 1)).toBeLessThan(0.02)
    expect(e.uncertainty!.samples).toBe(10_000)
  })

  it('matches the closed form: a product of lognormals is lognormal', async () => {
    // ln(dau) ~ N(μ1, σ1), μ1 = ln √(1e5·4e5), σ1 = ln(4) ÷ (2 × 1.6449);
    // ln(rate) ~ N(μ2, σ2), μ2 = ln 2, σ2 = ln(4) ÷ (2 × 1.6449);
    // ln(writes/day) ~ N(μ1 + μ2, √(σ1² + σ2²)); p5, p95 = exp(μ ∓ 1.6449 σ).
    const s1 = Math.log(4) / (2 * Z90)
    const mu = Math.log(200_000) + Math.log(2)
    const sigma = Math.sqrt(2 * s1 * s1)
    const expected = {p5: Math.exp(mu - Z90 * sigma), p50: Math.exp(mu), p95: Math.exp(mu + Z90 * sigma)}
    const band = (await run(ranged('100K..400K', '1..4'))).uncertainty!.bands['requests.write.perDay']!
    // sampling error of a quantile at n = 10,000 is about 1–2 % here; allow 3 %
    expect(Math.abs(band.p5 / expected.p5 - 1)).toBeLessThan(0.03)
    expect(Math.abs(band.p50 / expected.p50 - 1)).toBeLessThan(0.03)
    expect(Math.abs(band.p95 / expected.p95 - 1)).toBeLessThan(0.03)
  })

  it('is reproducible for a seed; another seed moves samples, not the p50 beyond sampling error', async () => {
    const yaml = ranged('100K..400K', '1..4')
    const a = (await run(yaml, 7)).uncertainty!.bands['qps.write.peak']!
    const b = (await run(yaml, 7)).uncertainty!.bands['qps.write.peak']!
    const c = (await run(yaml, 8)).uncertainty!.bands['qps.write.peak']!
    expect(b).toEqual(a)
    expect(c.p50).not.toBe(a.p50)
    expect(Math.abs(c.p50 / a.p50 - 1)).toBeLessThan(0.03)
  })

  it('propagates ranges through expressions and shares', async () => {
    // dau: 50% of a ranged mau; the samples follow mau
    const yaml = MINIMAL.replace('mau: 1M', 'mau: 1M..4M').replace('dau: 100K', 'dau: 10% * mau')
    const e = await run(yaml)
    const mau = e.uncertainty!.bands['input.users.mau']!
    const dau = e.uncertainty!.bands['input.users.dau']!
    expect(dau.p50 / mau.p50).toBeCloseTo(0.1, 6)
    expect(dau.p95 / mau.p95).toBeCloseTo(0.1, 6)
  })

  it.each([
    ['normal(800 B, 100 B)', 800],
    ['uniform(600 B, 1000 B)', 800],
    ['triangular(600 B, 800 B, 1000 B)', 800],
    ['pert(600 B, 800 B, 1000 B)', 800],
  ])('%s has median %d', async (text, med) => {
    const e = await run(MINIMAL.replace('recordSize: 1 KB', `recordSize: ${text}`))
    expect(value(e, 'input.workloads.items.recordSize')).toBeCloseTo(med, 6)
    expect(Math.abs(e.uncertainty!.bands['input.workloads.items.recordSize']!.p50 / med - 1)).toBeLessThan(0.01)
  })
})

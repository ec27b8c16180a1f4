import {createRng, type Rng} from '../../src/quantity/random.js'

/**
 * A small seeded generator of valid specs, for property tests (fast-check is
 * not a dependency). Each spec is YAML text built from plain numbers so that
 * a property can scale one of them and compare.
 */
export interface SpecParams {
  readonly mau: number
  readonly dau: number
  readonly workloads: readonly {
    readonly writesPerUser: number
    readonly readsPerUser: number
    readonly recordBytes: number
    readonly retentionDays: number
    readonly mediaShare: number
    readonly mediaBytes: number
  }[]
  readonly peakFactor: number
  readonly availability: number
}

/** A number spread over orders of magnitude: 10^[lo, hi), rounded to 3 significant digits. */
function magnitude(rng: Rng, lo: number, hi: number): number {
  return Number((10 ** (lo + rng() * (hi - lo))).toPrecision(3))
}

export function randomParams(rng: Rng): SpecParams {
  const mau = Math.round(magnitude(rng, 3, 9.5))
  const dau = Math.max(1, Math.round(mau * (0.01 + rng() * 0.99)))
  const count = 1 + Math.floor(rng() * 3)
  return {
    mau,
    dau,
    workloads: Array.from({length: count}, () => ({
      writesPerUser: magnitude(rng, -2, 2),
      readsPerUser: magnitude(rng, -1, 3),
      recordBytes: Math.round(magnitude(rng, 1, 6)),
      retentionDays: Math.round(magnitude(rng, 0, 3.6)),
      mediaShare: rng() < 0.5 ? 0 : Number((rng() * 0.5).toFixed(3)),
      mediaBytes: Math.round(magnitude(rng, 4, 8)),
    })),
    peakFactor: Number((1 + rng() * 4).toFixed(2)),
    availability: [0.99, 0.999, 0.9999][Math.floor(rng() * 3)]!,
  }
}

export function specYaml(p: SpecParams, extra = ''): string {
  const workloads = p.workloads
    .map((w, i) => {
      const media = w.mediaShare > 0 ? `\n    media: {writeShare: ${w.mediaShare}, size: ${w.mediaBytes} B}` : ''
      return `  w${i}:\n    writes: {perUserPerDay: ${w.writesPerUser}}\n    reads: {perUserPerDay: ${w.readsPerUser}}\n    recordSize: ${w.recordBytes} B\n    retention: ${w.retentionDays} days${media}`
    })
    .join('\n')
  return `name: random\nusers: {mau: ${p.mau}, dau: ${p.dau}}\ntraffic: {peakFactor: ${p.peakFactor}}\nslo: {availability: ${p.availability * 100}%}\nworkloads:\n${workloads}\n${extra}`
}

/** Runs a property over `runs` generated specs from a seed; the failing seed and spec are in the error. */
export async function forAll(runs: number, seed: number, property: (p: SpecParams, rng: Rng) => Promise<void>): Promise<void> {
  const rng = createRng(seed)
  for (let i = 0; i < runs; i++) {
    const p = randomParams(rng)
    try {
      await property(p, rng)
    } catch (e) {
      throw new Error(`property failed on run ${i} (seed ${seed}):\n${specYaml(p)}\n${(e as Error).message}`)
    }
  }
}

/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that Monte Carlo
 * runs are byte-identical for a seed. Math.random is never used.
 */
export type Rng = () => number

function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** A uniform generator on [0, 1) from a 32-bit seed. */
export function createRng(seed: number): Rng {
  const mix = splitmix32(seed)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t / 4294967296
  }
}

/** A stream per name (a field's spec path), so adding a ranged field does not reshuffle the others. */
export function streamSeed(seed: number, name: string): number {
  let h = 2166136261 ^ seed
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619)
  return h >>> 0
}

/** Standard normal deviates by Box–Muller; 1 − u keeps the logarithm finite. */
export function normalDeviates(rng: Rng, out: Float64Array): void {
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rng()))
    const theta = 2 * Math.PI * rng()
    out[i] = r * Math.cos(theta)
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta)
  }
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000), for shape ≥ 1. */
function gamma(rng: Rng, shape: number, normal: () => number): number {
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = normal()
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = 1 - rng()
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v
  }
}

/** Beta(α, β) deviates from two gammas (α, β ≥ 1, as PERT's always are). */
export function betaDeviates(rng: Rng, alpha: number, beta: number, out: Float64Array): void {
  let spare: number | null = null
  const normal = (): number => {
    if (spare !== null) {
      const s = spare
      spare = null
      return s
    }
    const r = Math.sqrt(-2 * Math.log(1 - rng()))
    const theta = 2 * Math.PI * rng()
    spare = r * Math.sin(theta)
    return r * Math.cos(theta)
  }
  for (let i = 0; i < out.length; i++) {
    const x = gamma(rng, alpha, normal)
    const y = gamma(rng, beta, normal)
    out[i] = x / (x + y)
  }
}

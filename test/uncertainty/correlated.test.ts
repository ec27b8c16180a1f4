import {describe, expect, it} from 'vitest'
import {sizeup} from '../helpers/analysis.js'

/*
 * Correlated inputs and variance shares where a reader meets them: estimate
 * (terminal, JSON), report (Markdown, JSON) and explain (text, JSON).
 */

const SPEC = `name: Correlated feed
users: {mau: 150M..600M, dau: 40%..62.5%}
workloads:
  posts:
    writes: {perUserPerDay: 1..4}
    reads: {perUserPerDay: 5..20}
    recordSize: 800 B
correlations:
  - between: [users.mau, workloads.posts.writes.perUserPerDay]
    rank: 0.6
`
const INDEPENDENT = SPEC.slice(0, SPEC.indexOf('correlations:'))

describe('correlated inputs in every output', () => {
  it('estimate --json states the pair, the rank reached, and shares of variance that count the shared part twice', async () => {
    const tied = JSON.parse((await sizeup(['estimate', '-', '--json'], SPEC)).stdout)
    const free = JSON.parse((await sizeup(['estimate', '-', '--json'], INDEPENDENT)).stdout)
    expect(tied.uncertainty.correlations).toEqual([{between: ['users.mau', 'workloads.posts.writes.perUserPerDay'], rank: 0.6, achieved: expect.closeTo(0.6, 2)}])
    expect(free.uncertainty.correlations).toBeUndefined()
    // Peak writes ∝ MAU × share × writes. Independent: the two ×4 ranges explain about 42 % each.
    // Rank-correlated at 0.6, each also carries the other's common part: about 70 % each, summing past 100 %.
    const share = (r: {uncertainty: {sensitivity: Record<string, {input: string; firstOrder: number}[]>}}, input: string): number =>
      r.uncertainty.sensitivity['qps.write.peak']!.find((s) => s.input === input)!.firstOrder
    expect(share(free, 'input.users.mau')).toBeCloseTo(0.42, 1)
    expect(share(tied, 'input.users.mau')).toBeCloseTo(0.7, 1)
    expect(share(tied, 'input.workloads.posts.writes.perUserPerDay')).toBeCloseTo(0.7, 1)
    // Moving together widens the band of their product: p95 ÷ p5 of peak writes grows.
    const spread = (r: {uncertainty: {bands: Record<string, {p5: number; p95: number}>}}): number => r.uncertainty.bands['qps.write.peak']!.p95 / r.uncertainty.bands['qps.write.peak']!.p5
    expect(spread(tied)).toBeGreaterThan(spread(free) * 1.3)
    // The medians' point estimate does not move: 300 M × 50 % × 2 ÷ 86,400 × 2 = 6,944.44/s.
    expect(tied.metrics['qps.write.peak'].value).toBeCloseTo(6944.444, 2)
  })

  it('estimate prints the correlations table and the share column', async () => {
    const r = await sizeup(['estimate', '-'], SPEC)
    expect(r.stdout).toContain('Correlated inputs: samples reordered (Iman–Conover) to the stated rank correlation')
    expect(r.stdout).toMatch(/│ users\.mau\s+│ workloads\.posts\.writes\.perUserPerDay │ 0\.6\s+│ 0\.6\d*\s+│/)
    expect(r.stdout).toContain('share of variance')
    expect((await sizeup(['estimate', '-'], INDEPENDENT)).stdout).not.toContain('Correlated inputs')
  })

  it('the design document lists them under uncertainty', async () => {
    const r = await sizeup(['report', '-'], SPEC)
    expect(r.stdout).toContain('| users.mau | workloads.posts.writes.perUserPerDay | 0.6 |')
    expect(r.stdout).toContain('| input | share of variance | at its p5 | at its p95 |')
  })

  it('explain says which input is correlated with which, and each input\'s share of a headline metric', async () => {
    const text = (await sizeup(['explain', '-', 'qps.write.peak'], SPEC)).stdout
    expect(text).toContain('correlated: rank ρ 0.6 with workloads.posts.writes.perUserPerDay')
    expect(text).toContain('correlated: rank ρ 0.6 with users.mau')
    expect(text).toMatch(/variance: (workloads\.posts\.writes\.perUserPerDay|users\.mau) 7\d(\.\d+)?%/)
    const json = JSON.parse((await sizeup(['explain', '-', 'qps.write.peak', '--json'], SPEC)).stdout)
    expect(json.metrics[0].uncertainty.shares.map((s: {input: string}) => s.input).sort()).toEqual(['users.dau.share', 'users.mau', 'workloads.posts.writes.perUserPerDay'])
  })
})

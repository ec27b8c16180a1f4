import {describe, expect, it} from 'vitest'
import {diagnosticsOf} from '../helpers/spec.js'
import {loadSpec} from '../../src/spec/load.js'
import {spearman} from '../../src/quantity/rank-correlation.js'

/*
 * `correlations:` — two ranged fields whose samples move together
 * (Iman–Conover reordering, src/spec/correlations.ts): each keeps its own
 * samples, only their order changes; every problem located at once.
 */

const spec = (correlations: string): string => `name: Correlated
users: {mau: 150M..600M, dau: 40%..62.5%}
workloads:
  posts:
    writes: {perUserPerDay: 1..4}
    reads: {perUserPerDay: 5..20}
    recordSize: 800 B
${correlations}`

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

describe('correlations between ranged inputs', () => {
  it('orders the samples of the two fields to the stated rank correlation, keeping their values', async () => {
    const free = await loadSpec(spec(''), 'spec.yaml')
    const tied = await loadSpec(spec('correlations:\n  - {between: [users.mau, workloads.posts.writes.perUserPerDay], rank: 0.6}\n'), 'spec.yaml')
    const mau = (s: typeof free) => s.model.users.mau!.samples!
    const writes = (s: typeof free) => s.model.workloads[0]!.writes!.amount.samples!
    expect(Math.abs(spearman(mau(free), writes(free)))).toBeLessThan(0.03)
    // 10,000 samples (the default), seed 1: within 0.01 of 0.6.
    expect(Math.abs(spearman(mau(tied), writes(tied)) - 0.6)).toBeLessThan(0.01)
    expect([...mau(tied)].sort()).toEqual([...mau(free)].sort())
    // Fields not named keep their samples in the order they were drawn.
    expect(tied.model.workloads[0]!.reads!.amount.samples).toEqual(free.model.workloads[0]!.reads!.amount.samples)
    expect(tied.correlations).toEqual([{between: ['users.mau', 'workloads.posts.writes.perUserPerDay'], rank: 0.6, achieved: 0.5961}])
  })

  it('locates a name that is no ranged field, a pair stated twice or with itself, and an impossible set, all at once', async () => {
    const yaml = spec(`correlations:
  - {between: [users.mua, workloads.posts.writes.perUserPerDay], rank: 0.6}
  - {between: [users.dau, users.dau], rank: 0.5}
  - {between: [users.mau, workloads.posts.recordSize], rank: 0.5}
  - {between: [users.mau, users.dau], rank: 0.2}
  - {between: [users.dau, users.mau], rank: 0.3}
`)
    expect(await located(yaml)).toEqual([
      '9:16: `correlations[0]`: `users.mua` is not a ranged field of this spec | did you mean `users.mau`?',
      '10:15: `correlations[1]`: `users.dau` is paired with itself | name two different ranged fields',
      // A fixed size is no range: the list of those that are.
      '11:27: `correlations[2]`: `workloads.posts.recordSize` is not a ranged field of this spec | ranged fields: users.mau, users.dau, workloads.posts.writes.perUserPerDay, workloads.posts.reads.perUserPerDay',
      '13:5: `correlations[4]`: `users.dau` and `users.mau` are already correlated by `correlations[3]` | state each pair once',
    ])
  })

  it('refuses correlations that cannot hold together, and |ρ| of 1 or more, at their place', async () => {
    const impossible = spec(`correlations:
  - {between: [users.mau, users.dau], rank: 0.9}
  - {between: [users.dau, workloads.posts.writes.perUserPerDay], rank: 0.9}
  - {between: [users.mau, workloads.posts.writes.perUserPerDay], rank: -0.9}
`)
    expect(await located(impossible)).toEqual([
      '9:3: `correlations`: these rank correlations cannot hold together (the matrix of 3 fields is not positive definite) | lower the strongest ones, or check their signs: if a moves with b and b with c, a cannot move against c as strongly',
    ])
    const tooStrong = await diagnosticsOf(spec('correlations:\n  - {between: [users.mau, users.dau], rank: 1.2}\n'))
    expect(tooStrong.map((d) => `${d.line}:${d.column}`)).toEqual(['9:45'])
    expect(tooStrong[0]!.message).toMatch(/rank/)
  })
})

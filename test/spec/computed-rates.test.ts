import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

// A rate written in one basis can be named in any other by an expression:
// `reads: {perDay: 10 * writes.perDay}` when writes are given per user. Before,
// `writes.perDay` was "not a number field of this spec" unless written as such.

const spec = (writes: string, reads: string, users = 'users: {mau: 1M, dau: 100K}\n'): string =>
  `name: Rates\n${users}workloads:\n  posts:\n    writes: ${writes}\n    reads: ${reads}\n    recordSize: 1 KB\n`

const problems = async (yaml: string): Promise<[number, number, string, string | null][]> => (await diagnosticsOf(yaml)).map((d) => [d.line, d.column, d.message, d.hint])

describe('rates named in another basis', () => {
  it('per day, from a rate per daily user', async () => {
    const e = await estimateYaml(spec('{perUserPerDay: 2}', '{perDay: 10 * writes.perDay}'))
    // writes per day = 2 × 100,000 DAU = 200,000; reads = 10 × that = 2,000,000
    expect(value(e, 'requests.read.perDay')).toBe(2_000_000)
    expect(value(e, 'input.workloads.posts.reads.perDay')).toBe(2_000_000)
  })

  it('per second, from a rate per monthly user, with the spec\'s month', async () => {
    const e = await estimateYaml(`${spec('{perUserPerMonth: 30}', '{perSecond: 5 * writes.perSecond}')}conventions: {month: 2.5M s}\n`)
    // writes per day = 30 × 1 M MAU ÷ (2,500,000 ÷ 86,400 = 28.935 days) = 1,036,800;
    // per second ÷ 86,400 = 12; reads 5 × 12 = 60/s = 5,184,000 a day
    expect(value(e, 'input.workloads.posts.reads.perSecond')).toBeCloseTo(60, 9)
    expect(value(e, 'requests.read.perDay')).toBeCloseTo(5_184_000, 3)
  })

  it('per daily user, from a total, with DAU as a share of MAU', async () => {
    const e = await estimateYaml(spec('{perDay: 1M}', '{perUserPerDay: 3 * writes.perUserPerDay}', 'users: {mau: 1M, dau: 50%}\n'))
    // writes per daily user = 1,000,000 ÷ 500,000 = 2; reads 6 per daily user × 500,000 = 3,000,000 a day
    expect(value(e, 'input.workloads.posts.reads.perUserPerDay')).toBe(6)
    expect(value(e, 'requests.read.perDay')).toBe(3_000_000)
  })

  it('of another workload, by its full path', async () => {
    const e = await estimateYaml(`name: Feed
users: {mau: 1M, dau: 100K}
workloads:
  posts:
    writes: {perUserPerDay: 2}
    recordSize: 1 KB
  timeline:
    reads: {perDay: 50 * workloads.posts.writes.perDay}
    readSize: 10 KB
`)
    // 50 × 200,000 = 10,000,000 timeline reads a day
    expect(value(e, 'workload.timeline.requests.read.perDay')).toBe(10_000_000)
  })

  it('follows ranges sample by sample', async () => {
    const e = await estimateYaml(spec('{perUserPerDay: 2}', '{perDay: 10 * writes.perDay}', 'users: {mau: 1M, dau: 50K..150K}\n'))
    const reads = e.uncertainty!.bands['requests.read.perDay']!
    const writes = e.uncertainty!.bands['requests.write.perDay']!
    expect(reads.p5 / writes.p5).toBeCloseTo(10, 9)
    expect(reads.p95 / writes.p95).toBeCloseTo(10, 9)
  })

  it('refuses a misspelt basis, an unwritten rate, another workload by short name, a cycle, and missing users', async () => {
    expect(await problems(spec('{perDay: 1M}', '{perDay: 10 * writes.perDya}'))).toEqual([
      [6, 21, '`workloads.posts.reads.perDay` refers to `writes.perDya`, which is not a number field of this spec', 'did you mean `writes.perDay`? a rate can be named in any basis: perUserPerDay, perUserPerMonth, perSecond, perDay, perMonth, perMinute, perHour, perWeek, perYear'],
    ])
    expect((await problems(spec('{perDay: 1M}', '{perDay: 10 * likes.writes.perDay}')))[0]![3]).toBe("another workload's rate is named by its full path, e.g. `workloads.likes.writes.perDay`")
    // writes.perDay is computed from writes.perUserPerDay, which reads reads.perDay: a cycle through a computed rate
    expect(await problems(spec('{perUserPerDay: reads.perDay / 100K}', '{perDay: 10 * writes.perDay}'))).toEqual([
      [6, 21, 'circular reference: `workloads.posts.reads.perDay` → `workloads.posts.writes.perDay` → `workloads.posts.writes.perUserPerDay` → `workloads.posts.reads.perDay`', 'a field cannot depend on itself; give one of them a plain value'],
    ])
    expect(await problems(spec('{perDay: 1M}', '{perSecond: writes.perUserPerDay}', 'users: {mau: 1M}\n'))).toEqual([
      [6, 24, '`workloads.posts.reads.perSecond` refers to `workloads.posts.writes.perUserPerDay`, a rate per daily active user computed from `workloads.posts.writes.perDay`, but the spec gives no `users.dau`', 'add `users.dau` under `users:`, or name the rate in a basis without users, such as `workloads.posts.writes.perDay`'],
    ])
  })
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'push-fanout-celebrities'

const spec = (maxFollowers: string, extra = ''): string => `name: T
users: {mau: 300M, dau: 150M}
workloads:
  posts:
    writes: {perUserPerDay: 2}
    reads: {perUserPerDay: 10}
    recordSize: 800 B
    retention: 5 years
    access: timeline
    fanout:
      averageFollowers: 200
      maxFollowers: ${maxFollowers}
${extra}`

const PUSH = `name: Push only
matrices:
  fanout:
    allow: [push]
`

const cases: Case[] = [
  {name: 'celebrities with the shipped matrices: hybrid', spec: spec('100M'), findings: []},
  {name: 'push with no account past 5,000 followers', spec: spec('5000'), findings: []},
  // The design lets the largest accounts' posts arrive in minutes: the fan-out matrix pushes (celebrities-may-lag),
  // and the storm is accepted, not warned of.
  {name: 'push where the largest accounts\' posts may lag (System Design Primer, Twitter)', spec: spec('100M', '      largestMayLag: true\n'), findings: []},
  {name: 'push forced by an overlay where the largest accounts\' posts may lag', spec: spec('100M', '      largestMayLag: true\n'), overlay: PUSH, findings: []},
  {
    // 150 M × 2 posts a day ÷ 86,400 × 2 = 6,944/s at peak.
    name: 'push with 100 M followers on the largest accounts',
    spec: spec('100M'),
    overlay: PUSH,
    findings: [
      {
        severity: 'warn',
        line: 12,
        column: 21,
        path: 'workloads.posts.fanout.maxFollowers',
        message: '`posts` fans out by push, and the largest accounts have 100 M followers (at least 1 M): one of their posts is 100 M timeline writes, on top of 6,944/s posts at peak',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'cache-hot-set-fit'

/** 1.5 B timeline reads a day of 800 B: 20 % × 1.5 B × 800 B = 240 GB hot. */
const FEED = `name: T
users: {mau: 300M, dau: 150M}
workloads:
  posts:
    writes: {perUserPerDay: 2}
    reads: {perUserPerDay: 10}
    recordSize: 800 B
    retention: 1 year
    access: timeline
`

/** An overlay that counts 100 GB of usable memory per Redis node. */
const BIG_NODES = `name: Big caches
capacities:
  Redis:
    memoryPerNode:
      value: 100 GB
      source: "our r7g.4xlarge nodes"
`

const cases: Case[] = [
  {
    // 240 GB ÷ 70 % = 343 GB to provision ÷ 12.9 GB usable = 26.6 → 27 shards (348 GB).
    name: 'the shipped figures give the hot set room',
    spec: FEED,
    findings: [],
  },
  {
    // 343 GB ÷ 100 GB → 4 shards; 4 × 12.9 GB usable on a reference node = 51.5 GB.
    name: 'an overlay that counts 100 GB a node',
    spec: FEED,
    overlay: BIG_NODES,
    findings: [
      {
        severity: 'warn',
        line: 6,
        column: 12,
        path: 'workloads.posts.reads',
        message: "the `posts` hot set is 240 GB, but the plan's 4 Redis shards hold 51.5 GB (12.9 GB usable each)",
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

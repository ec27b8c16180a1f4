import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'fanout-without-queue'

const FEED = `name: T
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
      maxFollowers: 100M
`

/** An organisation that runs no broker: the queue decision can only be `none`. */
const NO_BROKER = `name: No broker
technologies: [PostgreSQL, Redis]
`

const cases: Case[] = [
  {name: 'fan-out through Kafka', spec: FEED, findings: []},
  {
    // 6,944 posts/s at peak × 200 followers = 1.39 M timeline inserts/s.
    name: 'fan-out with no queue',
    spec: FEED,
    overlay: NO_BROKER,
    findings: [
      {
        severity: 'warn',
        line: 11,
        column: 7,
        path: 'workloads.posts.fanout',
        message: '`posts` fans out to 200 followers on average (1.39 M/s timeline inserts at 6,944/s writes), but the queue decision is `none`: the fan-out runs inside the write request',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

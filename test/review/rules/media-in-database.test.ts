import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'media-in-database'

const spec = (recordSize: string, media: string): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  posts:
    writes: {perUserPerDay: 2}
    reads: {perUserPerDay: 10}
    recordSize: ${recordSize}
    media: ${media}
    retention: 1 year
`

/** An organisation that keeps media in its database whatever the numbers say. */
const IN_DATABASE = `name: Blobs
matrices:
  media-path:
    allow: [in-database]
`

const cases: Case[] = [
  {
    // 10 % × 50 KB = 5 KB of media per 10 KB record: 0.5×, and objects under 256 KB.
    name: 'small avatars, half the bytes of the profiles: the matrix keeps them in the database',
    spec: spec('10 KB', '{writeShare: 10%, size: 50 KB}'),
    findings: [],
  },
  {
    name: 'large media with the shipped matrices goes to object storage',
    spec: spec('800 B', '{writeShare: 10%, size: 1 MB, readShare: 1%}'),
    findings: [],
  },
  {
    // 2 M posts a day: 1.6 GB of text, 10 % × 1 MB = 200 GB of media (125×).
    name: '1 MB media kept in the database',
    spec: spec('800 B', '{writeShare: 10%, size: 1 MB, readShare: 1%}'),
    overlay: IN_DATABASE,
    findings: [
      {
        severity: 'warn',
        line: 8,
        column: 12,
        path: 'workloads.posts.media',
        message: '`posts` keeps its media in the database: 200 GB of media a day against 1.6 GB of text (125×, at least 10×), and objects of 1 MB (at least 1 MB)',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

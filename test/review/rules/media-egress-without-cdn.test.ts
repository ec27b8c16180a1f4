import {describe, expect, it} from 'vitest'
import {actual, type Case, expected} from '../helpers.js'

const RULE = 'media-egress-without-cdn'

const spec = (readShare: string): string => `name: T
users: {mau: 10M, dau: 1M}
workloads:
  photos:
    writes: {perSecond: 100}
    reads: {perSecond: 10000}
    recordSize: 500 B
    media:
      size: 1 MB
      readShare: ${readShare}
    retention: 1 year
`

const ORIGIN_ONLY = `name: No CDN
matrices:
  media-path:
    allow: [object-storage]
`

const cases: Case[] = [
  {name: 'read media goes through a CDN with the shipped matrices', spec: spec('1%'), findings: []},
  {
    // 20,000 reads/s at peak × 0.1 % × 1 MB = 20 MB/s.
    name: 'little media egress from the origin',
    spec: spec('0.1%'),
    overlay: ORIGIN_ONLY,
    findings: [],
  },
  {
    // 20,000 reads/s at peak × 1 % × 1 MB = 200 MB/s.
    name: '200 MB/s of media from the origin',
    spec: spec('1%'),
    overlay: ORIGIN_ONLY,
    findings: [
      {
        severity: 'warn',
        line: 10,
        column: 18,
        path: 'workloads.photos.media.readShare',
        message: '`photos` serves 200 MB/s of media at peak from Amazon S3 (object-storage), with no CDN in front (above 100 MB/s)',
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

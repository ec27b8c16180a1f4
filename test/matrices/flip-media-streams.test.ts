import {describe, expect, it} from 'vitest'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {FlipPoint, Matrix} from '../../src/matrices/types.js'
import {toFacts} from './cases.js'

const byId = (id: string): Matrix => MATRICES.find((m) => m.id === id)!
const compact = (points: readonly FlipPoint[]): Record<string, string[]> =>
  Object.fromEntries(points.map((p) => [p.fact, p.flips.map((f) => `${f.direction} ${flipRangeText(f, p.unit)} → ${f.becomes?.id ?? 'not asked'}`)]))

describe('flip points of the media and stream matrices (hand-derived)', () => {
  it('upload: YouTube\'s 300 MB videos from devices stay resumable unless servers upload them', () => {
    // large-objects (300 MB ≥ 100 MB): multipart +2, resumable +2, single −1; large-maximum (1 GB): +1 each;
    // from-devices: resumable +2 → resumable 5, multipart 3.
    // Under 100 MB on average: large-objects off → resumable 3, multipart 1; under 5 MiB still the
    // 1 GB maximum keeps from-devices on and small-objects off: no size flips it.
    // From servers: from-devices off, from-servers on → multipart 2 + 1 + 2 = 5, resumable 3.
    const d = select(byId('upload'), toFacts({hasMedia: true, mediaObjectBytes: 300e6, mediaMaxBytes: 1e9, uploadsFrom: 'devices'}))
    expect(d.choice.id).toBe('resumable')
    expect(compact(d.flipPoints)).toEqual({hasMedia: ['other no → not asked'], mediaObjectBytes: [], mediaMaxBytes: [], uploadsFrom: ['other servers → multipart']})
  })

  it('upload: Google Drive\'s 500 KB files go in one request once no file can reach 5 MiB', () => {
    // large-maximum (10 GB): multipart +1, resumable +1; beyond-one-request (10 GB > 5 GB): single −5;
    // from-devices (10 GB ≥ 5 MiB): resumable +2 → resumable 3, multipart 1.
    // Largest file under 5 MiB: large-maximum, beyond and from-devices off, small-objects on → single 2.
    const d = select(byId('upload'), toFacts({hasMedia: true, mediaObjectBytes: 500e3, mediaMaxBytes: 10e9, uploadsFrom: 'devices'}))
    expect(d.choice.id).toBe('resumable')
    expect(compact(d.flipPoints).mediaMaxBytes).toEqual(['down below 5.24 MB → single-request'])
  })

  it('stream time: ad clicks close each minute at a watermark; an hour\'s staleness lets late clicks update it', () => {
    // late-events: watermark +2, late-updates +2, processing −2; results-used-at-once (1 min < 1 hour): watermark +1
    // → watermark 3, late-updates 2. Stale by an hour or more: results-read-later instead → late-updates 3, watermark 2.
    // No late events: no-late-events alone → processing 2. At-most-once adds processing +2: −2 + 2 = 0 < 3, no change.
    const d = select(byId('stream-time'), toFacts({hasAnalytics: true, analyticsLateEvents: true, analyticsFreshness: 60, delivery: 'exactly-once'}))
    expect(d.choice.id).toBe('event-time-watermark')
    expect(compact(d.flipPoints)).toEqual({
      hasAnalytics: ['other no → not asked'],
      analyticsLateEvents: ['other no → processing-time'],
      analyticsFreshness: ['up 1h or more → event-time-late-updates'],
      delivery: [],
    })
  })
})

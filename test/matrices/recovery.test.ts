import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'
import {STREAM_VIEWS} from '../helpers/spec.js'

/*
 * The stream-job recovery decision (data/matrices/recovery.yaml): asked of a
 * workload aggregated fresher than an hour (a stream job), with its flip
 * points worked out by hand.
 */

const matrix = matrixById('recovery')

/** A stream job's page views (test/helpers/spec.ts). */
const VIEWS = STREAM_VIEWS

describe('recovery', () => {
  it('ad clicks billed exactly once, late clicks awaited: snapshots; at least once a re-read, at most once none', () => {
    // exact-counts: snapshots 3, replay-log −1, none −3; windows-held-open: snapshots +1 → 4, −1, −3.
    // At least once: replay-log 2 > snapshots 1. At most once: none 3 > 1. Exactly once without late events: 3, still snapshots.
    // Results an hour stale or more: a scheduled job, not asked; without analytics, not asked.
    const d = select(matrix, toFacts({hasAnalytics: true, analyticsFreshness: 60, analyticsLateEvents: true, delivery: 'exactly-once'}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['snapshots', 4, 'replay-log', -1])
    expect(flipsOf(d.flipPoints)).toEqual({
      hasAnalytics: ['other no → not asked'],
      analyticsFreshness: ['up 1h or more → not asked'],
      delivery: ['other at-least-once → replay-log', 'other at-most-once → none'],
    })
  })

  it('reads the ad click design as published, a stream of page views counted at least once, and no batch job', async () => {
    const clicks = await reportOfFile('examples/published-designs/xu-ad-click-aggregation.yaml')
    expect(clicks.decisions.filter((d) => d.matrix === 'recovery').map((d) => [d.id, d.choice.id])).toEqual([['recovery.clicks', 'snapshots']])
    // recount-is-absorbed: replay-log 2.
    expect((await reportOfYaml(VIEWS)).decisions.find((d) => d.id === 'recovery.views')?.choice.id).toBe('replay-log')
    expect((await reportOfYaml(VIEWS.replace('1 min', '1 day'))).decisions.some((d) => d.matrix === 'recovery')).toBe(false)
  })
})

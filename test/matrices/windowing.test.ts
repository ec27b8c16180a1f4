import {describe, expect, it} from 'vitest'
import {flipRangeText} from '../../src/matrices/flip-text.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {select} from '../../src/matrices/select.js'
import type {FlipPoint, Matrix} from '../../src/matrices/types.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'
import {toFacts} from './cases.js'

/*
 * The windowing decision (data/matrices/windowing.yaml): asked of each
 * workload that states analytics or a ranking over a window, with its flip
 * points worked out by hand.
 */

const matrix = MATRICES.find((m) => m.id === 'windowing') as Matrix
const flipsOf = (points: readonly FlipPoint[]): Record<string, string[]> =>
  Object.fromEntries(points.filter((p) => p.flips.length > 0).map((p) => [p.fact, p.flips.map((f) => `${f.direction} ${flipRangeText(f, p.unit)} → ${f.becomes?.id ?? 'not asked'}`)]))
const unstated = {hasAnalytics: false, analyticsFreshness: null, rankWindow: null, delivery: null, analyticsSessionGap: null}

describe('windowing', () => {
  it('clicks counted every minute and billed once: tumbling; a session gap would make them sessions', () => {
    // fixed-intervals (60 s > 0): tumbling 2; counted-once (exactly-once): tumbling 1 → 3.
    // Stating a session gap: per-session, session 4 > 3. A ranking window too: sliding 2 < 3, no change.
    const d = select(matrix, toFacts({...unstated, hasAnalytics: true, analyticsFreshness: 60, delivery: 'exactly-once', analyticsSessionGap: 0}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['tumbling', 3, 'sliding', 0])
    expect(flipsOf(d.flipPoints)).toEqual({hasAnalytics: ['other no → not asked'], analyticsSessionGap: ['up above 0s → session']})
  })

  it('the top ads of the last minute slide; without the window the ranking is not windowed at all', () => {
    // last-period (60 s > 0): sliding 2. At 0 s (a running score) the matrix does not apply.
    const d = select(matrix, toFacts({...unstated, rankWindow: 60}))
    expect([d.choice.id, d.choice.score]).toEqual(['sliding', 2])
    expect(d.reasons).toEqual(['the ranking counts the last 1m as of each refresh: a window that moves with the clock, each event counted in every window that covers it'])
    expect(flipsOf(d.flipPoints).rankWindow).toEqual(['down 0s → not asked'])
  })

  it("reads the ad click design's two workloads: tumbling for the counts, sliding for the top ads", async () => {
    const report = await reportOfFile('examples/published-designs/xu-ad-click-aggregation.yaml')
    const asked = report.decisions.filter((d) => d.matrix === 'windowing')
    expect(asked.map((d) => [d.id, d.choice.id])).toEqual([['windowing.clicks', 'tumbling'], ['windowing.top-ads', 'sliding']])
  })

  it('a stated session gap makes per-visit analytics session windows; zero is an error at the value', async () => {
    const spec = `${MINIMAL}    analytics: {freshness: 1 hour, sessionGap: 30 min}\n`
    const report = await reportOfYaml(spec)
    // fixed-intervals 2 (3,600 s > 0); per-session 4 (1,800 s > 0) → session 4, tumbling 2.
    const d = report.decisions.find((x) => x.id === 'windowing.items')!
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['session', 4, 'tumbling', 2])
    // Line 10 is the analytics line after MINIMAL's nine; column 48 is where `0 s` starts.
    const problems = (await diagnosticsOf(spec.replace('30 min', '0 s'))).map((p) => `${p.line}:${p.column}: ${p.message} | ${p.hint}`)
    expect(problems).toEqual(['10:48: `workloads.items.analytics.sessionGap` must be longer than zero | the inactivity that ends a session, e.g. `30 min`'])
  })
})

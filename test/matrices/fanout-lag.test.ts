import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * fanout.largestMayLag: a design that lets the most-followed accounts' posts
 * reach their followers in minutes ("Fanning out a tweet to all of your
 * followers should be fast, unless you have millions of followers": the
 * System Design Primer's Twitter) pushes them too (data/matrices/fanout.yaml,
 * celebrities-may-lag), where the celebrity problem otherwise calls for the
 * hybrid.
 */
const TWEETS = (fanout: string) => `name: Tweets
conventions:
  month: 2.5M s
workloads:
  tweets:
    writes:
      perMonth: 15B
    reads:
      perMonth: 250B
    recordSize: 180 B
    access: timeline
    fanout:
${fanout}`
const fanout = (r: Report) => r.decisions.find((d) => d.id === 'fanout.tweets')!

describe('the largest accounts\' posts may lag', () => {
  it('pushes every post, the hybrid second, and flips back to the hybrid when the lag is not accepted', async () => {
    const r = await reportOfYaml(TWEETS('      averageFollowers: 10\n      maxFollowers: 1M\n      largestMayLag: true\n'))
    const d = fanout(r)
    // 250 B ÷ 15 B = 16.7 reads per write: read-heavy push +2, hybrid +1; celebrities-may-lag push +1.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['push', 3, 'hybrid', 1])
    expect(d.reasons[0]).toBe(
      'the largest accounts have 1 M followers, and the design lets their posts reach them in minutes: those posts are pushed too, in the background, so every timeline is read as it was written, with no merge of pulled posts at read time',
    )
    // Not accepted: celebrities (hybrid +4, pull +1, push −3) → hybrid 5, pull 1.
    expect(d.flipPoints.find((p) => p.fact === 'largestMayLag')!.flips).toEqual([{direction: 'other', is: false, becomes: expect.objectContaining({id: 'hybrid'})}])
    // The push-fanout-celebrities rule is silent: the design accepts the storm.
    expect(r.findings.filter((f) => f.ruleId === 'push-fanout-celebrities')).toEqual([])
  })

  it('keeps the hybrid where it is not stated, or stated false', async () => {
    expect(fanout(await reportOfYaml(TWEETS('      averageFollowers: 10\n      maxFollowers: 1M\n'))).choice.id).toBe('hybrid')
    expect(fanout(await reportOfYaml(TWEETS('      averageFollowers: 10\n      maxFollowers: 1M\n      largestMayLag: false\n'))).choice.id).toBe('hybrid')
  })

  it('needs maxFollowers, and is a yes or no: both located', async () => {
    await expect(reportOfYaml(TWEETS('      averageFollowers: 10\n      largestMayLag: true\n'), {file: 't.yaml'})).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({
          file: 't.yaml',
          line: 14,
          column: 22,
          path: 'workloads.tweets.fanout.largestMayLag',
          message: '`largestMayLag` speaks of the most-followed accounts, but `fanout` states no `maxFollowers`',
          hint: 'add their follower count, e.g. `maxFollowers: 1M`, or remove `largestMayLag`',
        }),
      ],
    })
    await expect(reportOfYaml(TWEETS('      averageFollowers: 10\n      maxFollowers: 1M\n      largestMayLag: minutes\n'), {file: 't.yaml'})).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({file: 't.yaml', line: 15, column: 22, path: 'workloads.tweets.fanout.largestMayLag', hint: 'for example `largestMayLag: true`'})],
    })
  })
})

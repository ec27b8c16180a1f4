import {describe, expect, it} from 'vitest'
import type {Report} from '../../src/analysis/report.js'
import {reportOfYaml} from '../helpers/analysis.js'

/**
 * queue stream-job (data/matrices/queue.yaml): an aggregation that wants its
 * results fresher than an hour is a stream job (processing.yaml's line), and a
 * stream job reads its events from a log it can re-read from committed offsets
 * (Kafka's consumer position; Flink's checkpoints rewind a replayable source).
 * Before, such a spec got "no broker" beside "stream recovery: re-read the log",
 * which the decision-contradiction rule then flagged.
 */
const CLICKS = (freshness: string) => `name: Clickstream
users: {dau: 10M}
workloads:
  clicks:
    writes: {perSecond: 5000}
    recordSize: 200 B
    retention: 7 days
    delivery: at-least-once
    analytics: {freshness: ${freshness}}
`
const queue = (r: Report) => r.decisions.find((d) => d.id === 'queue')!

describe('a stream job needs a log', () => {
  it('puts a one-minute aggregation on Kafka, and flips to no broker from an hour', async () => {
    const r = await reportOfYaml(CLICKS('1 minute'))
    const d = queue(r)
    // stream-job: kafka +3, none −3; nothing else fires (5,000/s × peak factor 2 = 10,000/s, under 58,000/s;
    // nothing-to-decouple no longer holds with a stream job): kafka 3, rabbitmq 0, none −3.
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['kafka', 3, 'rabbitmq', 0])
    expect(d.reasons[0]).toMatch(/^the clicks aggregation wants results at most 1m stale, which is a stream job's/)
    // At an hour or more the aggregation is a batch job's: nothing-to-decouple, none +1.
    expect(d.flipPoints.find((p) => p.fact === 'freshestAnalytics')!.flips).toEqual([expect.objectContaining({becomes: expect.objectContaining({id: 'none'})})])
    // The recovery's re-read of the log now has a log to re-read.
    expect(r.findings.filter((f) => f.ruleId === 'decision-contradiction')).toEqual([])
  })

  it('leaves an hourly aggregation without a broker', async () => {
    expect(queue(await reportOfYaml(CLICKS('1 hour'))).choice.id).toBe('none')
  })

  it('reads the freshest of several aggregations, and names its workload', async () => {
    const two = `${CLICKS('1 day')}  views:\n    writes: {perSecond: 100}\n    recordSize: 100 B\n    retention: 7 days\n    analytics: {freshness: 10 seconds}\n`
    const d = queue(await reportOfYaml(two))
    expect(d.choice.id).toBe('kafka')
    expect(d.reasons[0]).toMatch(/^the views aggregation wants results at most 10s stale/)
  })
})

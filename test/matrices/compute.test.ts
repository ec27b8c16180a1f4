import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The compute decision (data/matrices/compute.yaml): asked where the spec
 * states the platform the team runs (`team.platform`), with its flip points
 * worked out by hand.
 */

const matrix = matrixById('compute')
const quiet = {peakFactor: 2, analyticsJobs: false, statefulWorkers: null, hasConnections: false, transactions: false}

/** Clicks counted every minute: a stream job's analytics, on a system built from the ground up. */
const CLICKS = `name: Clicks
team: {platform: none}
workloads:
  clicks:
    writes: {perSecond: 10K}
    recordSize: 100 B
    retention: 30 days
    analytics: {freshness: 1 min}
`

describe('compute', () => {
  it('the leaderboard, built from the ground up with a 5× peak: functions; a job or stateful instances would keep them off', () => {
    // ground-up 2 + bursty (5 ≥ 4) 1 → serverless 3, containers 0.
    // Platform containers: containers 3 > 1; virtual machines: 3 > 1. Analytics: 3 − 4 = −1 → containers.
    // Stateful: 3 − 3 = 0, a tie the default (containers) takes. Connections: 3 − 2 = 1 > 0, no change;
    // transactions: 3 − 1 = 2, no change. Peak under 4×: serverless 2 > 0, no change.
    const d = select(matrix, toFacts({...quiet, platform: 'none', peakFactor: 5}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['serverless', 3, 'containers', 0])
    expect(flipsOf(d.flipPoints)).toEqual({
      platform: ['other containers → containers', 'other virtual-machines → virtual-machines'],
      analyticsJobs: ['other yes → containers'],
      statefulWorkers: ['other yes → containers'],
    })
  })

  it('reads the leaderboard as published, keeps the stream job off functions, and is not asked without a platform', async () => {
    const board = await reportOfFile('examples/published-designs/xu-leaderboard.yaml')
    expect(board.decisions.find((d) => d.id === 'compute')?.choice.id).toBe('serverless')
    // ground-up 2 − long-running-jobs 4 = −2: containers 0 (the default), virtual machines 0.
    const clicks = (await reportOfYaml(CLICKS)).decisions.find((d) => d.id === 'compute')!
    expect([clicks.choice.id, clicks.choice.score]).toEqual(['containers', 0])
    expect((await reportOfYaml(CLICKS.replace('team: {platform: none}\n', ''))).decisions.some((d) => d.matrix === 'compute')).toBe(false)
  })

  it('an overlay that allows only functions puts the stream job on them: a contradiction', async () => {
    const report = await reportOfYaml(CLICKS, {overlay: 'name: Functions only\nmatrices:\n  compute:\n    allow: [serverless]\n'})
    expect(report.decisions.find((d) => d.id === 'processing.clicks')?.choice.id).toBe('stream')
    // (The stream job with no queue chosen also recovers from a log it does not have: a contradiction of its own.)
    const found = report.findings.filter((f) => f.ruleId === 'decision-contradiction' && f.message.startsWith('Compute platform')).map((f) => f.message)
    // (Functions also have no instances for the autoscaling decision to scale, nor for the plan's app servers.)
    expect(found).toEqual([
      expect.stringMatching(/^Compute platform chooses serverless and Autoscaling chooses reactive: the code runs on functions/),
      expect.stringMatching(/^Compute platform chooses serverless and Stream or batch processing for `clicks` chooses Apache Flink \(stream\): a stream job runs continuously/),
    ])
  })

  it('functions beside an autoscaling decision and an app tier sized as servers: a contradiction, named on the leaderboard', async () => {
    // The leaderboard's plan sizes 4 app servers (peak 5,250 req/s) and the autoscaling decision scales them,
    // while the compute decision runs the code on functions, which have neither.
    const board = await reportOfFile('examples/published-designs/xu-leaderboard.yaml')
    const found = board.findings.filter((f) => f.ruleId === 'decision-contradiction' && f.message.startsWith('Compute platform')).map((f) => f.message)
    expect(found).toEqual([expect.stringMatching(/^Compute platform chooses serverless and Autoscaling chooses reactive: the code runs on functions/)])
    // On containers (the stream job keeps functions off the clicks) the app servers are the platform's: no finding.
    const clicks = await reportOfYaml(CLICKS)
    expect(clicks.findings.filter((f) => f.ruleId === 'decision-contradiction' && f.message.startsWith('Compute platform'))).toEqual([])
  })

  it('an unknown platform is an error at the value', async () => {
    const problems = (await diagnosticsOf(CLICKS.replace('platform: none', 'platform: lambda'))).map((p) => `${p.line}:${p.column}: ${p.message}`)
    // Line 2: `team: {platform: lambda}`: the value at column 18.
    expect(problems).toEqual(['2:18: `team.platform` must be one of `none`, `containers`, `virtual-machines` (got `lambda`)'])
  })
})

import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf} from '../helpers/spec.js'

/*
 * `consumers.bufferWhileDown`: the writes must wait out an outage of the store
 * their consumers write to (Xu's metrics collectors keep collecting while the
 * time-series database is down). The queue decision reads it.
 */
const spec = (consumers: string): string => `name: Metrics
${consumers}
workloads:
  metrics:
    writes: {perDay: 10M}
    delivery: at-most-once
    access: timeseries
`

describe('writes kept while their store is down', () => {
  it('put a log between the writers and the store, and say that without it no broker is needed', async () => {
    const report = await reportOfYaml(spec('consumers: {bufferWhileDown: true}'))
    const queue = report.decisions.find((d) => d.id === 'queue')!
    expect(queue.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['buffer-while-down'])
    // kafka +3, rabbitmq +1, none −3 (nothing-to-decouple no longer fires).
    expect([queue.choice.id, queue.choice.score, queue.runnerUp?.id, queue.runnerUp?.score]).toEqual(['kafka', 3, 'rabbitmq', 1])
    const flip = queue.flipPoints.find((f) => f.fact === 'bufferWhileDown')!
    expect(flip.flips.map((f) => [f.is, f.becomes?.id])).toEqual([[false, 'none']])
  })

  it('unstated, leave a system with nothing to decouple without a broker', async () => {
    const report = await reportOfYaml(spec(''))
    expect(report.decisions.find((d) => d.id === 'queue')?.choice.id).toBe('none')
  })

  it('is a yes or no, located at its value', async () => {
    const problems = (await diagnosticsOf(spec('consumers: {bufferWhileDown: maybe}'))).map((d) => `${d.line}:${d.column}: ${d.message}`)
    expect(problems).toEqual(['2:30: `consumers.bufferWhileDown` should be true or false, not text `maybe`'])
  })
})

import {describe, expect, it} from 'vitest'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'
import {loadSpec} from '../../src/spec/load.js'
import {analyseText} from '../../src/index.js'

/*
 * `analytics.lateEvents`: whether events reach the aggregation after their
 * window, which the stream-time decision reads. Not a yes/no: a schema error at
 * its value; stated, it is in the model; unstated, the decision is not asked.
 */
describe('analytics.lateEvents', () => {
  it('is a yes/no, located at its value', async () => {
    const [bad, ...rest] = await diagnosticsOf(`${MINIMAL}    analytics: {freshness: 1 min, lateEvents: sometimes}\n`)
    expect(rest).toEqual([])
    expect(`${bad!.line}:${bad!.column}`).toBe('10:47')
    expect(bad!.message).toContain('lateEvents')
  })

  it('is read into the model, and asks the stream-time decision only when stated', async () => {
    const stated = await loadSpec(`${MINIMAL}    analytics: {freshness: 1 min, lateEvents: true}\n`, 'spec.yaml')
    expect(stated.model.workloads[0]!.facts.analytics?.lateEvents).toBe(true)
    const unstated = await loadSpec(`${MINIMAL}    analytics: {freshness: 1 min}\n`, 'spec.yaml')
    expect(unstated.model.workloads[0]!.facts.analytics?.lateEvents).toBeNull()
    const asked = async (yaml: string): Promise<string | undefined> => (await analyseText(yaml)).decisions.find((d) => d.id === 'stream-time.items')?.choice.id
    expect(await asked(`${MINIMAL}    analytics: {freshness: 1 min, lateEvents: true}\n`)).toBe('event-time-watermark')
    expect(await asked(`${MINIMAL}    analytics: {freshness: 1 min, lateEvents: false}\n`)).toBe('processing-time')
    expect(await asked(`${MINIMAL}    analytics: {freshness: 1 min}\n`)).toBeUndefined()
  })
})

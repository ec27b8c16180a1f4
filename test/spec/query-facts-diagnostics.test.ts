import {describe, expect, it} from 'vitest'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'
import {loadSpec} from '../../src/spec/load.js'

/*
 * The facts of how a workload is queried, updated and pushed
 * (`updates`, `geo`, `ranking`, `push`, top-level `connections`): the checks a
 * JSON Schema cannot make, each located at its value, all of them at once.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

describe('query facts, checked', () => {
  it('reports every problem at its line and column', async () => {
    const spec = `name: Bad
users: {mau: 25M, dau: 5M}
connections: {concurrent: 0}
workloads:
  scores:
    writes: {perUserPerDay: 10}
    recordSize: 26 B
    updates: in-place
    retention: 30 days
    growth: 10%
    media: {size: 1 MB}
    geo: nearest
    ranking: {refresh: 1 hour, window: 0 s}
  positions:
    writes: {perSecond: 1K}
    recordSize: 50 B
    push: {recipients: 0}
`
    expect(await located(spec)).toEqual([
      '3:27: `connections.concurrent` must be greater than zero | the clients connected at once at peak, e.g. `1M` or `10% * users.dau`; leave `connections` out if clients hold none open',
      '8:14: `updates: in-place` keeps one record per key, but `scores` does not say how many keys | add `records:`, the keys held: e.g. `records: 25M` (one score per player) or `records: users.mau`',
      "9:5: `retention` has no effect with `updates: in-place`: each write replaces its key's record, so nothing accumulates to expire | remove `retention`, or write `updates: append` if every write adds a record",
      '10:5: `growth` has no effect with `updates: in-place`: the write volume adds no records; state the keys held (`records`) as they will be | remove `growth`, or write `updates: append` if every write adds a record',
      '11:5: `media` has no effect with `updates: in-place`: media objects are stored apart and accumulate; describe them in a workload of their own | remove `media`, or write `updates: append` if every write adds a record',
      "12:5: `geo` says what a geo query asks for, but the workload's `access` is not `geo` | add `access: geo`, or remove it",
      "13:5: `ranking` says what ranking reads return, but the workload's `access` is not `ranking` | add `access: ranking`, or remove it",
      '13:40: `workloads.scores.ranking.window` must be longer than zero | the period whose events the ranking counts, e.g. `1 min` or `7 days`; leave it out for a running score',
      '17:24: `workloads.positions.push.recipients` must be at least 1 | the connected clients each write goes to; leave `push` out if writes are not pushed',
    ])
  })

  it('a push needs connections; a misspelt value is a schema error with its choices', async () => {
    expect(await located(`${MINIMAL}    push: true\n`)).toEqual([
      '10:5: `push` sends each write to connected clients, but the spec states no `connections` | add `connections: {concurrent: …}` at the top level: how many clients hold a connection open at once',
    ])
    const [bad] = await diagnosticsOf(`${MINIMAL}    updates: inplace\n`)
    expect(`${bad!.line}:${bad!.column}`).toBe('10:14')
    expect(bad!.message).toContain('in-place')
  })

  it('accepts what it documents, and reads it into the model', async () => {
    const spec = `${MINIMAL.replace('workloads:', 'connections: {concurrent: 10% * users.dau, bidirectional: true}\nworkloads:')}    access: geo
    geo: nearest
    updates: in-place
    records: users.mau
    push: true
    fanout: {averageFollowers: 40}
  board:
    writes: {perDay: 1M}
    recordSize: 26 B
    access: ranking
    ranking: {member: true, refresh: 0 s, window: 7 days}
    push: {recipients: 3}
`
    expect(await located(spec)).toEqual([])
    const {model} = await loadSpec(spec, 'spec.yaml')
    const [items, board] = model.workloads
    expect(model.connections?.concurrent?.value).toBeCloseTo(10_000, 6)
    expect(model.connections?.bidirectional).toBe(true)
    expect(items!.facts).toMatchObject({access: 'geo', geo: 'nearest', updates: 'in-place', ranking: null})
    // `push: true` goes to the fan-out's average followers
    expect(items!.facts.push?.recipients).toMatchObject({value: 40, path: 'workloads.items.fanout.averageFollowers'})
    expect(board!.facts.ranking).toMatchObject({member: true, refresh: {value: 0}, window: {value: 7 * 86_400}})
    expect(board!.facts.push?.recipients.value).toBe(3)
    expect(board!.facts.updates).toBeNull()
  })
})

describe('connections without a figure', () => {
  it('may state only who sends, or that each client waits for one answer; a non-boolean is located', async () => {
    const spec = MINIMAL.replace('workloads:', 'connections: {bidirectional: false, singleAnswer: true}\nworkloads:')
    expect(await located(spec)).toEqual([])
    const {model} = await loadSpec(spec, 'spec.yaml')
    expect(model.connections).toEqual({concurrent: null, bidirectional: false, singleAnswer: true})
    const [bad] = await diagnosticsOf(MINIMAL.replace('workloads:', 'connections: {singleAnswer: sometimes}\nworkloads:'))
    expect(`${bad!.line}:${bad!.column}`).toBe('5:29')
    expect(bad!.message).toContain('true or false')
  })
})

describe('resetEvery', () => {
  it('belongs to records replaced in place and is longer than zero, each located', async () => {
    expect(await located(`${MINIMAL}    resetEvery: 1 month\n`)).toEqual([
      "10:17: `resetEvery` says the records start over each period, but `items` does not replace them in place | add `updates: in-place` (one record per key, e.g. a player's score), or remove `resetEvery`; records that are added and later deleted take `retention`",
    ])
    expect(await located(`${MINIMAL}    updates: in-place\n    records: 1M\n    resetEvery: 0 days\n`)).toEqual([
      '12:17: `workloads.items.resetEvery` must be longer than zero | the period after which the records start over, e.g. `1 month`; leave it out if they never do',
    ])
    const {model} = await loadSpec(`${MINIMAL}    updates: in-place\n    records: 1M\n    resetEvery: 1 day\n`, 'spec.yaml')
    expect(model.workloads[0]!.facts.resetEvery?.value).toBe(86_400)
  })
})

describe('partition key', () => {
  it('is a name or a compound of names; anything else is located, with an example', async () => {
    expect(await located(`${MINIMAL}    partitionKey: "user_id; drop"\n`)).toEqual(['10:19: `workloads.items.partitionKey` has characters or a length it may not have (got `user_id; drop`) | for example `partitionKey: user_id`'])
    expect(await located(`${MINIMAL}    partitionKey: (channel_id, bucket)\n`)).toEqual([])
  })
})

describe('rollups', () => {
  it('locates a zero series count and a zero resolution or retention', async () => {
    const spec = `${MINIMAL}    retention: 7 days\n    rollups:\n      series: 0\n      tiers:\n        - {resolution: 0 s, retention: 30 days}\n        - {resolution: 1 hour, retention: 0 days}\n`
    expect(await located(spec)).toEqual([
      '12:15: `workloads.items.rollups.series` must be greater than zero | the distinct series the points belong to, e.g. `10M`',
      '14:24: `workloads.items.rollups.tiers.0.resolution` must be longer than zero | the interval one point summarises, e.g. `1 min`',
      '15:43: `workloads.items.rollups.tiers.1.retention` must be longer than zero | how long the tier keeps its points, e.g. `30 days`',
    ])
  })
})

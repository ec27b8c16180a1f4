import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

/*
 * `lookups`: records a workload's requests read by key besides their own (a
 * notification send's user, device token and setting). The rate is a ledger
 * metric; the cache, cache-strategy and cache-eviction decisions arise from it
 * where the workload's own reads would not call for a cache; the plan sizes
 * the cache by it; a write-heavy workload cached for its lookups is no
 * write-heavy cache-aside.
 */

// Xu, System Design Interview vol. 1, ch. 10: 10 million push notifications a day, each
// send fetching "user info, device token, and notification setting" (3 lookups).
const NOTIFICATIONS = `name: Notifications
workloads:
  push:
    writes: {perDay: 10M}
    lookups: {perWrite: 3}
`

describe('lookups', () => {
  it('are counted at peak: peak writes × lookups per write + peak reads × lookups per read', async () => {
    const e = await estimateYaml(NOTIFICATIONS)
    // 10,000,000 / 86,400 s = 115.74/s × peak factor 2 (default) = 231.48/s × 3 = 694.44/s
    expect(value(e, 'workload.push.lookups.peak')).toBeCloseTo((10_000_000 / 86_400) * 2 * 3, 9)
    const node = e.metrics.get('workload.push.lookups.peak')!
    expect(node.formula).toBe('peakWrites × perWrite')
    expect(node.inputs).toEqual({peakWrites: 'workload.push.qps.write.peak', perWrite: 'input.workloads.push.lookups.perWrite'})
    // Both sides: 1B reads a month ÷ 2.5M s = 400/s × 2 = 800/s × 50, + 10/s × 2 × 1 = 20/s → 40,020/s
    const both = await estimateYaml(`name: Graph
conventions: {month: 2.5M s}
workloads:
  people:
    reads: {perMonth: 1B}
    writes: {perSecond: 10}
    lookups: {perRead: 50, perWrite: 1}
`)
    expect(value(both, 'workload.people.lookups.peak')).toBeCloseTo(800 * 50 + 20 * 1, 9)
    expect(both.metrics.get('workload.people.lookups.peak')!.formula).toBe('peakReads × perRead + peakWrites × perWrite')
  })

  it('give a write-only workload a cache, filled aside and evicted LRU, with a flip point at 50 lookups/s', async () => {
    const report = await reportOfYaml(NOTIFICATIONS)
    const ids = report.decisions.map((d) => `${d.id}=${d.choice.id}`).filter((x) => x.startsWith('cache'))
    expect(ids).toEqual(['cache.push=memcached', 'cache-strategy.push=cache-aside', 'cache-eviction.push=lru'])
    const cache = report.decisions.find((d) => d.id === 'cache.push')!
    expect(cache.criteria.filter((c) => c.fired).map((c) => c.id)).toEqual(['looked-up-objects'])
    const flip = cache.flipPoints.find((f) => f.fact === 'peakLookupQps')!
    expect(flip.value).toBeCloseTo(694.444, 2)
    expect(flip.flips).toEqual([{direction: 'down', below: 50, becomes: null}])
    // The cache holds the looked-up records, so writes outnumbering reads is no finding here.
    expect(report.findings.map((f) => f.rule)).not.toContain('write-heavy-cache-aside')
    // The plan sizes the cache by the lookups.
    const node = report.plan.items.find((i) => i.component === 'cache.push')!
    expect(node.basis.join('; ')).toContain('peak reads and lookups 0/s + 694/s records looked up by key')
  })

  it('below 50 lookups/s at peak, or without them, no cache is asked', async () => {
    // 500,000 / 86,400 × 2 × 3 = 34.7/s: below the floor.
    const few = await reportOfYaml(NOTIFICATIONS.replace('10M', '500K'))
    expect(few.decisions.filter((d) => d.id.startsWith('cache'))).toEqual([])
    const none = await reportOfYaml(NOTIFICATIONS.replace('    lookups: {perWrite: 3}\n', ''))
    expect(none.decisions.filter((d) => d.id.startsWith('cache'))).toEqual([])
  })

  it('are checked where they count nothing, each problem at its value', async () => {
    const found = (await diagnosticsOf(`name: Bad
workloads:
  push:
    writes: {perDay: 10M}
    lookups: {perRead: 1, perWrite: 0}
`)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)
    expect(found).toEqual([
      '5:24: `workloads.push.lookups.perRead` counts lookups per read, but `push` has no `reads` | add `reads:` to `push` (e.g. `reads: {perDay: 10M}`), or remove `perRead`',
      '5:37: `workloads.push.lookups.perWrite` must be at least 1 | the records each request reads by key besides its own, e.g. `3` (user, device, settings); leave it out if there are none',
    ])
  })
})

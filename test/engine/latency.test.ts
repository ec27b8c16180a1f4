import {describe, expect, it} from 'vitest'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

const SPEC = (components: string, slo = 'slo: {latency: {p99: 200 ms}}'): string => `name: Feed
${slo}
workloads:
  feed:
    reads: {perSecond: 10K}
    recordSize: 1 KB
components:
${components}`

const FEED_API = `  - name: feed-api
    availability: 99.95%
    serves: feed.reads
    serviceTime: 5 ms
    concurrency: 4
    latency: 25 ms
`

describe('queueing per component', () => {
  it('sizes the feed API as one M/M/c pool', async () => {
    const e = await estimateYaml(SPEC(FEED_API))
    // λ = 10K/s × peak factor 2 = 20,000/s; a = 20,000 × 0.005 = 100 Erlangs
    expect(value(e, 'component.feed-api.arrivalRate')).toBe(20_000)
    expect(value(e, 'component.feed-api.offeredLoad')).toBeCloseTo(100, 9)
    // 26 × 4 = 104 workers (test/engine/queueing.test.ts finds 26 independently)
    expect(value(e, 'component.feed-api.instances.needed')).toBe(26)
    expect(value(e, 'component.feed-api.utilisation')).toBeCloseTo(100 / 104, 12)
    expect(value(e, 'component.feed-api.responseTime.p99')).toBeLessThanOrEqual(0.025)
    // S × ln(100) = 5 ms × 4.60517 = 23.03 ms
    expect(value(e, 'component.feed-api.responseTime.p99.serviceOnly')).toBeCloseTo(0.005 * Math.log(100), 12)
    // β = (104 − 100) ÷ √100 = 0.4
    expect(value(e, 'component.feed-api.staffing.beta')).toBeCloseTo(0.4, 12)
    const wait = value(e, 'component.feed-api.waitProbability')
    expect(value(e, 'component.feed-api.meanWait')).toBeCloseTo((wait * 0.005) / 4, 12)
  })

  it('takes a stated peak rate, and the SLO p99 as the budget by default', async () => {
    const e = await estimateYaml(SPEC(`  - {name: api, availability: 99.9%, peakRate: 1K/s, serviceTime: 10 ms}\n`, 'slo: {latency: {p99: 50 ms}}'))
    expect(value(e, 'component.api.latency.budget')).toBe(0.05)
    // a = 10 Erlangs, one worker per instance; the count the test of the math finds for (1,000/s, 10 ms, 1, 50 ms)
    expect(value(e, 'component.api.instances.needed')).toBeGreaterThan(10)
  })

  it('sums the budgets along the path, the slowest branch of a parallel group', async () => {
    const e = await estimateYaml(
      SPEC(`  - {name: lb, availability: 99.99%, latency: 5 ms}
${FEED_API}  - parallel:
      - {name: east, availability: 99.9%, latency: 40 ms}
      - {name: west, availability: 99.9%, latency: 60 ms}
    name: regions
`),
    )
    // 5 + 25 + max(40, 60) = 90 ms of the 200 ms p99
    expect(value(e, 'latency.budget.path')).toBeCloseTo(0.09, 12)
    expect(value(e, 'component.feed-api.latency.share')).toBeCloseTo(0.125, 12)
    expect(e.checks.find((c) => c.id === 'latency.budgetWithinSlo')?.pass).toBe(true)
  })

  it('fan-out: the backend percentile q^(1/n) and the chance of a slow backend 1 − q^n', async () => {
    const e = await estimateYaml(SPEC(`  - {name: search, availability: 99.9%, fanout: 100, latency: 50 ms}\n`))
    // 0.99^(1/100) = e^(ln 0.99 ÷ 100) = 0.99989950; 1 − 0.99^100 = 1 − 0.36603 = 0.63397 (Dean & Barroso's 63 %)
    expect(value(e, 'component.search.fanout.backendQuantile')).toBeCloseTo(0.9998995017, 9)
    expect(value(e, 'component.search.fanout.slowChance')).toBeCloseTo(0.6339676587, 9)
  })

  it('leaves specs without latency fields alone', async () => {
    const e = await estimateYaml(SPEC(`  - {name: lb, availability: 99.99%}\n`))
    expect(e.metrics.ids().filter((id) => id.startsWith('component.') || id.startsWith('latency.'))).toEqual([])
  })
})

describe('located errors', () => {
  const messages = async (components: string, slo?: string): Promise<string[]> => (await diagnosticsOf(SPEC(components, slo))).map((d) => `${d.line}:${d.column} ${d.message}`)

  it('reports every problem at once', async () => {
    const got = await messages(`  - {name: a, availability: 99.9%, serves: nope.reads, serviceTime: 5 ms}
  - {name: b, availability: 99.9%, serviceTime: 5 ms}
  - {name: c, availability: 99.9%, serves: feed.writes, serviceTime: 5 ms}
  - {name: d, availability: 99.9%, peakRate: 1K, concurrency: 2}
  - {name: e, availability: 99.9%, backendLatency: {p99: 5 ms}}
  - {name: a, availability: 99.9%, latency: 5 ms}
  - {name: 'x y', availability: 99.9%, latency: 5 ms}
`)
    expect(got).toEqual([
      '8:44 component `a` serves `nope`, which is not a workload',
      '9:49 component `b` states a `serviceTime` but not the load it serves',
      '10:44 component `c` serves the writes of `feed`, which states no writes',
      '11:5 component `d` states the load it serves but not its `serviceTime`',
      '11:63 `concurrency` of `d` sizes a queue, which needs a `serviceTime`',
      '12:52 `backendLatency` of `e` describes fanned-out backends, but the component has no `fanout`',
      '13:12 two components that size from latency are named `a`',
      '14:12 component `x y` sizes from latency, so its name must be a plain word (a letter, then letters, digits, `_` or `-`)',
    ])
  })

  it('a queue needs a budget: its own latency or the SLO p99', async () => {
    expect(await messages(`  - {name: api, availability: 99.9%, peakRate: 1K, serviceTime: 5 ms}\n`, 'slo: {availability: 99.9%}')).toEqual([
      '8:5 component `api` has no latency budget: it states no `latency` and the SLO no `latency.p99`',
    ])
  })
})

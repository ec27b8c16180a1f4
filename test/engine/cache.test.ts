import {describe, expect, it} from 'vitest'
import {reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf, estimateYaml, value} from '../helpers/spec.js'

// The cache's working set: by default 20 % of a day's reads × read size; a
// spec may state a window of reads or a number of keys instead; and the hot
// set is never more than the data the workload holds.

const presence = (cache = ''): string => `name: Presence
users: {mau: 2B, dau: 1B}
workloads:
  presence:
    writes: {perSecond: 100M / 30}
    reads: {perUserPerDay: 50}
    recordSize: 16 B
    retention: 30 s
${cache}`

/** Short links: 1 M written a day, kept 10 days, read 100 M times a day, with a stated cache. */
const urls = (cache: string): string => `name: Keys
workloads:
  urls:
    writes: {perDay: 1M}
    reads: {perDay: 100M}
    recordSize: 500 B
    retention: 10 days
    cache: ${cache}
`

describe('cache working set', () => {
  it('the hot set is never more than the data held (it was 100 × more in the chat example)', async () => {
    const e = await estimateYaml(presence())
    // Held: 100 M/30 writes/s × 86,400 s × (30 s ÷ 86,400 s) days × 16 B = 100 M × 16 B = 1.6 GB.
    expect(value(e, 'workload.presence.cache.dataHeldBytes')).toBeCloseTo(1.6e9, 0)
    // 20 % × 50 B reads × 16 B = 160 GB of candidates, capped at the 1.6 GB held.
    expect(value(e, 'workload.presence.cache.hotBytes')).toBeCloseTo(1.6e9, 0)
    expect(e.metrics.get('workload.presence.cache.hotBytes')!.formula).toBe('min(cacheHotShare × readsPerDay × readSize, dataHeld)')
    // 1.6 GB ÷ 70 % = 2.2857 GB to provision
    expect(value(e, 'workload.presence.cache.provisionedBytes')).toBeCloseTo(1.6e9 / 0.7, 0)
  })

  it('the plan sizes the capped cache: memory no longer decides the shard count', async () => {
    const report = await reportOfYaml(presence())
    const cache = report.plan.items.find((i) => i.role === 'cache')!
    // 160 GB ÷ 70 % over ~13 GB nodes was 18 shards; the capped 1.6 GB hot set, in Redis
    // (tech.redis.presence.memory: 100 M keys × (16 + 16 + 56 = 88 B) ÷ 70 % = 12.6 GB), fits one, so peak reads decide.
    expect(cache.basis[0]).toContain('12.6 GB')
    expect(cache.shards).toBeGreaterThan(1)
  })

  it('a month of reads at a stated share (a month of unique queries)', async () => {
    const e = await estimateYaml(`name: Search
workloads:
  queries:
    reads: {perDay: 5B}
    readSize: 1 KB
    cache: {window: 30 days, hotShare: 20%}
`)
    // A read-only workload holds nothing here, so nothing caps it:
    // 20 % × 5 B a day × 30 days × 1 KB = 30 B entries × 1,000 B = 30 TB.
    expect(e.metrics.get('workload.queries.cache.dataHeldBytes')).toBeUndefined()
    expect(value(e, 'workload.queries.cache.hotBytes')).toBeCloseTo(3e13, 0)
    expect(e.metrics.get('workload.queries.cache.hotBytes')!.formula).toBe('hotShare × readsPerDay × window ÷ secondsPerDay × readSize')
  })

  it('distinct keys × object size, capped by the data held', async () => {
    const e = await estimateYaml(urls('{keys: 20M, objectSize: 1 KB}'))
    // 20 M keys × 1 KB = 20 GB of entries, but only 1 M × 10 days × 500 B = 5 GB is held.
    expect(value(e, 'workload.urls.cache.dataHeldBytes')).toBe(5e9)
    expect(value(e, 'workload.urls.cache.hotBytes')).toBe(5e9)
    const small = await estimateYaml(urls('{keys: 2M}'))
    // 2 M keys × 500 B (the read size, which is the record size) = 1 GB, under the 5 GB held.
    expect(value(small, 'workload.urls.cache.hotBytes')).toBe(1e9)
    expect(small.metrics.get('workload.urls.cache.hotBytes')!.formula).toBe('min(keys × readSize, dataHeld)')
  })

  it('a cache of reads with no read size needs an object size', async () => {
    const e = await estimateYaml('name: Ids\nworkloads:\n  ids:\n    reads: {perDay: 1B}\n    cache: {keys: 1M, objectSize: 100 B}\n')
    // 1 M × 100 B = 100 MB
    expect(value(e, 'workload.ids.cache.hotBytes')).toBe(1e8)
  })

  it('refuses a working set that cannot be', async () => {
    const base = 'name: C\nworkloads:\n  w:\n    reads: {perDay: 1B}\n'
    expect((await diagnosticsOf(`${base}    readSize: 1 KB\n    cache: {keys: 1M, window: 30 days}\n`)).map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 23, 'give `cache.keys` or `cache.window`, not both'],
    ])
    expect((await diagnosticsOf(`${base}    cache: {keys: 1M}\n`)).map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [5, 5, 'the cache of `w` needs the bytes of an entry, but `w` states no read size', 'add `objectSize` under `cache:` (e.g. `objectSize: 1 KB`), or `readSize` to the workload'],
    ])
    expect((await diagnosticsOf('name: C\nworkloads:\n  w:\n    writes: {perDay: 1B}\n    recordSize: 1 KB\n    cache: {keys: 1M}\n')).map((d) => d.message)).toEqual([
      '`workloads.w.cache` sizes a cache of reads, but `w` has no `reads`',
    ])
    expect((await diagnosticsOf(`${base}    readSize: 1 KB\n    cache: {window: 0 s}\n`)).map((d) => d.message)).toEqual(['`workloads.w.cache.window` must be greater than zero'])
  })
})

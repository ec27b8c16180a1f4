import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadSpec} from '../../src/spec/load.js'
import {estimate} from '../../src/engine/estimate.js'
import {buildEstimateReport} from '../../src/analysis/estimate-report.js'
import {shortestKey, wholeServers} from '../../src/engine/provisioning.js'
import {estimateYaml, ROOT, value} from '../helpers/spec.js'

/** Relative closeness, for numbers too large for toBeCloseTo's absolute digits. */
function expectRel(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance)
}

/** 100 M records a day of 500 B, three replicas, kept 10 years: 100 M × 500 B × 3 × 3,650 days = 547.5 TB. */
const LINKS = `name: Links
users: {mau: 10M, dau: 1M}
workloads:
  links:
    writes: {perDay: 100M}
    reads: {perDay: 1B}
    recordSize: 500 B
    replication: 3
    retention: 10 years
`
const KEPT = 100e6 * 500 * 3 * 3650

describe('storage at a fill', () => {
  it('provisions the data kept ÷ the fill (every replica), and lists the fill as a convention', async () => {
    const spec = LINKS.replace('workloads:', 'conventions: {storageFill: 70%}\nworkloads:')
    const loaded = await loadSpec(spec, 'spec.yaml')
    const e = estimate(loaded.model)
    expect(value(e, 'workload.links.storage.total')).toBe(KEPT)
    // 547.5 TB ÷ 0.7 = 782.142857… TB
    expectRel(value(e, 'workload.links.storage.provisioned'), KEPT / 0.7)
    expect(e.metrics.get('workload.links.storage.provisioned')!.formula).toBe('kept ÷ fill')
    expect(e.metrics.get('workload.links.storage.provisioned')!.conventions).toContain('storageFill')
    expect(value(e, 'workload.links.storage.fill')).toBe(0.7)
    // the system: the sum of the workloads'
    expectRel(value(e, 'storage.provisioned'), KEPT / 0.7)
    const report = buildEstimateReport('spec.yaml', loaded.model, null, e)
    expect(report.conventions.find((c) => c.name === 'storageFill')).toEqual({
      name: 'storageFill',
      label: 'Storage fill',
      value: 0.7,
      display: '70% of every replica (bytes as stored)',
      source: 'spec',
      path: 'conventions.storageFill',
    })
  })

  it('applies to one copy when the fill is of logical bytes: kept ÷ replication ÷ fill', async () => {
    const e = await estimateYaml(LINKS.replace('    replication: 3\n', '    replication: 3\n    storageFill: 80%\n    storageFillOf: logical\n'))
    // 547.5 TB ÷ 3 ÷ 0.8 = 228.125 TB
    expectRel(value(e, 'workload.links.storage.provisioned'), KEPT / 3 / 0.8)
    expect(e.metrics.get('workload.links.storage.provisioned')!.formula).toBe('kept ÷ replication ÷ fill')
    // a workload's own fill is an input, not the convention
    expect(e.metrics.get('workload.links.storage.provisioned')!.conventions).not.toContain('storageFill')
  })

  it('a workload without a fill counts what it keeps in the system total', async () => {
    const e = await estimateYaml(`${LINKS.replace('    replication: 3\n', '    replication: 3\n    storageFill: 50%\n')}  users:\n    records: 1M\n    recordSize: 1 KB\n`)
    // links: 547.5 TB ÷ 0.5 = 1,095 TB; users: 1 M × 1 KB = 1 GB as kept
    expectRel(value(e, 'storage.provisioned'), KEPT / 0.5 + 1e9)
    expect(e.metrics.get('workload.users.storage.provisioned')).toBeUndefined()
  })

  it('derives nothing without a fill', async () => {
    const e = await estimateYaml(LINKS)
    expect(e.metrics.ids().filter((id) => /storage\.(provisioned|fill)$|^convention\.storageFill$/.test(id))).toEqual([])
  })
})

describe('servers from a stated capacity per server', () => {
  it('one server stores 4 TB: 547.5 TB → 137 servers (rounded up, not 138 from a rounding error)', async () => {
    const e = await estimateYaml(LINKS.replace('    replication: 3\n', '    replication: 3\n    perServer: {storage: 4 TB}\n'))
    // 547.5 TB ÷ 4 TB = 136.875 → 137
    expect(value(e, 'workload.links.servers.byStorage')).toBe(137)
    expect(value(e, 'workload.links.servers.count')).toBe(137)
    expect(e.metrics.get('workload.links.servers.byStorage')!.formula).toBe('ceil(kept ÷ storagePerServer)')
    expect(e.metrics.get('workload.links.servers.count')!.label).toBe('Servers needed')
  })

  it('counts storage at the fill, memory for the cache, throughput at the target utilisation; the largest binds', async () => {
    const spec = LINKS.replace('workloads:', 'conventions: {storageFill: 70%}\nworkloads:').replace('    replication: 3\n', '    replication: 3\n    perServer: {storage: 4 TB, memory: 100 GB, throughput: 5K/s}\n')
    const e = await estimateYaml(spec)
    // storage: 782.14 TB ÷ 4 TB = 195.5 → 196
    expect(value(e, 'workload.links.servers.byStorage')).toBe(196)
    // memory: cache 20 % × 1 B reads × 500 B = 100 GB hot, ÷ 70 % = 142.9 GB → 2 servers of 100 GB
    expect(value(e, 'workload.links.servers.byMemory')).toBe(2)
    // throughput: (1 B + 100 M)/day ÷ 86,400 × 2 = 25,463/s peak, ÷ 70 % = 36,376/s → 7.28 → 8
    expect(value(e, 'workload.links.servers.byThroughput')).toBe(8)
    expect(value(e, 'workload.links.servers.count')).toBe(196)
    expect(e.metrics.get('workload.links.servers.count')!.label).toBe('Servers needed (storage binds)')
    expect(e.metrics.get('workload.links.servers.count')!.formula).toBe('max(byStorage, byMemory, byThroughput)')
  })

  it('144 GB of memory per index server holds all the data kept', async () => {
    // 21 TB of index held in memory: 21 TB ÷ 144 GB = 145.8 → 146
    const e = await estimateYaml(`name: Search
users: {mau: 1M, dau: 1M}
workloads:
  index:
    records: 21B
    recordSize: 1 KB
    perServer: {memory: 144 GB, memoryHolds: data}
`)
    expect(value(e, 'workload.index.storage.total')).toBe(21e12)
    expect(value(e, 'workload.index.servers.byMemory')).toBe(146)
    expect(e.metrics.get('workload.index.servers.byMemory')!.formula).toBe('ceil(kept ÷ memoryPerServer)')
  })

  it('memory servers hold a cache of keys × object size, though the reads state no size', async () => {
    // Grokking's newsfeed: each of 300 M users' feeds of 500 × 1 KB in memory.
    // hot: 300 M × 500 KB = 150 TB; at 100 % utilisation ÷ 100 GB a server = 1,500
    const e = await estimateYaml(`name: Feeds
conventions: {targetUtilization: 100%}
users: {dau: 300M}
workloads:
  feeds:
    reads: {perUserPerDay: 5}
    cache: {keys: users.dau, objectSize: 500 KB}
    perServer: {memory: 100 GB}
`)
    expect(value(e, 'workload.feeds.cache.hotBytes')).toBe(150e12)
    expect(value(e, 'workload.feeds.servers.byMemory')).toBe(1500)
  })

  it('the system\'s own capacity per server counts the system\'s totals', async () => {
    const spec = `${LINKS}perServer: {throughput: 1000}\n`
    const e = await estimateYaml(spec)
    // 36,376/s to provision (above) ÷ 1,000/s a server (a bare number is per second) = 36.4 → 37
    expect(value(e, 'servers.byThroughput')).toBe(37)
    expect(value(e, 'servers.count')).toBe(37)
    expect(e.metrics.get('workload.links.servers.count')).toBeUndefined()
  })

  it('rounds up, except a whole number carried off by floating point', () => {
    expect(wholeServers(136.875)).toBe(137)
    expect(wholeServers(137.00000000000003)).toBe(137)
    expect(wholeServers(137.001)).toBe(138)
    expect(wholeServers(0)).toBe(0)
  })
})

describe('a per-user quota', () => {
  it('allocates users × quota (Xu, Google Drive: 50 M users × 10 GB = 500 PB), against what is used', async () => {
    const e = await estimateYaml(`name: Drive
users: {mau: 50M, dau: 10M}
horizon: 1 year
workloads:
  files:
    writes: {perUserPerDay: 2}
    recordSize: 1 KB
    media: {size: 500 KB}
    replication: 3
    quota: {perUser: 10 GB}
`)
    // 50 M (the MAU, as no users are stated) × 10 GB = 5e17 B ("Total space allocated: 50 million * 10 GB = 500 Petabyte")
    expect(value(e, 'workload.files.quota.allocatedBytes')).toBe(5e17)
    // used, one copy: 20 M files a day × 365 days = 7.3 B records × 1 KB + 7.3 B objects × 500 KB = 3.6573e15 B
    expectRel(value(e, 'workload.files.quota.usedBytes'), 7.3e9 * 1e3 + 7.3e9 * 5e5)
    // 3.6573e15 ÷ 5e17 = 0.73146 %
    expectRel(value(e, 'workload.files.quota.usedShare'), (7.3e9 * 501e3) / 5e17)
    expect(e.metrics.get('workload.files.quota.allocatedBytes')!.inputs).toEqual({users: 'input.users.mau', quotaPerUser: 'input.workloads.files.quota.perUser'})
    expect(value(e, 'quota.allocatedBytes')).toBe(5e17)
  })

  it('allocates to the users stated', async () => {
    const e = await estimateYaml(`name: Drive
users: {mau: 20M, dau: 10M}
workloads:
  files:
    writes: {perUserPerDay: 2}
    recordSize: 1 KB
    quota: {perUser: 15 GB, users: 50M}
`)
    // 50 M × 15 GB = 7.5e17 B
    expect(value(e, 'workload.files.quota.allocatedBytes')).toBe(7.5e17)
  })
})

describe('a key space', () => {
  it('counts alphabet^length against the records held (Xu, URL shortener: 62^7 ≈ 3.5 trillion for 365 B)', async () => {
    const e = await estimateYaml(LINKS.replace('    replication: 3\n', '    replication: 3\n    keys: {alphabet: 62, length: 7}\n'))
    expect(value(e, 'workload.links.keys.possible')).toBe(62 ** 7)
    // 100 M/day × 3,650 days = 365 B
    expect(value(e, 'workload.links.keys.usedShare')).toBe(365e9 / 62 ** 7)
    expect(value(e, 'workload.links.keys.minLength')).toBe(7)
  })

  it('finds the shortest length without the rounding of logarithms', () => {
    // 62^7 exactly needs 7; one more needs 8; 16^6 = 16,777,216 exactly needs 6
    expect(shortestKey(62 ** 7, 62)).toBe(7)
    expect(shortestKey(62 ** 7 + 1, 62)).toBe(8)
    expect(shortestKey(16 ** 6, 16)).toBe(6)
    expect(shortestKey(1000, 10)).toBe(3)
    expect(shortestKey(1001, 10)).toBe(4)
    expect(shortestKey(1, 62)).toBe(1)
  })
})

describe('a cost at stated prices', () => {
  const PRICED = `${LINKS}prices:\n  egress: 0.09 / 1 GB\n  storage: 0.023 / 1 GB\n  requests: 0.4 / 1M\n`

  it('prices egress per day, storage per month and requests per day, and sums them', async () => {
    const e = await estimateYaml(PRICED)
    // egress: 1 B reads × 500 B = 500 GB a day × $0.09 = $45
    expectRel(value(e, 'workload.links.spend.egress.perDay'), 45)
    // storage: 547.5 TB = 547,500 GB × $0.023 = $12,592.50 a month; ÷ 30 days = $419.75 a day
    expectRel(value(e, 'workload.links.spend.storage.perMonth'), 12_592.5)
    expectRel(value(e, 'workload.links.spend.storage.perDay'), 419.75)
    // requests: 1.1 B a day × $0.40 per million = $440
    expectRel(value(e, 'workload.links.spend.requests.perDay'), 440)
    // $45 + $419.75 + $440 = $904.75 a day; × 30 = $27,142.50 a month
    expectRel(value(e, 'spend.perDay'), 904.75)
    expectRel(value(e, 'spend.perMonth'), 27_142.5)
    expect(e.metrics.get('workload.links.spend.egress.perDay')!.formula).toBe('egressAvg × secondsPerDay × egressPrice')
    expect(e.metrics.get('input.prices.egress')!.unit).toBe('USD/B')
  })

  it('prices the storage provisioned at the fill when there is one', async () => {
    const e = await estimateYaml(PRICED.replace('workloads:', 'conventions: {storageFill: 50%}\nworkloads:'))
    // 1,095 TB × $0.023/GB = $25,185 a month
    expectRel(value(e, 'spend.storage.perMonth'), 25_185)
    expect(e.metrics.get('workload.links.spend.storage.perMonth')!.inputs.held).toBe('workload.links.storage.provisioned')
  })
})

describe("the README's example of provisioning", () => {
  it('gives the figures its comments quote', async () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8')
    const section = readme.slice(readme.indexOf('### Provisioning as a published estimate states it'))
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!
    const e = await estimateYaml(`name: README\nusers: {mau: 100M, dau: 50M}\n${block}`)
    // 100 M × 500 B × 3 × 3,650 days = 547.5 TB ÷ 70 % = 782.1 TB ÷ 4 TB = 195.5 → 196
    expect(value(e, 'workload.urls.servers.count')).toBe(196)
    expect(value(e, 'workload.urls.keys.possible')).toBe(62 ** 7)
    expect(value(e, 'workload.urls.records.held')).toBe(365e9)
    // 50 M × 10 GB = 500 PB
    expect(value(e, 'workload.files.quota.allocatedBytes')).toBe(5e17)
  })
})

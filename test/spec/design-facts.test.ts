import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {decide} from '../../src/matrices/decide.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {loadSpec} from '../../src/spec/load.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'

/*
 * The design facts a spec states besides its numbers (placement; per
 * workload, its guarantees): their checks, located at the value, all at
 * once; and the decisions they move.
 */

const located = async (yaml: string): Promise<string[]> => (await diagnosticsOf(yaml)).map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`)

/** `id → choice` of the decisions asked about, for a spec given as text. */
async function choices(yaml: string, ids: readonly string[]): Promise<Record<string, string>> {
  const {model} = await loadSpec(yaml, 'spec.yaml')
  const decisions = decide(model, estimate(model), MATRICES)
  return Object.fromEntries(ids.map((id) => [id, decisions.find((d) => d.id === id)?.choice.id ?? 'not decided']))
}

const withPlacement = (placement: string): string => MINIMAL.replace('workloads:', `placement: ${placement}\nworkloads:`)

describe('placement, checked', () => {
  it('reports what cannot hold together, at the value', async () => {
    expect(await located(withPlacement('{regions: 1, survive: region-loss, residency: [EU, US]}'))).toEqual([
      '5:34: surviving a region loss needs a second region, but `placement.regions` is one region | give `regions:` two or more, or survive a `zone-loss`',
      '5:58: 2 jurisdictions keep their data within them, each in a region of its own, but `placement.regions` is one region | give `regions:` at least 2, one per jurisdiction',
    ])
  })

  it('reports the schema problems: duplicate or malformed names, a misspelt failure, a count of zero, an empty block', async () => {
    expect(await located(withPlacement('{regions: [us-east-1, "eu west", us-east-1], survive: az-loss}'))).toEqual([
      '5:34: name `eu west` in `placement.regions` is not allowed | names start with a letter and use letters, digits, `_` and `-`',
      '5:45: `placement.regions` names `us-east-1` twice | name each one once',
      '5:66: `placement.survive` must be one of `instance-loss`, `zone-loss`, `region-loss` (got `az-loss`) | write one of: instance-loss, zone-loss, region-loss',
    ])
    expect(await located(withPlacement('{regions: 0}'))).toEqual(['5:22: `placement.regions` must be at least 1 (got `0`) | use 1 or more'])
    expect(await located(withPlacement('{}'))).toEqual(['5:12: `placement` must not be empty | for example `placement: {regions: 2, survive: region-loss}`'])
  })

  it('accepts what it documents: a count or names, each failure scope, residency, "highly available"', async () => {
    for (const p of ['{regions: 2}', '{regions: [us-east-1, eu-west-1], residency: [EU, US]}', '{survive: zone-loss}', '{survive: instance-loss}', '{regions: 3, survive: region-loss}', '{highlyAvailable: true}']) {
      expect(await located(withPlacement(p)), p).toEqual([])
    }
  })
})

describe('placement decides redundancy and failover', () => {
  it('"multiple availability zones" with no figure: zones, and a promoted standby', async () => {
    expect(await choices(withPlacement('{survive: zone-loss}'), ['redundancy', 'failover'])).toEqual({redundancy: 'multi-az', failover: 'active-passive'})
  })

  it('two regions, eventual: every region takes writes', async () => {
    const spec = withPlacement('{regions: [us-east-1, eu-west-1]}').replace('workloads:', 'slo: {consistency: eventual}\nworkloads:')
    expect(await choices(spec, ['redundancy', 'failover'])).toEqual({redundancy: 'multi-region', failover: 'active-active'})
  })

  it('nothing stated: N+1 in one zone, and the reason says it is assumed', async () => {
    const {model} = await loadSpec(MINIMAL, 'spec.yaml')
    const redundancy = decide(model, estimate(model), MATRICES).find((d) => d.id === 'redundancy')!
    expect(redundancy.choice.id).toBe('n-plus-one')
    expect(redundancy.reasons.join(' ')).toMatch(/no availability target and no placement are stated, so N\+1 in one zone is assumed/)
  })
})

describe('a workload\'s guarantees, checked', () => {
  it('reports what cannot hold together, at the value, with the names a reader meant', async () => {
    const spec = `${MINIMAL}    transactionsWith: [item, stock]
    delivery: exactly-one
    ordering: globally
  catalog:
    reads: {perDay: 1M}
    recordSize: 1 KB
    delivery: at-least-once
    contention: low
`
    expect(await located(spec)).toEqual([
      '10:5: `workloads.items.transactionsWith` names the workloads a transaction also writes, but `items` does not state `transactions: true` | add `transactions: true`, or remove `transactionsWith`',
      '10:24: `workloads.items.transactionsWith` names `item`, which is not a workload | did you mean `items`?',
      '10:30: `workloads.items.transactionsWith` names `stock`, which is not a workload | workloads: items, catalog',
      '11:15: `workloads.items.delivery` must be one of `at-most-once`, `at-least-once`, `exactly-once` (got `exactly-one`) | did you mean `exactly-once`?',
      '12:15: `workloads.items.ordering` must be one of `true`, `false`, `per-key`, `global` (got `globally`) | did you mean `global`?',
      '16:5: `workloads.catalog.delivery` is about how writes take effect, but `catalog` has no `writes` | add `writes:` (a rate), or remove it',
      '17:5: `workloads.catalog.contention` is about how writes take effect, but `catalog` has no `writes` | add `writes:` (a rate), or remove it',
    ])
  })

  it('accepts what it documents', async () => {
    const spec = `${MINIMAL}    consistency: strong
    delivery: exactly-once
    ledger: true
    contention: high
    ordering: global
    transactions: true
    transactionsWith: [items, stock]
  stock:
    writes: {perSecond: 10}
    recordSize: 100 B
    ordering: per-key
`
    expect(await located(spec)).toEqual([])
  })
})

describe('a workload\'s guarantees decide its delivery, concurrency control and distributed transactions', () => {
  it('a ledger of transfers between accounts at 8,000 a second, strongly consistent', async () => {
    const spec = `name: Wallet
users: {mau: 10M, dau: 5M}
slo: {availability: 99.99%, consistency: strong}
workloads:
  transfers:
    writes: {perSecond: 4000}
    reads: {perSecond: 1000}
    recordSize: 200 B
    retention: 7 years
    transactions: true
    transactionsWith: [transfers]   # a transfer debits one account and credits another
    ledger: true
    delivery: exactly-once
`
    expect(await choices(spec, ['delivery.transfers', 'concurrency-control.transfers', 'distributed-transactions.transfers', 'retries', 'failover'])).toEqual({
      'delivery.transfers': 'idempotency-keys',
      'concurrency-control.transfers': 'constraints',
      'distributed-transactions.transfers': 'two-phase-commit',
      retries: 'adopt',
      failover: 'active-passive',
    })
  })

  it('a workload\'s own consistency over the SLO\'s: eventual carts in a strong checkout', async () => {
    const spec = MINIMAL.replace('workloads:', 'slo: {consistency: strong}\nworkloads:')
      .replace('writes: {perUserPerDay: 1}', 'writes: {perSecond: 10K}')
      .replace('    recordSize: 1 KB\n', '    recordSize: 1 KB\n    access: point\n    consistency: eventual\n')
    expect(await choices(spec, ['datastore.items', 'consistency'])).toEqual({'datastore.items': 'key-value', consistency: 'ap'})
  })
})

describe('id requirements', () => {
  it('are checked: ids for a workload that writes nothing, a width out of range, an unknown key', async () => {
    const spec = `${MINIMAL}    ids: {bits: 256, sortible: true}
  catalog:
    reads: {perDay: 1M}
    recordSize: 1 KB
    ids: {opaque: true}
`
    expect(await located(spec)).toEqual([
      '10:17: `workloads.items.ids.bits` must be at most 128 (got `256`) | use 128 or less',
      '10:22: unknown key `sortible` in `workloads.items.ids` | did you mean `sortable`?',
      '14:5: `workloads.catalog.ids` says what new records\' ids must be, but `catalog` has no `writes` | ids are minted for records written; add `writes:` (a rate), or remove `ids`',
    ])
  })

  it('decide the scheme: sortable, numeric and 64 bits at 10,000 ids a second is Snowflake; a 7-character code is a counter', async () => {
    const spec = `name: Ids
users: {mau: 10M, dau: 5M}
workloads:
  events:
    writes: {perSecond: 10K}
    recordSize: 100 B
    ids: {sortable: true, numeric: true, bits: 64}
  links:
    writes: {perDay: 100M}
    recordSize: 100 B
    retention: 10 years
    keys: {alphabet: 62, length: 7}
`
    expect(await choices(spec, ['id-generation.events', 'id-generation.links', 'short-code.links', 'short-code.events'])).toEqual({
      'id-generation.events': 'snowflake',
      'id-generation.links': 'ticket-server',
      'short-code.links': 'counter-base62',
      'short-code.events': 'not decided',
    })
  })

  it('are asked only of workloads that write: no sequence for a system that writes nothing', async () => {
    const spec = `name: Reads only
users: {mau: 10M, dau: 5M}
workloads:
  catalog:
    records: 1M
    reads: {perDay: 100M}
    recordSize: 1 KB
`
    expect(await choices(spec, ['id-generation.catalog'])).toEqual({'id-generation.catalog': 'not decided'})
  })
})

describe('background jobs and consumer groups, checked, and the queue they choose', () => {
  it('reports jobs on a workload that writes nothing, and malformed or repeated names, at the value', async () => {
    const spec = `${MINIMAL}    jobs: [reverse-index, "bad name", reverse-index]
  catalog:
    reads: {perDay: 1M}
    recordSize: 1 KB
    jobs: [thumbnails]
`
    expect(await located(spec)).toEqual([
      '10:27: name `bad name` in `workloads.items.jobs` is not allowed | names start with a letter and use letters, digits, `_` and `-`',
      '10:39: `workloads.items.jobs` names `reverse-index` twice | name each one once',
      '14:5: `workloads.catalog.jobs` names the background work each write starts, but `catalog` has no `writes` | add `writes:` (a rate), or remove `jobs`',
    ])
  })

  it('background jobs that are not media call for a task queue; several consumer groups for a log', async () => {
    expect(await choices(`${MINIMAL}    jobs: [reverse-index, snippets]\n`, ['queue'])).toEqual({queue: 'rabbitmq'})
    expect(await choices(MINIMAL.replace('workloads:', 'consumers: {groups: 3}\nworkloads:'), ['queue'])).toEqual({queue: 'kafka'})
    expect(await choices(MINIMAL, ['queue'])).toEqual({queue: 'none'})
  })

  it('names the jobs in the reason', async () => {
    const {model} = await loadSpec(`${MINIMAL}    jobs: [reverse-index, snippets]\n`, 'spec.yaml')
    const queue = decide(model, estimate(model), MATRICES).find((d) => d.id === 'queue')!
    expect(queue.reasons.join(' ')).toContain('(reverse-index and snippets (items))')
  })
})

describe('analytics freshness in the words an engineer writes', () => {
  const withFreshness = (freshness: string): string => `${MINIMAL}    analytics: {freshness: ${freshness}}\n`

  it('reads real-time, hourly, daily and batch as the staleness they mean, and decides from it', async () => {
    const freshnessOf = async (word: string): Promise<number | null> => {
      const {model} = await loadSpec(withFreshness(word), 'spec.yaml')
      return model.workloads[0]!.facts.analytics?.freshness.value ?? null
    }
    expect(await Promise.all(['real-time', 'hourly', 'daily', 'batch', '30 min'].map(freshnessOf))).toEqual([0, 3600, 86_400, 86_400, 1800])
    expect(await choices(withFreshness('batch'), ['processing.items', 'analytical-store.items'])).toEqual({'processing.items': 'batch', 'analytical-store.items': 'warehouse'})
    expect(await choices(withFreshness('real-time'), ['processing.items'])).toEqual({'processing.items': 'stream'})
  })

  it('says which words it takes, with the one meant, at the value', async () => {
    expect(await located(withFreshness('dayly'))).toEqual([
      '10:28: `workloads.items.analytics.freshness` should be a duration or one of `real-time`, `hourly`, `daily`, `batch`, not `dayly` | did you mean `daily`?',
    ])
    expect(await located(withFreshness('weekly'))).toEqual([
      '10:28: `workloads.items.analytics.freshness` should be a duration or one of `real-time`, `hourly`, `daily`, `batch`, not `weekly` | write a duration such as `1 hour`, or `real-time`, `hourly`, `daily` or `batch`',
    ])
  })
})

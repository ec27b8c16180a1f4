import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {factsOf} from '../../src/matrices/conditions.js'
import {decide} from '../../src/matrices/decide.js'
import {decidedSystemFacts, decidedWorkloadFacts} from '../../src/matrices/facts-decided.js'
import {systemFacts, workloadFacts} from '../../src/matrices/facts.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import type {Decision} from '../../src/matrices/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

const EXAMPLES = ['social-feed', 'url-shortener', 'ecommerce-checkout', 'chat', 'ride-hailing', 'video-streaming'] as const

async function load(name: string) {
  const file = `examples/${name}.yaml`
  const {model} = await loadSpec(readFileSync(`${ROOT}/${file}`, 'utf8'), file)
  return {model, e: estimate(model)}
}

const decisions: Record<string, Decision[]> = {}
beforeAll(async () => {
  for (const name of EXAMPLES) {
    const {model, e} = await load(name)
    decisions[name] = decide(model, e, MATRICES)
  }
})

/** `id → choice / runner-up` for the decisions asked about. */
function outcome(example: string, ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const id of ids) {
    const d = decisions[example]!.find((x) => x.id === id)
    out[id] = d ? `${d.choice.id} / ${d.runnerUp?.id ?? '-'}` : 'not decided'
  }
  return out
}
const choices = (example: string, ids: readonly string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(outcome(example, ids)).map(([id, o]) => [id, o.split(' / ')[0]!]))

describe('the social feed reaches the methodology’s own choices', () => {
  it('from its numbers and stated facts', () => {
    expect(
      choices('social-feed', ['datastore.users', 'datastore.follows', 'datastore.posts', 'media-path.posts', 'cache.posts', 'queue', 'fanout.posts', 'architecture', 'consistency']),
    ).toEqual({
      'datastore.users': 'relational', // §3.1: PostgreSQL for the user service
      'datastore.follows': 'graph', // §3.1: Neo4j for the social graph
      'datastore.posts': 'wide-column', // §3.1: Cassandra for posts and timelines
      'media-path.posts': 'object-storage-cdn', // §1.2: S3 and a CDN for media
      'cache.posts': 'redis', // §3.2: Redis sorted sets for the timeline
      queue: 'kafka', // §3.2: Kafka as the event bus
      'fanout.posts': 'hybrid', // §3.2: push, pull for celebrities
      architecture: 'microservices', // §2.1
      consistency: 'ap', // §1.1: AP over CP
    })
  })

  it('with the runners-up the document weighs against them', () => {
    expect(outcome('social-feed', ['cache.posts', 'queue', 'consistency', 'architecture'])).toEqual({
      'cache.posts': 'redis / memcached',
      queue: 'kafka / rabbitmq',
      consistency: 'ap / cp',
      architecture: 'microservices / monolith',
    })
  })

  it('asks the fan-out and media questions only where they apply', () => {
    const ids = decisions['social-feed']!.map((d) => d.id)
    expect(ids.filter((id) => id.startsWith('fanout.') || id.startsWith('media-path.'))).toEqual(['media-path.posts', 'fanout.posts'])
  })
})

describe('the other examples reach choices an architect would defend', () => {
  it('URL shortener: a key-value store behind a cache-aside cache, no broker for click logs alone', () => {
    expect(outcome('url-shortener', ['datastore.urls', 'cache-strategy.urls', 'cache-eviction.urls', 'queue'])).toEqual({
      'datastore.urls': 'key-value / wide-column',
      'cache-strategy.urls': 'cache-aside / read-through', // Xu: on a miss, fetch from the database
      'cache-eviction.urls': 'lru / lfu',
      queue: 'none / kafka', // writes outnumbering reads is no reason for a log
    })
  })

  it('URL shortener: codes from a counter in base62, numbered by ranges that fit 7 characters (no UUID beside the short code)', () => {
    expect(outcome('url-shortener', ['short-code.urls', 'id-generation.urls'])).toEqual({
      'short-code.urls': 'counter-base62 / key-generation-service',
      'id-generation.urls': 'ticket-server / snowflake',
    })
  })

  it('checkout: relational orders and payments, strongly consistent; carts eventual by their own statement', () => {
    expect(choices('ecommerce-checkout', ['datastore.orders', 'datastore.payments', 'datastore.carts', 'consistency', 'delivery.payments', 'distributed-transactions.payments', 'failover'])).toEqual({
      'datastore.orders': 'relational',
      'datastore.payments': 'relational',
      'datastore.carts': 'key-value', // Dynamo's shopping cart
      consistency: 'cp',
      'delivery.payments': 'idempotency-keys', // a card is never charged twice
      'distributed-transactions.payments': 'local', // a payment and its order share the order's key
      failover: 'active-passive',
    })
  })

  it('chat: a wide-column message store, time-ordered ids', () => {
    expect(choices('chat', ['datastore.messages', 'id-generation.messages', 'queue', 'delivery.messages', 'delivery.presence'])).toEqual({
      'datastore.messages': 'wide-column',
      'id-generation.messages': 'time-uuid', // ordered, and minted in every region of a 99.99 % eventual system: no worker-number registry
      queue: 'kafka',
      'delivery.messages': 'at-least-once',
      'delivery.presence': 'at-most-once',
    })
  })

  it('ride hailing: lost location pings are replaced, a contended offer is one conditional write', () => {
    expect(choices('ride-hailing', ['delivery.locations', 'concurrency-control.dispatch'])).toEqual({
      'delivery.locations': 'at-most-once',
      'concurrency-control.dispatch': 'constraints',
    })
  })

  it('video: media on object storage behind a CDN, small tables on one relational primary', () => {
    expect(choices('video-streaming', ['media-path.videos', 'datastore.videos', 'datastore.comments', 'failover'])).toEqual({
      'media-path.videos': 'object-storage-cdn',
      'datastore.videos': 'relational',
      'datastore.comments': 'relational',
      failover: 'active-passive',
    })
  })
})

describe('reasons in every example decision', () => {
  it.each(EXAMPLES.map((e) => [e]))('%s: every placeholder is filled in', (name) => {
    for (const d of decisions[name]!) {
      for (const reason of [...d.reasons, ...d.criteria.map((c) => c.reason)]) expect(reason, d.id).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*\}/)
    }
  })
})

describe('facts the matrices read', () => {
  it('exist for the subject the matrix decides (an unknown name would silently never fire)', async () => {
    const {model, e} = await load('social-feed')
    // With the facts read off earlier decisions (the data store chosen), as decide() gives them.
    const made = decide(model, e, MATRICES)
    const system = {...systemFacts(model, e), ...decidedSystemFacts(made)}
    const workload = {...workloadFacts(model, e, model.workloads.find((w) => w.name === 'posts')!, system), ...decidedWorkloadFacts(made, 'posts')}
    for (const m of MATRICES) {
      const known = new Set(Object.keys(m.subject === 'system' ? system : workload))
      const read = [...(m.appliesWhen ? factsOf(m.appliesWhen) : []), ...m.criteria.flatMap((c) => factsOf(c.when))]
      const quoted = m.criteria.flatMap((c) => [...c.reason.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((x) => x[1]!)).filter((p) => !(p in m.thresholds))
      for (const name of [...read, ...quoted]) expect(known.has(name), `${m.id} reads \`${name}\``).toBe(true)
    }
  })
})

describe('replication and failover read the data store chosen', () => {
  it('asks about read replicas only where the chosen store has a primary', () => {
    // The feed's users go to PostgreSQL, its posts to Cassandra (where every replica serves reads).
    const asked = (example: string) => decisions[example]!.filter((d) => d.matrix === 'replication').map((d) => d.subject)
    const stores = (example: string) => Object.fromEntries(decisions[example]!.filter((d) => d.matrix === 'datastore').map((d) => [d.subject, d.choice.id]))
    for (const example of EXAMPLES) {
      const chosen = stores(example)
      for (const subject of asked(example)) expect(chosen[subject!], `${example}: replication.${subject}`).toBe('relational')
    }
    expect(stores('social-feed').posts).toBe('wide-column')
    expect(asked('social-feed')).not.toContain('posts')
  })

  it('names the masterless store in the failover reason instead of inferring it from the write rate', () => {
    const failover = decisions['social-feed']!.find((d) => d.id === 'failover')!
    expect(failover.choice.id).toBe('active-active')
    expect(failover.reasons.join(' ')).toContain('masterless store (Cassandra for posts')
    expect(failover.reasons.join(' ')).not.toMatch(/past one primary/)
  })
})

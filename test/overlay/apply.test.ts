import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {estimateCost} from '../../src/cost/index.js'
import {estimate, type Estimate} from '../../src/engine/estimate.js'
import type {SystemModel} from '../../src/spec/model.js'
import {decide} from '../../src/matrices/decide.js'
import type {Decision, Matrix} from '../../src/matrices/types.js'
import {applyOverlay, loadOverlay, type Overlay, SHIPPED} from '../../src/overlay/index.js'
import {planScaling} from '../../src/plan/index.js'
import type {NodePlan} from '../../src/plan/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT} from '../helpers/spec.js'

const EXAMPLE = 'examples/overlays/postgres-redis-kafka.yaml'
const overlay = (yaml: string, file = 'org.yaml'): Promise<Overlay> => loadOverlay(yaml, file)

let model: SystemModel
let e: Estimate
beforeAll(async () => {
  model = (await loadSpec(readFileSync(`${ROOT}/examples/social-feed.yaml`, 'utf8'), 'examples/social-feed.yaml')).model
  e = estimate(model)
})

const decision = (ds: readonly Decision[], id: string): Decision => ds.find((d) => d.id === id)!
const items = (plan: {items: readonly NodePlan[]}, component: string, role: string): NodePlan => plan.items.find((i) => i.component === component && i.role === role)!

describe('an overlay changes the choices', () => {
  it('only PostgreSQL allowed: the posts store becomes PostgreSQL, and the plan shards it', async () => {
    const before = decide(model, e, SHIPPED.matrices)
    expect(decision(before, 'datastore.posts').choice.id).toBe('wide-column')

    const applied = applyOverlay(await overlay('matrices:\n  datastore:\n    allow: [relational]\n'), SHIPPED)
    expect(applied.adjustments.datastore).toEqual({allow: ['relational']})
    const after = decide(model, e, applied.matrices, applied.adjustments)
    for (const w of ['users', 'follows', 'posts']) expect(decision(after, `datastore.${w}`).choice.technology).toBe('PostgreSQL')

    const plan = planScaling(model, e, after, applied.capacities)
    // posts: peak writes 6,944.4 ÷ (7,525 × 0.7 = 5,267.5) = 1.32 → 2 primaries;
    // text kept 300 M × 800 B × 1,825 days = 438 TB ÷ 10 TB = 43.8 → 44 shards
    const primary = items(plan, 'datastore.posts', 'primary')
    expect(primary).toMatchObject({technology: 'PostgreSQL', nodes: 44, shards: 44, shardKey: '(user_id, time bucket)'})
    expect(primary.basis).toContain('peak writes 6,944/s ÷ (7,525/s per primary × 70%) = 1.32 → 2 primaries')
    expect(primary.basis).toContain('text data 438 TB ÷ 10 TB per primary = 43.8 → 44 primaries')
    // reads 34,722 ÷ (177,778 × 0.7) = 0.279 → 1; at least the standby: 1 per shard × 44
    expect(items(plan, 'datastore.posts', 'replica').nodes).toBe(44)
    // the follow graph: 60 B edges × 24 B = 1.44 TB → one primary and its standby
    expect(items(plan, 'datastore.follows', 'primary').nodes).toBe(1)
  })

  it('by technology: every matrix whose options name technologies keeps only those', async () => {
    // "we run PostgreSQL, Redis and Kafka only": the data-store matrix keeps `relational` alone
    const applied = applyOverlay(await overlay('technologies: [PostgreSQL, Redis, Kafka]\n'), SHIPPED)
    expect(applied.adjustments.datastore).toEqual({allow: ['relational']})
    const after = decide(model, e, applied.matrices, applied.adjustments)
    for (const w of ['users', 'follows', 'posts']) expect(decision(after, `datastore.${w}`).choice.technology).toBe('PostgreSQL')
    // every decision that names a technology names one of the three (or is a pattern)
    for (const d of after) expect([null, 'PostgreSQL', 'Redis', 'Apache Kafka']).toContain(d.choice.technology)
  })

  it('by technology, object storage allowed: records still go to PostgreSQL, not to S3', async () => {
    // relational: time-ordered +1, write-ceiling −4, data-size −2 = −5;
    // object storage: records-not-files −5 = −5; the tie goes to the default, relational
    const applied = applyOverlay(await overlay('technologies: [PostgreSQL, Amazon S3]\n'), SHIPPED)
    expect(applied.adjustments.datastore).toEqual({allow: ['relational', 'object-storage']})
    const after = decide(model, e, applied.matrices, applied.adjustments)
    expect(decision(after, 'datastore.posts').choice.technology).toBe('PostgreSQL')
    expect(decision(after, 'datastore.users').choice.technology).toBe('PostgreSQL')
  })

  it('weights add points, and the decision says the overlay preferred it', async () => {
    // follows: graph 6 (traversal) vs relational 1; +6 for relational wins it (ties go to the default, relational)
    const applied = applyOverlay(await overlay('matrices:\n  datastore:\n    weights: {relational: 6}\n'), SHIPPED)
    const follows = decision(decide(model, e, applied.matrices, applied.adjustments), 'datastore.follows')
    expect(follows.choice.id).toBe('relational')
    expect(follows.reasons).toContain('the organisation overlay prefers it')
  })

  it('thresholds replace the matrix values, with their source', async () => {
    // 6,944 writes/s no longer exceed the guideline once it is 8,500/s
    const applied = applyOverlay(await overlay('matrices:\n  datastore:\n    thresholds:\n      relationalPrimaryWriteQps: {value: 8500/s, source: Aurora bench}\n'), SHIPPED)
    const threshold = applied.matrices.find((m) => m.id === 'datastore')!.thresholds.relationalPrimaryWriteQps!
    expect(threshold).toMatchObject({value: 8500, source: 'Aurora bench (overlay:org.yaml)', unit: 'req/s'})
    const posts = decision(decide(model, e, applied.matrices, applied.adjustments), 'datastore.posts')
    expect(posts.criteria.find((c) => c.id === 'write-ceiling')!.fired).toBe(false)
    // the shipped matrices are untouched
    expect(SHIPPED.matrices.find((m) => m.id === 'datastore')!.thresholds.relationalPrimaryWriteQps!.value).toBe(5000)
  })

  it('warns, and restricts nothing, when a matrix would be left without options', async () => {
    const queue: Matrix = {
      id: 'queue-test',
      title: 'Queue',
      question: '?',
      subject: 'system',
      thresholds: {},
      default: 'kafka',
      options: [
        {id: 'kafka', label: 'Kafka', technology: 'Apache Kafka', summary: '', references: []},
        {id: 'rabbitmq', label: 'RabbitMQ', technology: 'RabbitMQ', summary: '', references: []},
      ],
      criteria: [{id: 'c', when: {fact: 'ordering', is: true}, scores: {kafka: 1}, reason: 'r', source: 's'}],
    }
    const knowledge = {...SHIPPED, matrices: [...SHIPPED.matrices, queue]}
    const kafkaOnly = applyOverlay(await loadOverlay('technologies: [PostgreSQL, Kafka]\n', 'org.yaml', knowledge), knowledge)
    expect(kafkaOnly.adjustments['queue-test']).toEqual({allow: ['kafka']})
    const none = applyOverlay(await loadOverlay('technologies: [PostgreSQL]\n', 'org.yaml', knowledge), knowledge)
    expect(none.adjustments['queue-test']).toBeUndefined()
    expect(none.warnings).toContain('the overlay allows no option of matrix `queue-test` (Apache Kafka, RabbitMQ); all of them stay')
  })
})

describe('an overlay changes the numbers', () => {
  it('the example: PostgreSQL on Aurora figures, a cheaper CDN', async () => {
    const applied = applyOverlay(await loadOverlay(readFileSync(`${ROOT}/${EXAMPLE}`, 'utf8'), EXAMPLE), SHIPPED)
    expect(applied.adjustments.datastore).toEqual({allow: ['relational', 'object-storage'], weights: {relational: 1}})
    expect(applied.capacities.technologies.PostgreSQL!.figures.writesPerNode).toEqual({key: `overlay:${EXAMPLE}`, value: 12179, unit: 'req/s', source: 'ClickHouse/PostgresBench aurora/results/aurora_16cpu_128gb_6849.json @fd12147 (Aurora PostgreSQL 17.4, p99 ~40 ms)'})
    expect(applied.prices.prices['egress.cdn']).toMatchObject({value: 0.05, unit: 'USD/GB', key: `overlay:${EXAMPLE}`})
    // the shipped catalogs are untouched
    expect(SHIPPED.capacities.technologies.PostgreSQL!.figures.writesPerNode!.value).toBe(7525)
    expect(SHIPPED.prices.prices['egress.cdn']!.value).toBe(0.085)

    const decisions = decide(model, e, applied.matrices, applied.adjustments)
    expect(decision(decisions, 'datastore.posts').choice.technology).toBe('PostgreSQL')
    const plan = planScaling(model, e, decisions, applied.capacities)
    const primary = items(plan, 'datastore.posts', 'primary')
    // 6,944.4 ÷ (12,179 × 0.7 = 8,525.3) = 0.815 → 1; data still asks for 44
    expect(primary.basis[0]).toBe('peak writes 6,944/s ÷ (12,179/s per primary × 70%) = 0.815 → 1 primary')
    expect(primary.nodes).toBe(44)
    expect(primary.capacities.map((c) => c.key)).toContain(`overlay:${EXAMPLE}`)

    const cost = estimateCost(model, e, decisions, plan, applied.prices)
    const media = cost.lines.find((l) => l.category === 'egress' && l.priceKey !== 'egress.internet')
    // with a CDN in the media path, 450,000 GB × 0.05 = $22,500 (the media-path matrix decides; without it, no CDN line)
    if (media) expect(media).toMatchObject({unitPriceUsd: 0.05, monthlyUsd: 22500})
  })

  it('figures for a technology the reference lacks make it plannable', async () => {
    const yaml = 'capacities:\n  Neo4j:\n    writesPerNode: {value: 5K/s, source: our load test}\n    replicationFactor: {value: 3, source: causal cluster of 3}\n'
    const applied = applyOverlay(await overlay(yaml), SHIPPED)
    expect(applied.capacities.technologies.Neo4j!.gap).toBeUndefined()
    const decisions = decide(model, e, applied.matrices, applied.adjustments)
    expect(decision(decisions, 'datastore.follows').choice.technology).toBe('Neo4j')
    const graph = items(planScaling(model, e, decisions, applied.capacities), 'datastore.follows', 'node')
    // no writes described, no data figure: one shard × 3 members
    expect(graph).toMatchObject({sized: true, nodes: 3, shards: 1, shardKey: null})
    expect(planScaling(model, e, decisions, SHIPPED.capacities).items.find((i) => i.component === 'datastore.follows')!.sized).toBe(false)
  })
})

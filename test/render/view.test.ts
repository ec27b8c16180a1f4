import {beforeAll, describe, expect, it} from 'vitest'
import type {CostReport} from '../../src/cost/types.js'
import type {ScalingPlan} from '../../src/plan/types.js'
import type {DesignReport} from '../../src/analysis/report.js'
import {renderMarkdown} from '../../src/render/markdown.js'
import {architectureView} from '../../src/render/view/architecture.js'
import {buildView} from '../../src/render/view/index.js'
import {numbersFor} from '../../src/render/view/numbers.js'
import {ROOT} from '../helpers/spec.js'
import {decision} from './fixtures.js'
import {reportOfFile} from '../helpers/analysis.js'

let feed: DesignReport
beforeAll(async () => {
  feed = await reportOfFile('examples/social-feed.yaml')
})

/** The diagram as `label → label` lines, for reading. */
function edges(report: DesignReport): string[] {
  const view = architectureView(report, numbersFor(report))
  const label = new Map(view.nodes.map((n) => [n.id, n.label]))
  return view.edges.map((e) => `${label.get(e.from)} → ${label.get(e.to)}`)
}

describe('architecture diagram', () => {
  const product = (id: string, technology: string | null, subject: string | null = null) => ({subject, choice: {id, label: id, technology, score: 3}})

  it('draws a service per workload and each chosen store, cache, queue and media path with its CDN, and who consumes the queue', () => {
    const report = {
      ...feed,
      decisions: [
        decision({id: 'architecture', matrix: 'architecture', ...product('microservices', null)}),
        decision({id: 'datastore.posts', matrix: 'datastore', ...product('wide-column', 'Cassandra', 'posts')}),
        decision({id: 'media-path.posts', matrix: 'media-path', ...product('object-storage-cdn', 'S3 + CloudFront', 'posts')}),
        decision({id: 'cache.posts', matrix: 'cache', ...product('redis', 'Redis', 'posts')}),
        decision({id: 'queue', matrix: 'queue', ...product('kafka', 'Kafka')}),
        decision({id: 'fanout.posts', matrix: 'fanout', ...product('hybrid', null, 'posts')}),
      ],
    }
    expect(edges(report)).toEqual([
      'Clients → Load balancer',
      'Load balancer → users service',
      'Load balancer → follows service',
      'Load balancer → posts service',
      'posts service → Cassandra: posts',
      // The product pair is drawn as two boxes: the store, and the CDN in front of it (not `CDN` beside `S3 + CloudFront`).
      'posts service → S3: posts media',
      'Clients → CDN: CloudFront',
      'CDN: CloudFront → S3: posts media',
      'posts service → Cache: Redis',
      'posts service → Queue: Kafka',
      // The queue's consumers, as the decisions have them: media processing and fan-out.
      'Queue: Kafka → Media workers',
      'Media workers → S3: posts media',
      'Queue: Kafka → Fan-out workers',
      'Fan-out workers → Cache: Redis',
    ])
  })

  it('draws a broker no decision consumes without a consumer, as the review reports it', () => {
    const report = {
      ...feed,
      decisions: [
        decision({id: 'architecture', matrix: 'architecture', ...product('monolith', null)}),
        decision({id: 'datastore.posts', matrix: 'datastore', ...product('wide-column', 'Cassandra', 'posts')}),
        decision({id: 'queue', matrix: 'queue', ...product('kafka', 'Kafka')}),
      ],
    }
    expect(edges(report).filter((e) => e.startsWith('Queue'))).toEqual([])
  })

  it('draws one application for a monolith, and no box for a choice without a product', () => {
    const report = {
      ...feed,
      decisions: [
        decision({id: 'architecture', matrix: 'architecture', ...product('monolith', null)}),
        decision({id: 'datastore.users', matrix: 'datastore', ...product('relational', 'PostgreSQL', 'users')}),
        decision({id: 'datastore.posts', matrix: 'datastore', ...product('relational', 'PostgreSQL', 'posts')}),
        decision({id: 'queue', matrix: 'queue', ...product('none', null)}),
      ],
    }
    expect(edges(report)).toEqual([
      'Clients → Load balancer',
      'Load balancer → Application #40;monolith#41;',
      'Application #40;monolith#41; → PostgreSQL: users',
      'Application #40;monolith#41; → PostgreSQL: posts',
    ])
  })
})

describe('summary', () => {
  it('names a spec given by absolute path by its file name: the document does not depend on the checkout', async () => {
    const report = await reportOfFile(`${ROOT}/examples/social-feed.yaml`)
    expect(buildView(report).summary.source).toBe('`social-feed.yaml`')
    expect(buildView(feed).summary.source).toBe('`examples/social-feed.yaml`')
  })
})

describe('numbers in the view', () => {
  it('reads conventions as the report states them and long spans in years or days', () => {
    const n = numbersFor(feed)
    expect(n.metric('convention.secondsPerDay')).toBe('86,400 s')
    expect(n.metric('convention.secondsPerMonth')).toBe('30 days (2,592,000 s)')
    expect(n.metric('input.workloads.posts.retention')).toBe('5 years')
    expect(n.value(30 * 86_400, 's')).toBe('30 days')
    expect(n.value(3153.6, 's')).toBe('52m 34s')
    expect(n.metric('no.such.metric')).toBe('–')
  })
})

describe('scaling plan and cost, when the report has them', () => {
  const plan: ScalingPlan = {
    items: [
      {
        component: 'datastore.posts',
        workload: 'posts',
        technology: 'Cassandra',
        role: 'node',
        nodes: 12,
        shards: 1,
        shardKey: '(user_id, time bucket)',
        basis: ['peak writes 6,944/s ÷ (10,000/s per node × 70%) → 1 node', '55.2 PB ÷ 5 TB per node → 12 nodes'],
        capacities: [{key: 'cassandra.diskBytes', value: 5e12, unit: 'B', source: 'operator guidance'}],
        nodeClass: 'storage-large',
        sized: true,
        storage: {medium: 'block', logicalBytes: 55.2e15, copies: 3, from: 'workload.posts.storage.total'},
      },
    ],
    totalNodes: 12,
    targetUtilization: 0.7,
  }
  const cost: CostReport = {
    currency: 'USD',
    pricesAsOf: '2026-01-15',
    lines: [{component: 'datastore.posts', category: 'storage', description: 'block storage', quantity: 165600000, quantityUnit: 'GB-month', unitPriceUsd: 0.08, monthlyUsd: 13248000, priceKey: 'aws.ebs.gp3', source: 'AWS price list'}],
    byCategory: {storage: 13248000, egress: 0, compute: 0},
    byComponent: {'datastore.posts': 13248000},
    totalMonthlyUsd: 13248000,
    region: 'us-east-1',
    hoursPerMonth: 730,
    secondsPerMonth: 2_592_000,
    unpriced: [],
    notes: [],
  }

  it('renders both sections between availability and risks, formatted once in the view', async () => {
    const markdown = await renderMarkdown(buildView({...feed, plan, cost}))
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '))
    expect(headings.slice(headings.indexOf('## Availability and error budget'))).toEqual(['## Availability and error budget', '## Scaling plan', '## Monthly cost', '## Risks', '## Appendix: derivations'])
    expect(markdown).toContain('| `datastore.posts` (posts) | Cassandra | node | 12 | 1 | `(user_id, time bucket)` | 55.2 PB × 3 copies on block disks | peak writes 6,944/s ÷ (10,000/s per node × 70%) → 1 node; 55.2 PB ÷ 5 TB per node → 12 nodes |')
    expect(markdown).toContain('| `datastore.posts` | storage | block storage | 165,600,000 GB-month | $0.08 | $13,248,000 | `aws.ebs.gp3`: AWS price list |')
    expect(markdown).toContain('| Nodes | 12 |\n| Monthly cost (year 5 of 5, retention full) | $13,248,000 |')
  })

  it('says what the totals leave out: a component not sized, a managed service not priced', async () => {
    const neo4j = {...plan.items[0]!, component: 'datastore.follows', workload: 'follows', technology: 'Neo4j', nodes: 0, sized: false, basis: ['no reference capacity for Neo4j'], storage: null}
    const unpriced = [
      {component: 'datastore.follows', technology: 'Neo4j', reason: 'not sized in the scaling plan (no reference capacity): no machines or disks to price'},
      {component: 'datastore.urls', technology: 'DynamoDB', reason: 'managed, billed by capacity units and storage; data/prices.yaml has no DynamoDB prices'},
    ]
    const markdown = await renderMarkdown(buildView({...feed, plan: {...plan, items: [...plan.items, neo4j]}, cost: {...cost, unpriced}}))
    expect(markdown).toContain('| Nodes | 12, without Neo4j (not sized) |\n| Monthly cost (year 5 of 5, retention full) | $13,248,000, without Neo4j, DynamoDB (not priced) |')
    expect(markdown).toContain('| `datastore.follows` (follows) | Neo4j | node | not sized |')
    expect(markdown).toContain('\n\nNot sized, so left out of the total and of the monthly cost (its row says why): `datastore.follows` (Neo4j).\n')
    expect(markdown).toContain(`Not in the total:

| component | technology | why not |
| --- | --- | --- |
| \`datastore.follows\` | Neo4j | not sized in the scaling plan (no reference capacity): no machines or disks to price |
| \`datastore.urls\` | DynamoDB | managed, billed by capacity units and storage; data/prices.yaml has no DynamoDB prices |
`)
  })

  it('leaves both out when the report has neither', async () => {
    const markdown = await renderMarkdown(buildView({...feed, plan: null, cost: null}))
    expect(markdown).not.toContain('## Scaling plan')
    expect(markdown).not.toContain('## Monthly cost')
  })
})

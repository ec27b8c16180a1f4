import {beforeAll, expect, it} from 'vitest'
import {buildView, type ReportView} from '../../src/render/view/index.js'
import {reportOfFile} from '../helpers/analysis.js'

// The summary says every number is derived in the appendix: the plan's and the cost's were not.
let view: ReportView
beforeAll(async () => {
  view = buildView(await reportOfFile('examples/social-feed.yaml'))
})

const group = (title: string) => view.appendix.groups.find((g) => g.title === title)

it('the appendix derives each node count of the plan with its per-node figures, and the total as their sum', () => {
  const plan = group('Scaling plan')!
  const app = plan.rows.find((r) => r.id === '`app`')!
  // 41,667/s ÷ (2,424/s per server × 70%) = 24.6 → 25.
  expect(app.value).toBe('25')
  expect(app.formula).toContain('peak requests 41,667/s ÷ (2,424/s per server × 70%) = 24.6 → 25 servers')
  expect(app.inputs).toContain('`throughput.appserver.stackoverflow_avg_req_per_s` = 2,424 req/s')
  const total = plan.rows.find((r) => r.id === '`nodes.total`')!
  // 1 + 1 + 657 + 0 + 60 + 3 + 25 = 747, Neo4j not sized (the cache: 30 Redis shards by memory, each with a replica).
  expect(total.value).toBe('747')
  expect(total.inputs).toBe('`datastore.users primary` = 1; `datastore.users replica` = 1; `datastore.posts node` = 657; `media-path.posts media` = 0; `cache.posts cache` = 60; `queue broker` = 3; `app app` = 25')
})

it('the appendix derives each cost line as quantity × unit price, and the totals as sums', () => {
  const cost = group('Monthly cost')!
  const cassandra = cost.rows.find((r) => r.label.startsWith('compute: 657 Cassandra'))!
  // 657 nodes × 730 h = 479,610 node-hours × $0.192 = $92,085.12.
  expect(cassandra.inputs).toBe('`quantity` = 479,610 node-hour; `unitPrice` = $0.192 (`prices.compute.m6i.xlarge`)')
  expect(cassandra.value).toBe('$92,085.12')
  const total = cost.rows.find((r) => r.id === '`cost.monthly`')!
  // To the cent, so the sum checks (to the dollar the parts could read one short of the total).
  const [storage, egress, compute] = ['storage', 'egress', 'compute'].map((c) => cost.rows.find((r) => r.id === `\`cost.${c}.monthly\``)!.value)
  // storage: 22.35 + 22.35 + 1,314,000 GB × 0.0745058 = 97,900.62 + 54,750,000 GB × 0.023 = 1,259,250 → 1,357,195.32;
  // compute: 730 h × 0.768 = 560.64 (twice) + 92,085.12 + 60 × 730 = 43,800 × 0.192 = 8,409.60 + 2,190 × 0.384 = 840.96 + 18,250 × 0.384 = 7,008 → 109,464.96.
  expect([storage, egress, compute]).toEqual(['$1,357,195.32', '$41,490.00', '$109,464.96'])
  // 1,357,195.32 + 41,490.00 + 109,464.96 = 1,508,150.28
  expect(total.value).toBe('$1,508,150.28')
})

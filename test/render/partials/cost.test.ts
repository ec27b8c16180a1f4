import {expect, it} from 'vitest'
import type {CostView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('cost partial: each line with its quantity, unit price and source, then subtotals and the total', () => {
  const view: CostView = {
    pricesAsOf: '2026-01',
    basis: 'The bill of a month in year 2 of the 2-year horizon.',
    lines: [
      {component: '`datastore.items`', category: 'storage', description: 'block storage', quantity: '110 GB-month', unitPrice: '$0.08', monthly: '$8.80', source: '`aws.ebs.gp3`: AWS price list'},
      {component: '`app`', category: 'compute', description: 'app servers', quantity: '2,190 node-hour', unitPrice: '$0.17', monthly: '$372', source: '`aws.ec2.m7g.xlarge`: AWS price list'},
    ],
    byCategory: [
      {category: 'compute', monthly: '$372'},
      {category: 'storage', monthly: '$8.80'},
    ],
    total: '$381',
    unpriced: [],
  }
  expect(renderPartial('cost', view)).toBe(`## Monthly cost

Prices as of 2026-01, in US dollars. The bill of a month in year 2 of the 2-year horizon.

| component | category | what | quantity | unit price | per month | price source |
| --- | --- | --- | ---: | ---: | ---: | --- |
| \`datastore.items\` | storage | block storage | 110 GB-month | $0.08 | $8.80 | \`aws.ebs.gp3\`: AWS price list |
| \`app\` | compute | app servers | 2,190 node-hour | $0.17 | $372 | \`aws.ec2.m7g.xlarge\`: AWS price list |
| **compute** | | | | | **$372** | |
| **storage** | | | | | **$8.80** | |
| **total** | | | | | **$381** | |
`)
})

import {expect, it} from 'vitest'
import type {PlanView} from '../../../src/render/view/index.js'
import {renderPartial} from './render-partial.js'

it('plan partial: node counts with their basis, the total, and the per-node figures used', () => {
  const view: PlanView = {
    targetUtilization: '70%',
    rows: [
      {
        component: '`datastore.items` (items)',
        technology: 'PostgreSQL',
        role: 'primary',
        nodes: '3',
        shards: '1',
        shardKey: '–',
        storage: '36.5 GB × 3 copies on block disks',
        basis: 'peak writes 2.31/s ÷ (3,800/s per node × 70%) → 1 node; 2 replicas for failover',
      },
    ],
    totalNodes: '3',
    unsized: null,
    capacities: [{component: '`datastore.items`', key: '`postgres.writeQps`', value: '3,800 req/s', source: 'pgbench'}],
  }
  expect(renderPartial('plan', view)).toBe(`## Scaling plan

Sized for 70% utilisation at peak.

| component | technology | role | nodes | shards | shard key | data kept | why this many |
| --- | --- | --- | ---: | ---: | --- | --- | --- |
| \`datastore.items\` (items) | PostgreSQL | primary | 3 | 1 | – | 36.5 GB × 3 copies on block disks | peak writes 2.31/s ÷ (3,800/s per node × 70%) → 1 node; 2 replicas for failover |
| **total** | | | **3** | | | | |

Per-node figures used:

| component | figure | value | source |
| --- | --- | ---: | --- |
| \`datastore.items\` | \`postgres.writeQps\` | 3,800 req/s | pgbench |
`)
})

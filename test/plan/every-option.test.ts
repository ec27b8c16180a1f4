import {beforeAll, describe, expect, it} from 'vitest'
import {estimateCost, PRICES} from '../../src/cost/index.js'
import {estimate, type Estimate} from '../../src/engine/estimate.js'
import {MATRICES} from '../../src/matrices/generated/matrices.js'
import {findTechnology} from '../../src/plan/capacities.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import {loadSpec} from '../../src/spec/load.js'
import type {SystemModel} from '../../src/spec/model.js'
import {chose} from '../helpers/decisions.js'

/*
 * Every product a matrix can recommend must be in the scaling plan and the
 * monthly cost, or the report must say why not: an entry in
 * data/capacities.yaml that either sizes it or declares a `gap` (the reason it
 * is not sized), and, once sized, a price for what it runs on or a reason in
 * the cost's `unpriced`. A new option with a new technology fails here until
 * it is given one or the other.
 *
 * One workload with records and media, so that a media-path option has media
 * to place and a store has writes, reads and data to be sized from.
 */
const SPEC = `name: Every option
users: {mau: 10M, dau: 1M}
workloads:
  items:
    writes: {perSecond: 500}
    reads: {perSecond: 5000}
    recordSize: 1 KB
    retention: 1 year
    media: {writeShare: 10%, size: 1 MB, readShare: 5%}
`

let model: SystemModel
let e: Estimate
beforeAll(async () => {
  model = (await loadSpec(SPEC, 'every-option.yaml')).model
  e = estimate(model)
})

const products = MATRICES.flatMap((m) => m.options.filter((o) => o.technology !== null).map((o) => ({matrix: m, option: o, technology: o.technology!})))

describe('every product a matrix can choose', () => {
  it.each(products.map((p) => [`${p.matrix.id}: ${p.option.id} (${p.technology})`, p] as const))('%s is sized and priced, or the plan and the cost say why not', (_name, p) => {
    const entry = findTechnology(CAPACITIES, p.technology)
    expect(entry, `${p.technology} has no entry in data/capacities.yaml`).not.toBeNull()
    const decision = chose(p.matrix.id, p.matrix.subject === 'workload' ? 'items' : null, p.option.id, p.technology)
    const plan = planScaling(model, e, [decision], CAPACITIES)
    const cost = estimateCost(model, e, [decision], plan, PRICES)
    const items = plan.items.filter((i) => i.component === decision.id)
    expect(items.length, 'the plan has a row for it').toBeGreaterThan(0)
    for (const item of items) {
      if (!item.sized) {
        // Declared unsized: the catalog states why, and the plan's row and the cost repeat it.
        expect(entry!.capacity.gap?.trim(), `${p.technology} is not sized but declares no gap`).toBeTruthy()
        expect(item.basis.join(' ')).toContain(entry!.capacity.gap!)
        expect(cost.unpriced.find((u) => u.component === item.component)?.reason.trim()).toBeTruthy()
        continue
      }
      const priced = cost.lines.some((l) => l.component === item.component)
      const why = cost.unpriced.find((u) => u.component === item.component && u.technology === item.technology)?.reason.trim()
      expect(priced || Boolean(why), `${item.technology} (${item.role}) is sized but neither priced nor said to be unpriced`).toBe(true)
      // Machines it runs on are always priced: a node class names a compute price.
      if (item.nodes > 0 && item.nodeClass !== null) expect(PRICES.prices[`compute.${item.nodeClass}`], `compute.${item.nodeClass}`).toBeDefined()
    }
  })
})

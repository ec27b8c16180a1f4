import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import type {SystemModel} from '../../src/spec/model.js'
import {loadSpec} from '../../src/spec/load.js'
import {ROOT, value} from '../helpers/spec.js'

// estimate() is pure but must not answer from a cache keyed by the model's identity or shape:
// a copy of a model with one input changed is a new question, and gets a new answer, also
// after the original was estimated many times (what a throughput benchmark does).
describe('estimate() answers each model afresh', () => {
  it('a copied model with a changed MAU gives the new DAU and rates', async () => {
    const {model} = await loadSpec(readFileSync(`${ROOT}/examples/social-feed.yaml`, 'utf8'), 'examples/social-feed.yaml')
    for (let i = 0; i < 50; i++) estimate(model)
    const mau = model.users.mau!
    const copy: SystemModel = {...model, users: {...model.users, mau: {...mau, value: 600_000_000}}}
    const before = estimate(model)
    const after = estimate(copy)
    // 50 % of 300 M = 150 M before; of 600 M = 300 M after.
    expect(value(before, 'input.users.dau')).toBe(150_000_000)
    expect(value(after, 'input.users.dau')).toBe(300_000_000)
    // 300 M × 2 posts = 600 M writes a day; ÷ 86,400 s = 6,944.44… /s (twice the 3,472.22… of the original).
    expect(value(after, 'qps.write.avg')).toBeCloseTo(6944.4444, 3)
    expect(value(before, 'qps.write.avg')).toBeCloseTo(3472.2222, 3)
    // And the original still gives its own answer, byte for byte, after the copy was estimated.
    expect(JSON.stringify(estimate(model))).toBe(JSON.stringify(before))
  })
})

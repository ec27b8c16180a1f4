import {describe, expect, it} from 'vitest'
import {estimateYaml, MINIMAL, value} from '../helpers/spec.js'

/**
 * The error budget split along the request path (engine/budget-split.ts). A
 * path of three links: a load balancer at 99.99 % (1 − a = 0.0001), a
 * parallel pair of 99 % apps reduced to one link (1 − a = 0.01² = 0.0001) and
 * a database at 99.8 % (1 − a = 0.002). Σ (1 − a) = 0.0022.
 */
const PATH = `components:
  - {name: lb, availability: 99.99%}
  - name: apps
    parallel:
      - {name: app-a, availability: 99%}
      - {name: app-b, availability: 99%}
  - {name: db, availability: 99.8%}
`
const withSlo = `${MINIMAL}slo:\n  availability: 99.9%\n${PATH}`

describe('error budget split along the request path', () => {
  it('shares each link of the path its 1 − A ÷ Σ (1 − A), parallel groups reduced first', async () => {
    const e = await estimateYaml(`${MINIMAL}${PATH}`)
    // 0.0001 ÷ 0.0022 = 1/22; the pair's 0.01² = 0.0001 ÷ 0.0022 = 1/22; 0.002 ÷ 0.0022 = 10/11
    expect(value(e, 'availability.split.1.unavailabilityShare')).toBeCloseTo(1 / 22, 9)
    expect(value(e, 'availability.split.2.unavailabilityShare')).toBeCloseTo(1 / 22, 9)
    expect(value(e, 'availability.split.3.unavailabilityShare')).toBeCloseTo(10 / 11, 9)
    expect(e.metrics.get('availability.split.weakLink')).toMatchObject({label: 'Weak link (db): the largest share of the path\'s unavailability', formula: 'max(s1, s2, s3)'})
    expect(value(e, 'availability.split.weakLink')).toBeCloseTo(10 / 11, 9)
    expect(e.metrics.get('availability.split.3.unavailabilityShare')).toMatchObject({
      formula: '(1 − a3) ÷ ((1 − a1) + (1 − a2) + (1 − a3))',
      inputs: {a1: 'availability.composite.1', a2: 'availability.composite.2', a3: 'availability.composite.3'},
    })
    // Without an SLO there is no budget to spend or to allot.
    expect(e.metrics.get('availability.split.3.budgetShare')).toBeUndefined()
    expect(e.metrics.get('availability.split.3.downtime')).toBeUndefined()
  })

  it('with an SLO: the budget each link spends alone, and its allowed downtime per SLO window', async () => {
    const e = await estimateYaml(withSlo)
    // (1 − a) ÷ (1 − 0.999): 0.0001 ÷ 0.001 = 10 %; 10 %; 0.002 ÷ 0.001 = 200 % (db breaks the SLO alone)
    expect(value(e, 'availability.split.1.budgetShare')).toBeCloseTo(0.1, 9)
    expect(value(e, 'availability.split.2.budgetShare')).toBeCloseTo(0.1, 9)
    expect(value(e, 'availability.split.3.budgetShare')).toBeCloseTo(2, 9)
    // share × (1 − 0.999) × 30 days (2,592,000 s): 1/22 × 2,592 s = 117.8181… s; 10/11 × 2,592 s = 2,356.3636… s
    expect(value(e, 'availability.split.1.downtime')).toBeCloseTo(2592 / 22, 6)
    expect(value(e, 'availability.split.3.downtime')).toBeCloseTo(25_920 / 11, 6)
    expect(e.metrics.get('availability.split.3.downtime')).toMatchObject({
      unit: 's',
      formula: 'share × (1 − availability) × window',
      inputs: {share: 'availability.split.3.unavailabilityShare', availability: 'input.slo.availability', window: 'input.slo.window'},
    })
  })

  it('opens nested series into one chain, by tree position', async () => {
    const e = await estimateYaml(`${MINIMAL}components:
  - {name: lb, availability: 99.9%}
  - name: backend
    series:
      - {name: app, availability: 99.9%}
      - {name: db, availability: 99.8%}
`)
    // 0.001, 0.001, 0.002 of Σ 0.004: 25 %, 25 %, 50 %
    expect(value(e, 'availability.split.1.unavailabilityShare')).toBeCloseTo(0.25, 9)
    expect(value(e, 'availability.split.2.1.unavailabilityShare')).toBeCloseTo(0.25, 9)
    expect(value(e, 'availability.split.2.2.unavailabilityShare')).toBeCloseTo(0.5, 9)
    expect(e.metrics.get('availability.split.2.unavailabilityShare')).toBeUndefined()
  })

  it('a path of one link takes the whole budget', async () => {
    const e = await estimateYaml(`${MINIMAL}slo:\n  availability: 99.9%\ncomponents:\n  name: pair\n  parallel:\n    - {name: a, availability: 99%}\n    - {name: b, availability: 99%}\n`)
    expect(value(e, 'availability.split.0.unavailabilityShare')).toBe(1)
    // 0.01² = 0.0001 ÷ 0.001 = 10 %; the whole budget: 1 × 0.001 × 2,592,000 s = 2,592 s
    expect(value(e, 'availability.split.0.budgetShare')).toBeCloseTo(0.1, 9)
    expect(value(e, 'availability.split.0.downtime')).toBeCloseTo(2592, 6)
  })
})

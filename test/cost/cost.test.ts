import {beforeAll, describe, expect, it} from 'vitest'
import {estimateCost, PRICES, servedByCdn} from '../../src/cost/index.js'
import type {CostLine, CostReport} from '../../src/cost/types.js'
import {estimate} from '../../src/engine/estimate.js'
import type {Decision} from '../../src/matrices/types.js'
import {CAPACITIES, planScaling} from '../../src/plan/index.js'
import {loadSpec} from '../../src/spec/load.js'
import {chose} from '../helpers/decisions.js'

/*
 * 100 writes/s (peak 200) of 500 B records, each with a 1 MB photo; 1,000 reads/s
 * (peak 2,000) of 500 B, one in ten fetching its photo; kept 30 days.
 *   text kept   100 × 86,400 × 500 B × 30        = 129.6 GB
 *   media kept  100 × 86,400 × 1,000,000 B × 30  = 259.2 TB = 259,200 GB
 *   text egress  1,000 × 500 B = 500,000 B/s;  media egress 1,000 × 10 % × 1 MB = 100,000,000 B/s
 * Plan (shipped capacities): PostgreSQL 1 primary + 1 replica (m6i.4xlarge); 2 app servers
 * (peak 2,200 ÷ (2,424 × 0.7) = 1.3 → 2, the minimum, m6i.2xlarge); media in object storage.
 */
const spec = (extra = ''): string => `name: Cost
users: {mau: 1M, dau: 100K}
${extra}workloads:
  photos:
    writes: {perSecond: 100}
    reads: {perSecond: 1000}
    recordSize: 500 B
    media: {writeShare: 100%, size: 1 MB, readShare: 10%}
    retention: 30 days
`

const STORE = chose('datastore', 'photos', 'relational', 'PostgreSQL')
const CDN = chose('media-path', 'photos', 'object-storage-cdn', 'Amazon S3 + CloudFront', 'Object storage behind a CDN')
const ORIGIN = chose('media-path', 'photos', 'object-storage', 'Amazon S3', 'Object storage')

async function cost(decisions: Decision[], extra = '', prices = PRICES): Promise<CostReport> {
  const model = (await loadSpec(spec(extra), 'cost.yaml')).model
  const e = estimate(model)
  return estimateCost(model, e, decisions, planScaling(model, e, decisions, CAPACITIES), prices)
}

const find = (r: CostReport, category: CostLine['category'], component: string): CostLine[] => r.lines.filter((l) => l.category === category && l.component === component)

describe('estimateCost (hand arithmetic in comments)', () => {
  let r: CostReport
  beforeAll(async () => {
    r = await cost([STORE, CDN])
  })

  it('prices database data on block storage, once per copy', () => {
    // primary and replica each hold 129.6 GB × 0.0745058 $/GB-month = 9.6560 → $9.66
    const lines = find(r, 'storage', 'datastore.photos')
    expect(lines.map((l) => [l.quantity, l.priceKey, l.monthlyUsd])).toEqual([
      [129.6, 'storage.block', 9.66],
      [129.6, 'storage.block', 9.66],
    ])
    expect(lines[0]!.description).toBe('130 GB × 1 copy on block storage (the disks of the PostgreSQL primary) = 130 GB')
  })

  it('prices media in object storage', () => {
    // 259,200 GB × 0.023 = $5,961.60
    const [line] = find(r, 'storage', 'media-path.photos')
    expect(line).toMatchObject({quantityUnit: 'GB-month', priceKey: 'storage.object', unitPriceUsd: 0.023, monthlyUsd: 5961.6})
    expect(line!.quantity).toBeCloseTo(259_200, 6)
  })

  it('prices egress over the spec month: records at the internet price, media at the CDN price', () => {
    // text 500,000 B/s × 2,592,000 s = 1,296 GB × 0.09 = $116.64
    const [text] = find(r, 'egress', 'app')
    expect(text).toMatchObject({priceKey: 'egress.internet', monthlyUsd: 116.64})
    expect(text!.quantity).toBeCloseTo(1296, 9)
    // media 100,000,000 B/s × 2,592,000 s = 259,200 GB × 0.085 = $22,032
    const [media] = find(r, 'egress', 'media-path.photos')
    expect(media).toMatchObject({priceKey: 'egress.cdn', monthlyUsd: 22032})
    expect(media!.description).toContain('from the CDN')
  })

  it('prices machines for 730 hours a month', () => {
    // PostgreSQL: 1 node × 730 h × 0.768 = $560.64, twice (primary, replica); app 2 × 730 × 0.384 = $560.64
    expect(find(r, 'compute', 'datastore.photos').map((l) => [l.quantity, l.priceKey, l.monthlyUsd])).toEqual([
      [730, 'compute.m6i.4xlarge', 560.64],
      [730, 'compute.m6i.4xlarge', 560.64],
    ])
    expect(find(r, 'compute', 'app').map((l) => [l.quantity, l.monthlyUsd, l.description])).toEqual([[1460, 560.64, '2 App servers (m6i.2xlarge) × 730 h']])
    // object storage has no machines
    expect(find(r, 'compute', 'media-path.photos')).toEqual([])
  })

  it('totals by category, by component and overall', () => {
    // storage 9.66 + 9.66 + 5,961.60 = 5,980.92; egress 116.64 + 22,032 = 22,148.64; compute 3 × 560.64 = 1,681.92
    expect(r.byCategory).toEqual({storage: 5980.92, egress: 22148.64, compute: 1681.92})
    expect(r.byComponent).toEqual({'datastore.photos': 1140.6, 'media-path.photos': 27993.6, app: 677.28})
    // 5,980.92 + 22,148.64 + 1,681.92 = 29,811.48
    expect(r.totalMonthlyUsd).toBe(29811.48)
    expect(r).toMatchObject({currency: 'USD', pricesAsOf: '2026-06', hoursPerMonth: 730, secondsPerMonth: 2_592_000, unpriced: []})
  })

  it('prices media egress at the internet price when the media path has no CDN', async () => {
    // 259,200 GB × 0.09 = $23,328
    const [media] = find(await cost([STORE, ORIGIN]), 'egress', 'media-path.photos')
    expect(media).toMatchObject({priceKey: 'egress.internet', monthlyUsd: 23328})
  })

  it("reads the spec's month for traffic, not for machine hours", async () => {
    // a 30.4375-day month is 2,629,800 s: text 500,000 × 2,629,800 = 1,314.9 GB × 0.09 = $118.341 → $118.34
    const r2 = await cost([STORE, CDN], 'conventions: {month: 30.4375 days}\n')
    expect(find(r2, 'egress', 'app')[0]!.monthlyUsd).toBe(118.34)
    expect(find(r2, 'compute', 'app')[0]!.quantity).toBe(1460)
  })

  it('uses the prices it is given (an overlay)', async () => {
    // 259,200 GB × 0.05 = $12,960
    const prices = {...PRICES, prices: {...PRICES.prices, 'egress.cdn': {key: 'overlay:acme.yaml', value: 0.05, unit: 'USD/GB' as const, source: 'our contract'}}}
    const [media] = find(await cost([STORE, CDN], '', prices), 'egress', 'media-path.photos')
    expect(media).toMatchObject({monthlyUsd: 12960, priceKey: 'egress.cdn', source: 'our contract'})
  })

  it('lists what it cannot price: unsized technologies and managed capacity', async () => {
    const r2 = await cost([chose('datastore', 'photos', 'graph', 'Neo4j'), chose('cache', 'photos', 'x', 'DynamoDB')])
    expect(r2.unpriced.map((u) => [u.component, u.technology])).toEqual([
      ['datastore.photos', 'Neo4j'],
      ['cache.photos', 'DynamoDB'],
    ])
  })

  it('states its assumptions', () => {
    expect(r.notes.join('\n')).toMatch(/730 hours a month/)
    expect(r.notes.join('\n')).toMatch(/30 days = 2,592,000 s/)
    expect(r.notes.join('\n')).toMatch(/full retention/)
  })
})

describe('servedByCdn', () => {
  it.each([
    ['object-storage-cdn', 'Amazon S3 + CloudFront', true],
    ['cdn', null, true],
    ['object-storage', 'Amazon S3', false],
    ['in-database', null, false],
  ] as const)('%s (%s) → %s', (option, technology, expected) => {
    expect(servedByCdn(chose('media-path', 'p', option, technology))).toBe(expected)
  })
})

import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {metricValue, optionalMetric} from '../engine/metrics.js'
import type {SystemModel} from '../spec/model.js'
import type {Decision} from '../matrices/types.js'
import {bytes, bytesRate, machines, whole} from '../plan/basis.js'
import {MEDIA_MATRICES} from '../plan/plan.js'
import type {NodePlan, ScalingPlan} from '../plan/types.js'
import {significant} from '../quantity/format.js'
import {GB, type PriceCatalog} from './prices.js'
import type {CostLine, CostReport, Unpriced} from './types.js'

/** Whether a media-path decision puts a CDN in front of the media (`object-storage-cdn`, `… + CloudFront`). */
export function servedByCdn(d: Decision): boolean {
  return /(^|-)cdn(-|$)/i.test(d.choice.id) || /\bcdn\b|cloudfront/i.test(d.choice.technology ?? '')
}

/**
 * The monthly bill of a plan, line by line: storage (data kept at full
 * retention, where the plan puts it: block storage once per copy for
 * databases, object storage for media), egress (the average egress over the
 * spec's month; media at the CDN price when the media path has a CDN) and
 * compute (machines × hourly price × the billed month's hours). Pure: the
 * prices come in as data.
 */
export function estimateCost(model: SystemModel, estimate: Estimate, decisions: readonly Decision[], plan: ScalingPlan, prices: PriceCatalog): CostReport {
  const lines: CostLine[] = []
  const unpriced: Unpriced[] = []
  const secondsPerMonth = model.conventions.secondsPerMonth.value
  const hours = prices.hoursPerMonth.value
  const line = (component: string, category: CostLine['category'], description: string, quantity: number, quantityUnit: string, priceKey: string): void => {
    const price = prices.prices[priceKey]
    if (!price) {
      unpriced.push({component, technology: null, reason: `no \`${priceKey}\` price in data/prices.yaml`})
      return
    }
    lines.push({component, category, description, quantity, quantityUnit, unitPriceUsd: price.value, monthlyUsd: cents(quantity * price.value), priceKey, source: price.derived ? `${price.source} (derived: ${price.derived})` : price.source})
  }

  for (const item of plan.items) storageLine(item, line)
  egressLines(model, estimate, decisions, secondsPerMonth, line)
  for (const item of plan.items) {
    if (!item.sized) unpriced.push({component: item.component, technology: item.technology, reason: `not sized in the scaling plan (${figureless(model, item.workload) ? 'the spec states no figure for it' : 'no reference capacity'}): no machines or disks to price`})
    else if (item.nodes > 0 && item.nodeClass !== null) line(item.component, 'compute', `${machines(item.nodes, item.technology, item.role)} (${item.nodeClass}) × ${whole(hours)} h`, item.nodes * hours, 'node-hour', `compute.${item.nodeClass}`)
    else if (item.nodes === 0 && item.storage?.medium === 'managed') unpriced.push({component: item.component, technology: item.technology, reason: `managed, billed by capacity units and storage; data/prices.yaml has no ${item.technology} prices`})
  }

  const byCategory = {storage: 0, egress: 0, compute: 0}
  const byComponent: Record<string, number> = {}
  for (const l of lines) {
    byCategory[l.category] = cents(byCategory[l.category] + l.monthlyUsd)
    byComponent[l.component] = cents((byComponent[l.component] ?? 0) + l.monthlyUsd)
  }
  return {
    currency: 'USD',
    pricesAsOf: prices.asOf,
    region: prices.region,
    lines,
    byCategory,
    byComponent,
    totalMonthlyUsd: cents(lines.reduce((sum, l) => sum + l.monthlyUsd, 0)),
    hoursPerMonth: hours,
    secondsPerMonth,
    unpriced,
    notes: [
      `storage is the data kept at full retention (storage.total with no growth): the bill the system reaches once its retention window is full, not its first month's`,
      `egress is the average egress over the spec's month (${significant(secondsPerMonth / model.conventions.secondsPerDay.value, 6)} days = ${whole(secondsPerMonth)} s, the traffic convention); machines are billed for ${whole(hours)} hours a month (${prices.hoursPerMonth.source})`,
      `prices are ${prices.region} list prices on demand as of ${prices.asOf}, first tier of each tiered price (an upper bound at volume); an overlay can set negotiated ones`,
    ],
  }
}

type AddLine = (component: string, category: CostLine['category'], description: string, quantity: number, quantityUnit: string, priceKey: string) => void

/** Storage of one plan item: block storage per copy, or object storage; managed storage is not in the catalog. */
function storageLine(item: NodePlan, line: AddLine): void {
  const s = item.storage
  if (s === null || s.logicalBytes <= 0) return
  if (s.medium === 'managed') return // reported once, with the item's compute
  if (s.medium === 'object') {
    line(item.component, 'storage', `${bytes(s.logicalBytes)} of ${item.role === 'media' ? 'media objects' : 'objects'} in object storage (${item.technology}; its redundancy is in the price)`, s.logicalBytes / GB, 'GB-month', 'storage.object')
    return
  }
  if (s.copies === 0) return
  const held = s.logicalBytes * s.copies
  line(item.component, 'storage', `${bytes(s.logicalBytes)} × ${whole(s.copies)} ${s.copies === 1 ? 'copy' : 'copies'} on block storage (the disks of the ${machines(item.nodes, item.technology, item.role).replace(/^[\d,]+ /, '')}) = ${bytes(held)}`, held / GB, 'GB-month', 'storage.block')
}

/**
 * Egress over the spec's month: text (records served by the app tier) at the
 * internet price; each workload's media at the CDN price when its media-path
 * decision has a CDN, at the internet price otherwise.
 */
function egressLines(model: SystemModel, e: Estimate, decisions: readonly Decision[], secondsPerMonth: number, line: AddLine): void {
  const month = `× ${whole(secondsPerMonth)} s a month`
  const text = metricValue(e.metrics, 'bandwidth.egress.text.avg')
  if (text > 0) line('app', 'egress', `records served: ${bytesRate(text)} average ${month} = ${bytes(text * secondsPerMonth)}, to the internet`, (text * secondsPerMonth) / GB, 'GB', 'egress.internet')
  for (const w of model.workloads) {
    // A workload without media sends none.
    const media = optionalMetric(e.metrics, workloadMetricId(w.name, 'bandwidth.egress.media.avg')) ?? 0
    if (media <= 0) continue
    const decision = decisions.find((d) => MEDIA_MATRICES.has(d.matrix) && d.subject === w.name)
    const cdn = decision !== undefined && servedByCdn(decision)
    const component = decision?.id ?? 'app'
    const sent = media * secondsPerMonth
    line(component, 'egress', `${w.name} media: ${bytesRate(media)} average ${month} = ${bytes(sent)}, ${cdn ? `from the CDN (${decision!.choice.label})` : 'to the internet (no CDN in the media path)'}`, sent / GB, 'GB', cdn ? 'egress.cdn' : 'egress.internet')
  }
}

function cents(usd: number): number {
  return Math.round(usd * 100) / 100
}

/** Whether the workload a plan item serves states no figure (`figures: none`). */
function figureless(model: SystemModel, workload: string | null): boolean {
  return model.workloads.some((w) => w.name === workload && w.figureless === true)
}

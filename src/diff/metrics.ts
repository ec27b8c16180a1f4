import {type DowntimePeriod, downtimeId, type MetricId} from '../engine/ids.js'
import type {DiffSide, MetricDelta, SideMetric} from './types.js'

/**
 * Values this close (relative to their size) are equal: the same spec gives
 * bit-identical numbers, and anything closer than this is floating-point noise
 * from summing in another order, not a change anyone would act on.
 */
export const SAME_VALUE_TOLERANCE = 1e-12

export function sameValue(a: number, b: number, tolerance = SAME_VALUE_TOLERANCE): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b))
}

const PERIODS: readonly DowntimePeriod[] = ['year', 'quarter', 'month', 'week', 'day', 'hour']

/**
 * The headline metrics, in the order they are listed: peak QPS, storage kept
 * and per day, peak bandwidth, cache memory, the availability budget, the
 * monthly cost and the nodes of the plan. A pattern matches ids the engine may
 * add later (another `qps.*.peak`, another `availability.*`). Ids are the
 * engine's, typed, and the plan's and cost's own (see sideFrom).
 */
const HEADLINE: ReadonlyArray<MetricId | 'cost.monthly' | 'nodes.total' | RegExp> = [
  'qps.read.peak',
  'qps.write.peak',
  'qps.total.peak',
  /^qps\.[^.]+\.peak$/,
  'storage.total',
  'storage.perDay',
  'bandwidth.ingress.peak',
  'bandwidth.egress.peak',
  /^bandwidth\.[^.]+\.peak$/,
  'cache.provisionedBytes',
  ...PERIODS.map((p) => downtimeId('slo', p)),
  'availability.errorBudget.requestsPerMonth',
  'availability.composite',
  ...PERIODS.map((p) => downtimeId('composite', p)),
  // The month's error budget heads the diff; the other periods' and the burn-rate alerts follow
  // from the SLO already at the top, so they come among the other metrics.
  /^availability\.(?!errorBudget\.|burnRate\.)/,
  'cost.monthly',
  'nodes.total',
]

/** The groups the other metrics follow, in order: system-wide, plan and cost breakdowns, per workload, spec inputs, calendar. */
function restGroup(id: string): number {
  if (id.startsWith('nodes.') || id.startsWith('cost.')) return 1
  if (id.startsWith('workload.')) return 2
  if (id.startsWith('input.')) return 3
  if (id.startsWith('calendar.')) return 4
  return 0
}

/** Rank of an id: its headline position, or after every headline, its group. */
export function metricRank(id: string): number {
  const i = HEADLINE.findIndex((m) => (typeof m === 'string' ? m === id : m.test(id)))
  return i >= 0 ? i : HEADLINE.length + restGroup(id)
}

export function isHeadline(id: string): boolean {
  return metricRank(id) < HEADLINE.length
}

/**
 * Natural order of dotted ids: segment by segment, numbers by value
 * (`storage.year.2` before `storage.year.10`), words by code point (no locale).
 */
export function compareIds(a: string, b: string): number {
  const as = a.split('.')
  const bs = b.split('.')
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!
    const y = bs[i]!
    if (x === y) continue
    const nx = /^\d+$/.test(x) ? Number(x) : NaN
    const ny = /^\d+$/.test(y) ? Number(y) : NaN
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny
    return x < y ? -1 : 1
  }
  return as.length - bs.length
}

export function compareMetricOrder(a: string, b: string): number {
  return metricRank(a) - metricRank(b) || compareIds(a, b)
}

/** Every metric of either side, with its change, in listing order. */
export function compareMetrics(base: DiffSide, head: DiffSide): MetricDelta[] {
  const ids = [...new Set([...Object.keys(base.metrics), ...Object.keys(head.metrics)])].sort(compareMetricOrder)
  return ids.map((id) => delta(id, base.metrics[id], head.metrics[id]))
}

function delta(id: string, b: SideMetric | undefined, h: SideMetric | undefined): MetricDelta {
  const about = (h ?? b)!
  const common = {id, label: about.label, unit: about.unit, headline: isHeadline(id)}
  if (!b) return {...common, status: 'added', base: null, head: h!.value, delta: null, relative: null}
  if (!h) return {...common, status: 'removed', base: b.value, head: null, delta: null, relative: null}
  if (sameValue(b.value, h.value)) return {...common, status: 'unchanged', base: b.value, head: h.value, delta: 0, relative: 0}
  const change = h.value - b.value
  return {...common, status: 'changed', base: b.value, head: h.value, delta: change, relative: b.value === 0 ? null : change / Math.abs(b.value)}
}

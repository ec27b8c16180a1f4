import {workloadMetricId} from '../../engine/ids.js'
import type {DesignReport, WorkloadRequirement} from '../../analysis/report.js'
import {formatCount, significant} from '../../quantity/format.js'
import type {StatedRate} from '../../analysis/requirements.js'
import {code, md} from '../../spec/sinks/markdown.js'
import {NONE, type Numbers} from './numbers.js'

export interface RequirementsView {
  readonly functional: readonly {
    readonly workload: string
    readonly description: string
    readonly writes: string
    readonly reads: string
    readonly kept: string
    readonly shape: string
  }[]
  readonly nonFunctional: readonly {readonly requirement: string; readonly target: string}[]
}

export function requirementsView(report: DesignReport, n: Numbers): RequirementsView {
  const req = report.requirements
  const slo = req.slo
  const nonFunctional: {requirement: string; target: string}[] = [
    {requirement: 'Monthly active users', target: req.users.mau === null ? 'not stated' : n.value(req.users.mau, 'users')},
    {requirement: 'Daily active users', target: req.users.dau === null ? 'not stated' : n.value(req.users.dau, 'users')},
    {requirement: 'Availability', target: slo.availability === null ? 'not stated' : `${n.value(slo.availability, 'ratio')} (${n.metric('availability.slo.downtime.year')} of downtime a year)`},
  ]
  const latency = Object.entries(slo.latencySeconds)
  if (latency.length === 0) nonFunctional.push({requirement: 'Latency', target: 'not stated'})
  for (const [percentile, seconds] of latency) nonFunctional.push({requirement: `Latency ${percentile}`, target: n.value(seconds, 's')})
  nonFunctional.push({requirement: 'Consistency', target: slo.consistency ?? 'not stated'})
  if (slo.durability !== null) nonFunctional.push({requirement: 'Durability', target: n.value(slo.durability, 'ratio')})
  const connections = req.connections
  if (connections) nonFunctional.push({requirement: 'Open connections', target: `${connections.concurrent === null ? 'no figure stated' : `${n.value(connections.concurrent, 'count')} at once`}${connections.bidirectional ? ', clients send over them' : ''}`})
  const peak = report.conventions.find((c) => c.name === 'peakFactor')
  if (peak) nonFunctional.push({requirement: 'Peak traffic', target: md(peak.display)})
  return {
    functional: req.workloads.map((w) => ({
      workload: md(w.name),
      description: w.description === null ? NONE : md(w.description),
      writes: traffic(w.writes, n.metric(workloadMetricId(w.name, 'requests.write.perDay'))),
      reads: traffic(w.reads, n.metric(workloadMetricId(w.name, 'requests.read.perDay'))),
      kept: kept(w, n),
      shape: shape(w, n),
    })),
    nonFunctional,
  }
}

const PER: Readonly<Record<StatedRate['basis'], (amount: string) => string>> = {
  perUserPerDay: (a) => `${a} per daily user a day`,
  perUserPerMonth: (a) => `${a} per monthly user a month`,
  perSecond: (a) => `${a} a second`,
  perDay: (a) => `${a} a day`,
  perMonth: (a) => `${a} a month`,
  perMinute: (a) => `${a} a minute`,
  perHour: (a) => `${a} an hour`,
  perWeek: (a) => `${a} a week`,
  perYear: (a) => `${a} a year`,
}

/** `2 per daily user a day (300 M a day)`. */
function traffic(rate: StatedRate | null, perDay: string): string {
  if (!rate) return NONE
  const amount = rate.basis === 'perUserPerDay' || rate.basis === 'perUserPerMonth' ? significant(rate.amount) : formatCount(rate.amount)
  const stated = PER[rate.basis](amount)
  return rate.basis === 'perDay' ? stated : `${stated} (${perDay} a day)`
}

function kept(w: WorkloadRequirement, n: Numbers): string {
  if (w.queries.updates === 'in-place' && w.existingRecords !== null) return `${n.value(w.existingRecords, 'count')} records, one per key, updated in place`
  const span = w.retentionSeconds === null ? 'forever' : n.retention(w.retentionSeconds)
  return w.existingRecords === null ? span : `${span}; ${n.value(w.existingRecords, 'count')} records held`
}

/** The stated shape of the data: what the decision matrices read besides the numbers. */
function shape(w: WorkloadRequirement, n: Numbers): string {
  const parts: string[] = []
  if (w.access) parts.push(`${w.access} access`)
  if (w.transactions !== null) parts.push(w.transactions ? 'transactions' : 'no transactions')
  if (w.relationships !== null) parts.push(w.relationships ? 'joins' : 'no joins')
  if (w.ordering !== null) parts.push(w.ordering ? 'ordered' : 'unordered')
  if (w.fanout) {
    const max = w.fanout.maxFollowers === null ? '' : `, up to ${n.value(w.fanout.maxFollowers, 'count')}`
    parts.push(`fan-out to ${n.value(w.fanout.averageFollowers, 'count')} followers on average${max}`)
  }
  parts.push(...queryShape(w.queries, n))
  return parts.length === 0 ? NONE : parts.join('; ')
}

/** `updated in place`, `nearest geo queries`, `ranking with a member's rank, at once`, `pushed to 40 connected clients`. */
function queryShape(q: WorkloadRequirement['queries'], n: Numbers): string[] {
  const parts: string[] = []
  if (q.updates) parts.push(q.updates === 'in-place' ? 'updated in place' : 'appended')
  if (q.geo) parts.push(`${q.geo} geo queries`)
  if (q.ranking) {
    const r = q.ranking
    const refresh = r.refreshSeconds === null ? null : r.refreshSeconds === 0 ? 'refreshed at once' : `refreshed every ${n.retention(r.refreshSeconds)}`
    const window = r.windowSeconds === null ? null : `over the last ${n.retention(r.windowSeconds)}`
    parts.push(['ranking', r.member ? "with a member's own rank" : null, refresh, window].filter((x) => x !== null).join(', '))
  }
  if (q.rollups) parts.push(`rolled up for ${n.value(q.rollups.series, 'count')} series: ${q.rollups.tiers.map((t) => `${resolution(t.resolutionSeconds, n)} points kept ${n.retention(t.retentionSeconds)}`).join(', ')}`)
  if (q.analytics) parts.push(`aggregated, ${q.analytics.freshnessSeconds === 0 ? 'as the events arrive' : `at most ${resolution(q.analytics.freshnessSeconds, n)} stale`}${q.analytics.userFacing ? ', queried by users' : ''}`)
  if (q.partitionKey !== null) parts.push(`partitioned by ${code(q.partitionKey)}`)
  if (q.pushRecipients !== null) parts.push(`pushed to ${n.value(q.pushRecipients, 'count')} connected ${q.pushRecipients === 1 ? 'client' : 'clients'}`)
  return parts
}

/** A rollup resolution or a staleness as it is stated: `1 min`, `1 h`, `10 s`; a day or more as a span. */
function resolution(seconds: number, n: Numbers): string {
  if (seconds >= 86_400) return n.retention(seconds)
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  if (seconds % 60 === 0) return `${seconds / 60} min`
  return n.value(seconds, 's')
}

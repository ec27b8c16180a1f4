import {metricId, type Scope, type ScopeSuffix, SYSTEM, workloadScope} from '../../engine/ids.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {md} from '../../spec/sinks/markdown.js'
import {type FigureTableView, figuresView} from './figures.js'
import type {Numbers} from './numbers.js'
import {leftOutNote, zeroForLackOfTraffic} from './zero-traffic.js'

/** A per-workload table: one row per workload, a total row when there are several. */
export interface WorkloadTable<Row> {
  readonly rows: readonly Row[]
  readonly total: Row | null
}

type Columns<K extends string> = Readonly<Record<K, ScopeSuffix>>
type Row<K extends string> = {readonly workload: string} & Readonly<Record<K, string>>

const TRAFFIC = {
  readsPerDay: 'requests.read.perDay',
  writesPerDay: 'requests.write.perDay',
  avgRead: 'qps.read.avg',
  peakRead: 'qps.read.peak',
  avgWrite: 'qps.write.avg',
  peakWrite: 'qps.write.peak',
  readWrite: 'ratio.readWrite',
} as const

const STORAGE = {
  textPerDay: 'storage.text.perDay',
  mediaPerDay: 'storage.media.perDay',
  perMonth: 'storage.perMonth',
  perYear: 'storage.perYear',
  kept: 'storage.total',
} as const

const BANDWIDTH = {
  inText: 'bandwidth.ingress.text.avg',
  inMedia: 'bandwidth.ingress.media.avg',
  outText: 'bandwidth.egress.text.avg',
  outMedia: 'bandwidth.egress.media.avg',
  peakIn: 'bandwidth.ingress.peak',
  peakOut: 'bandwidth.egress.peak',
} as const

const CACHE = {
  hotSet: 'cache.hotBytes',
  memory: 'cache.provisionedBytes',
  provisionFor: 'capacity.qps',
  inFlight: 'concurrency.peak',
} as const

export interface CapacityView {
  /** What the tables and the appendix leave out for lack of traffic, said once; null when nothing. */
  readonly leftOut: string | null
  readonly traffic: WorkloadTable<Row<keyof typeof TRAFFIC>>
  readonly storage: WorkloadTable<Row<keyof typeof STORAGE>>
  readonly bandwidth: WorkloadTable<Row<keyof typeof BANDWIDTH>>
  readonly cache: WorkloadTable<Row<keyof typeof CACHE>>
  /** Counts and growth, and the figures of what the spec states beyond the usual (fill, quota, key space, servers, prices). */
  readonly figures: readonly FigureTableView[]
  /** The availability budget in one line each; null without an availability SLO. */
  readonly budget: {readonly slo: string; readonly downtimePerYear: string; readonly downtimePerMonth: string; readonly errorBudget: string} | null
}

export function capacityView(report: EstimateReport, n: Numbers): CapacityView {
  const zero = zeroForLackOfTraffic(report)
  // A workload's row is left out when each of its figures is zero for lack of traffic (or does not exist): `users | 0 | 0 | 0/s …`.
  const empty = (scope: Scope, columns: Columns<string>): boolean =>
    Object.values(columns).every((suffix) => {
      const id = metricId(scope, suffix)
      return zero.has(id) || !n.has(id)
    })
  const table = <K extends string>(columns: Columns<K>): WorkloadTable<Row<K>> => {
    const row = (workload: string, scope: Scope): Row<K> => {
      const cells = Object.fromEntries(Object.entries<ScopeSuffix>(columns).map(([key, suffix]) => [key, n.metric(metricId(scope, suffix))]))
      return {workload, ...cells} as Row<K>
    }
    return {
      rows: report.workloads.filter((w) => !empty(workloadScope(w), columns)).map((w) => row(md(w), workloadScope(w))),
      total: report.workloads.length > 1 ? row('total', SYSTEM) : null,
    }
  }
  return {
    leftOut: leftOutNote(report, zero),
    traffic: table(TRAFFIC),
    storage: table(STORAGE),
    bandwidth: table(BANDWIDTH),
    cache: table(CACHE),
    figures: figuresView(report, n),
    budget: n.has('input.slo.availability')
      ? {
          slo: n.metric('input.slo.availability'),
          downtimePerYear: n.metric('availability.slo.downtime.year'),
          downtimePerMonth: n.metric('availability.slo.downtime.month'),
          errorBudget: n.metric('availability.errorBudget.requestsPerMonth'),
        }
      : null,
  }
}

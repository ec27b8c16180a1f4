import {type ComponentSuffix, type Scope, SYSTEM, type WorkloadSuffix, workloadScope} from '../engine/ids.js'
import type {MetricNode} from '../engine/ledger.js'
import type {EstimateReport} from '../analysis/estimate-report.js'
import {own} from '../quantity/own.js'
import {grouped} from '../quantity/format.js'

/**
 * The tables of figures a spec asks for beyond traffic, storage, bandwidth and
 * cache: counts and sub-day growth (every spec that writes), and the figures
 * of a stated active window, fill, quota, key space, per-server capacity and
 * prices. One definition, read by the terminal tables and the design document
 * alike; a table appears only when the report has one of its figures, and a
 * workload only when it has one, so a spec that states none of them keeps its
 * outputs as they were.
 */
export interface FigureColumn {
  readonly header: string
  /** The metric, by its suffix in each scope (`records.held` → `workload.posts.records.held`, `records.held`). */
  readonly suffix: WorkloadSuffix | ComponentSuffix
  /** Words after the value, from the same node (which constraint binds a server count). */
  readonly note?: (node: MetricNode) => string | null
  /** A count read whole (servers to buy: 1,500, not `1.5 K`), unless a range gives it a band. */
  readonly whole?: boolean
}

export interface FigureTable {
  readonly title: string
  readonly columns: readonly FigureColumn[]
  /**
   * The figures whose presence shows the table and a workload's row, when not
   * every column's: the key space's `records held` is a count every writing
   * spec has, and the table is there for the key space, not for it.
   */
  readonly shownBy?: readonly (WorkloadSuffix | ComponentSuffix)[]
  /** Rows are the components sized from latency (`component.<name>.<suffix>`), not the workloads. */
  readonly byComponent?: true
}

/** `Servers needed (storage binds)` → `storage`. */
const binding = (node: MetricNode): string | null => /\((\w+) binds\)$/.exec(node.label)?.[1] ?? null

export const FIGURE_TABLES: readonly FigureTable[] = [
  {
    title: 'Counts and storage growth',
    columns: [
      {header: 'records/day', suffix: 'records.perDay'},
      {header: 'records held', suffix: 'records.held'},
      {header: 'media/day', suffix: 'media.objects.perDay'},
      {header: 'media held', suffix: 'media.objects.held'},
      {header: 'new data/s', suffix: 'storage.perSecond'},
      {header: 'per minute', suffix: 'storage.perMinute'},
      {header: 'per hour', suffix: 'storage.perHour'},
    ],
  },
  {
    title: 'Average within the active window',
    columns: [
      {header: 'reads', suffix: 'qps.read.windowAvg'},
      {header: 'writes', suffix: 'qps.write.windowAvg'},
      {header: 'total', suffix: 'qps.total.windowAvg'},
    ],
  },
  {
    // Push fan-out's timeline writes: the plan adds them where the fan-out decision pushes.
    title: 'Fan-out to followers (writes × average followers)',
    columns: [
      {header: 'deliveries/day', suffix: 'fanout.deliveries.perDay'},
      {header: 'per month', suffix: 'fanout.deliveries.perMonth'},
      {header: 'average', suffix: 'fanout.deliveries.avg'},
      {header: 'peak', suffix: 'fanout.deliveries.peak'},
    ],
  },
  {
    title: 'Storage provisioned at the fill',
    columns: [
      {header: 'kept', suffix: 'storage.total'},
      {header: 'fill', suffix: 'storage.fill'},
      {header: 'provisioned', suffix: 'storage.provisioned'},
    ],
    shownBy: ['storage.provisioned'],
  },
  {
    title: 'Quota: space allocated and used',
    columns: [
      {header: 'allocated', suffix: 'quota.allocatedBytes'},
      {header: 'used (one copy)', suffix: 'quota.usedBytes'},
      {header: 'share used', suffix: 'quota.usedShare'},
    ],
    shownBy: ['quota.allocatedBytes'],
  },
  {
    title: 'Key space',
    columns: [
      {header: 'keys possible', suffix: 'keys.possible'},
      {header: 'records held', suffix: 'records.held'},
      {header: 'share used', suffix: 'keys.usedShare'},
      {header: 'shortest key', suffix: 'keys.minLength'},
    ],
    shownBy: ['keys.possible'],
  },
  {
    title: 'Servers from the stated capacity per server',
    columns: [
      {header: 'by storage', whole: true, suffix: 'servers.byStorage'},
      {header: 'by memory', whole: true, suffix: 'servers.byMemory'},
      {header: 'by throughput', whole: true, suffix: 'servers.byThroughput'},
      {header: 'servers', suffix: 'servers.count', note: binding, whole: true},
    ],
  },
  {
    title: 'Queueing at the p99 budget (M/M/c, at the instances needed)',
    byComponent: true,
    columns: [
      {header: 'arrivals λ', suffix: 'arrivalRate'},
      {header: 'load a = λS', suffix: 'offeredLoad'},
      {header: 'instances', suffix: 'instances.needed', whole: true},
      {header: 'utilisation', suffix: 'utilisation'},
      {header: 'P(wait)', suffix: 'waitProbability'},
      {header: 'mean wait', suffix: 'meanWait'},
      {header: 'p99', suffix: 'responseTime.p99'},
      {header: 'p99 of S alone', suffix: 'responseTime.p99.serviceOnly'},
      {header: 'β (c ≈ a + β√a)', suffix: 'staffing.beta'},
    ],
    shownBy: ['instances.needed'],
  },
  {
    title: "Latency budget split (p99; p99s in series add up to more than the whole's)",
    byComponent: true,
    columns: [
      {header: 'budget', suffix: 'latency.budget'},
      {header: "share of the SLO's p99", suffix: 'latency.share'},
    ],
    shownBy: ['latency.budget'],
  },
  {
    title: 'Tail at fan-out (all n backends awaited; Dean & Barroso 2013)',
    byComponent: true,
    columns: [
      {header: 'each backend must meet', suffix: 'fanout.backendQuantile'},
      {header: 'requests meeting a backend over its p99', suffix: 'fanout.slowChance'},
    ],
    shownBy: ['fanout.backendQuantile'],
  },
  {
    title: 'Cost at the stated prices',
    columns: [
      {header: 'egress/day', suffix: 'spend.egress.perDay'},
      {header: 'storage/day', suffix: 'spend.storage.perDay'},
      {header: 'requests/day', suffix: 'spend.requests.perDay'},
      {header: 'per day', suffix: 'spend.perDay'},
      {header: 'per month', suffix: 'spend.perMonth'},
    ],
  },
]

export interface FigureRow {
  /** The workload's name, or null for the system's total. */
  readonly workload: string | null
  readonly cells: readonly (MetricNode | null)[]
}

/** A metric of a scope, or null when the report has none (a workload's own figure in the system's row). */
function cell(report: EstimateReport, scope: Scope | `component.${string}.`, suffix: WorkloadSuffix | ComponentSuffix): MetricNode | null {
  return own(report.metrics, `${scope}${suffix}`) ?? null
}

/**
 * The rows of one table: each workload that has one of its figures, then the
 * system's total when there are several workloads and the system has one, or
 * the system's figure alone when no workload has one. Empty when the report
 * has none.
 */
export function figureRows(report: EstimateReport, table: FigureTable): FigureRow[] {
  if (table.byComponent) return componentRows(report, table)
  const deciding = table.shownBy ?? table.columns.map((c) => c.suffix)
  const has = (scope: Scope): boolean => deciding.some((s) => cell(report, scope, s) !== null)
  const row = (workload: string | null, scope: Scope): FigureRow => ({workload, cells: table.columns.map((c) => cell(report, scope, c.suffix))})
  const rows = report.workloads.filter((w) => has(workloadScope(w))).map((w) => row(w, workloadScope(w)))
  // The system's row is a total beside several workloads; alone, it is the only row when the
  // figure is the system's own (servers from a top-level `perServer` in a one-workload spec).
  if (has(SYSTEM) && (rows.length === 0 || report.workloads.length > 1)) rows.push(row(null, SYSTEM))
  return rows
}

/**
 * One cell's text, for any renderer: `format` is the renderer's own (it marks a
 * missing figure, and a band where the figure is uncertain); a whole count
 * without a band is written out in full; a column's note follows in brackets.
 */
export function figureCell(report: EstimateReport, column: FigureColumn, node: MetricNode | null, format: (node: MetricNode | null) => string): string {
  if (node === null) return format(null)
  const banded = report.uncertainty !== undefined && report.uncertainty !== null && own(report.uncertainty.bands, node.id) !== undefined
  const value = column.whole && !banded ? grouped(node.value) : format(node)
  const note = column.note?.(node)
  return note ? `${value} (${note})` : value
}

/** One row per component sized from latency that has one of the table's figures, in derivation order; the row names the component. */
function componentRows(report: EstimateReport, table: FigureTable): FigureRow[] {
  const deciding = table.shownBy ?? table.columns.map((c) => c.suffix)
  const names: string[] = []
  for (const id of Object.keys(report.metrics)) {
    // Names that size from latency are plain words (checked in the spec), so the name is the part before the first dot.
    const name = /^component\.([^.]+)\./.exec(id)?.[1]
    if (name !== undefined && !names.includes(name)) names.push(name)
  }
  return names
    .filter((name) => deciding.some((s) => cell(report, `component.${name}.`, s) !== null))
    .map((name) => ({workload: name, cells: table.columns.map((c) => cell(report, `component.${name}.`, c.suffix))}))
}

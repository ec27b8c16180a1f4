import {CONV} from '../../engine/conventions.js'
import {inputId, type MetricId, metricId, workloadMetricId, workloadScope} from '../../engine/ids.js'
import {type ModelContext, present, referenceFigure} from './context.js'
import type {TechnologyModels} from './figures.js'

/** Clock lengths a time bucket is rounded down to, longest first (a bucket is clock time, whatever the spec's day). */
export const BUCKET_UNITS: readonly {readonly name: string; readonly seconds: number}[] = [
  {name: 'year', seconds: 365 * 86_400},
  {name: 'month', seconds: 30 * 86_400},
  {name: 'week', seconds: 7 * 86_400},
  {name: 'day', seconds: 86_400},
  {name: 'hour', seconds: 3_600},
  {name: 'minute', seconds: 60},
  {name: 'second', seconds: 1},
]

/** The longest calendar unit not above `seconds` (a second at the least). */
export function bucketUnit(seconds: number): {readonly name: string; readonly seconds: number} {
  return BUCKET_UNITS.find((u) => u.seconds <= seconds) ?? BUCKET_UNITS[BUCKET_UNITS.length - 1]!
}

/**
 * Cassandra for a time-ordered workload (`access: timeline | timeseries`, or
 * `ordering`): rows append to a partition per key for as long as the data is
 * kept, so a partition grows without bound unless the key carries a time
 * bucket. With DataStax's per-row (23 B) and per-column (15 B) overhead and
 * each record one value cell (sizeup's assumption: the spec gives no columns):
 *
 *   rowBytes            = recordSize + rowOverhead + cellOverhead
 *   partitions          = the keys writes spread over: rollups.series when stated, else the daily (or monthly) active users — one partition per user (assumption, in the label)
 *   rowsPerSecond       = average writes ÷ partitions
 *   partitionBytes      = rowsPerSecond × rowBytes × retentionDays × secondsPerDay   (unbucketed)
 *   partitionCells      = rowsPerSecond × retentionDays × secondsPerDay
 *   bucket              = the longest calendar unit ≤ min(bytesLimit ÷ (rowsPerSecond × rowBytes), cellsLimit ÷ rowsPerSecond)
 *
 * Nothing when no partition count can be read off the spec.
 */
export function cassandraModel(ctx: ModelContext, figures: TechnologyModels['cassandra']): void {
  const {ledger, workload: w} = ctx
  const timeOrdered = w.facts.access === 'timeline' || w.facts.access === 'timeseries' || w.facts.ordering === true
  if (!timeOrdered || w.writes === null) return
  const series = present(ledger, inputId(`workloads.${w.name}.rollups.series`))
  const users = present(ledger, inputId('users.dau')) ?? present(ledger, inputId('users.mau'))
  const keysFrom: {id: MetricId; what: string} | null = series
    ? {id: series, what: 'one partition per series (rollups.series)'}
    : users
      ? {id: users, what: `one partition per ${users === inputId('users.dau') ? 'daily' : 'monthly'} active user (assumed: the spec gives no per-key rate)`}
      : null
  if (keysFrom === null) return
  const limitBytes = referenceFigure(ledger, 'tech.cassandra.partitionBytesLimit', 'Cassandra partition size to stay under (DataStax guidance)', figures.partitionBytesLimit)
  const limitCells = referenceFigure(ledger, 'tech.cassandra.partitionCellsLimit', 'Cassandra cells per partition (hard limit, 2^31)', figures.partitionCellsLimit)
  const rowOverhead = referenceFigure(ledger, 'tech.cassandra.rowOverhead', 'Cassandra overhead per row', figures.rowOverheadBytes)
  const cellOverhead = referenceFigure(ledger, 'tech.cassandra.cellOverhead', 'Cassandra overhead per column (cell)', figures.cellOverheadBytes)
  const id = (figure: string): `tech.cassandra.${string}` => `tech.cassandra.${w.name}.${figure}`
  const of = `${w.name} in Cassandra (${ctx.decision})`
  const scope = workloadScope(w.name)
  const rowBytes = ledger.derive(
    id('rowBytes'),
    `${of}: bytes per row (the record as one value column)`,
    'B',
    'recordSize + rowOverhead + cellOverhead',
    {recordSize: inputId(`workloads.${w.name}.recordSize`), rowOverhead, cellOverhead},
    (v) => v.recordSize + v.rowOverhead + v.cellOverhead,
  )
  const partitions = ledger.derive(id('partitions'), `${of}: partitions the writes spread over — ${keysFrom.what}`, 'count', 'keys', {keys: keysFrom.id}, (v) => v.keys)
  const rows = ledger.derive(id('rowsPerPartitionPerSecond'), `${of}: rows a partition gains per second`, 'req/s', 'writesAvg ÷ partitions', {writesAvg: metricId(scope, 'qps.write.avg'), partitions}, (v) => v.writesAvg / v.partitions)
  const rate = ledger.derive(id('partitionBytesPerSecond'), `${of}: bytes a partition gains per second`, 'B/s', 'rowsPerSecond × rowBytes', {rowsPerSecond: rows, rowBytes}, (v) => v.rowsPerSecond * v.rowBytes)
  const kept = {retentionDays: workloadMetricId(w.name, 'storage.retentionDays'), secondsPerDay: CONV.secondsPerDay}
  ledger.derive(id('partitionBytes'), `${of}: partition size over the retention, without a time bucket`, 'B', 'bytesPerSecond × retentionDays × secondsPerDay', {bytesPerSecond: rate, ...kept}, (v) => v.bytesPerSecond * v.retentionDays * v.secondsPerDay)
  ledger.derive(id('partitionCells'), `${of}: cells in a partition over the retention, without a time bucket`, 'count', 'rowsPerSecond × retentionDays × secondsPerDay', {rowsPerSecond: rows, ...kept}, (v) => v.rowsPerSecond * v.retentionDays * v.secondsPerDay)
  ledger.derive(
    id('bucketSeconds'),
    `${of}: time bucket in the partition key that keeps a partition under the limits (rounded down to a calendar unit)`,
    's',
    'calendarUnitAtMost(min(bytesLimit ÷ bytesPerSecond, cellsLimit ÷ rowsPerSecond))',
    {bytesLimit: limitBytes, bytesPerSecond: rate, cellsLimit: limitCells, rowsPerSecond: rows},
    (v) => bucketUnit(Math.min(v.bytesLimit / v.bytesPerSecond, v.cellsLimit / v.rowsPerSecond)).seconds,
  )
}

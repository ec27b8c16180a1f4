import {optionalMetric} from '../../engine/metrics.js'
import type {TechMetricId} from '../../engine/ids.js'
import {count, duration, size} from '../lookups.js'
import type {Rule} from '../types.js'

/** Where a per-technology model (plan/models/) passes the limit its technology has. */
export const rule: Rule = {
  id: 'tech-limit-exceeded',
  summary: "A chosen technology's own model passes one of its limits: PostgreSQL connections above max_connections, a Cassandra partition over its size or cell limit without a time bucket.",
  description:
    "Reads the per-technology models the report derives for the technologies the decisions chose (`tech.*` metrics). PostgreSQL runs a process per connection and refuses connections past `max_connections` (default 100); at peak, each request's query holds one for the query time (Little's law: peak requests × 500 µs). Cassandra keeps a partition on one replica set and reads it whole on compaction and repair; past ~100 MB (or 2^31 cells, a hard limit) a time-ordered partition that grows for the whole retention becomes a hot, slow partition. Each finding names the model's figures.",
  fix: 'put a pooler (PgBouncer in transaction mode) between the application and PostgreSQL, or raise max_connections with the memory it costs; add the time bucket the model gives to the Cassandra partition key',
  check: ({model, estimate}) =>
    model.workloads.flatMap((w) => {
      const m = (id: TechMetricId): number | null => optionalMetric(estimate.metrics, id)
      const hits = []
      const connections = m(`tech.postgresql.${w.name}.connections`)
      const max = m('tech.postgresql.maxConnections')
      if (connections !== null && max !== null && connections > max) {
        hits.push({
          path: (w.reads ?? w.writes)?.amount.path ?? `workloads.${w.name}`,
          message: `${count(connections)} PostgreSQL connections busy at peak exceed max_connections (${count(max)})`,
          metrics: [`tech.postgresql.${w.name}.connections`, 'tech.postgresql.maxConnections'] as const,
        })
      }
      const bytes = m(`tech.cassandra.${w.name}.partitionBytes`)
      const cells = m(`tech.cassandra.${w.name}.partitionCells`)
      const bytesLimit = m('tech.cassandra.partitionBytesLimit')
      const cellsLimit = m('tech.cassandra.partitionCellsLimit')
      const bucket = m(`tech.cassandra.${w.name}.bucketSeconds`)
      if (bytes !== null && cells !== null && bytesLimit !== null && cellsLimit !== null && bucket !== null && (bytes > bytesLimit || cells > cellsLimit)) {
        const over = bytes > bytesLimit ? `${size(bytes)} (limit ${size(bytesLimit)})` : `${count(cells)} cells (limit ${count(cellsLimit)})`
        hits.push({
          path: `workloads.${w.name}.${w.facts.access === 'timeline' || w.facts.access === 'timeseries' ? 'access' : 'ordering'}`,
          message: `a Cassandra partition of ${w.name} grows to ${over} over the retention without a time bucket; a bucket of ${duration(bucket)} keeps it under`,
          metrics: [`tech.cassandra.${w.name}.partitionBytes`, `tech.cassandra.${w.name}.bucketSeconds`] as const,
        })
      }
      return hits
    }),
}

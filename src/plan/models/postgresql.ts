import {CONV} from '../../engine/conventions.js'
import {metricId, workloadScope} from '../../engine/ids.js'
import {capacityFigure, type ModelContext, present, referenceFigure} from './context.js'
import type {TechnologyModels} from './figures.js'

/**
 * PostgreSQL as a workload's store: the connections its peak holds open and
 * the read replicas its peak reads need.
 *
 *   connections  = ⌈concurrency.peak⌉   (Little's law: peak requests × time per request, each query holding one connection)
 *   readReplicas = ⌈peak reads ÷ (readsPerReplica × targetUtilization)⌉
 *
 * The connections are set against max_connections (default 100): above it, a
 * pooler (PgBouncer in transaction mode) multiplexes clients onto fewer
 * server connections (review rule postgresql-connections). Connections only
 * when the workload states a latency (there is no concurrency without one);
 * replicas only when it reads.
 */
export function postgresqlModel(ctx: ModelContext, figures: TechnologyModels['postgresql']): void {
  const {ledger, workload: w} = ctx
  const scope = workloadScope(w.name)
  const id = (figure: string): `tech.postgresql.${string}` => `tech.postgresql.${w.name}.${figure}`
  const of = `${w.name} in PostgreSQL (${ctx.decision})`
  const concurrency = present(ledger, metricId(scope, 'concurrency.peak'))
  if (concurrency !== null) {
    referenceFigure(ledger, 'tech.postgresql.maxConnections', 'PostgreSQL max_connections (default)', figures.maxConnections)
    ledger.derive(id('connections'), `${of}: connections held at peak (Little's law: each request holds one for its whole latency, an upper bound)`, 'count', '⌈concurrency⌉', {concurrency}, (v) => Math.ceil(v.concurrency))
  }
  const reads = metricId(scope, 'qps.read.peak')
  const perReplica = capacityFigure(ledger, 'tech.postgresql.readsPerReplica', 'Reads per second one replica serves', 'req/s', ctx.capacity, 'readsPerNode', ctx.technology)
  if (w.reads === null || perReplica === null) return
  ledger.derive(
    id('readReplicas'),
    `${of}: read replicas for the peak reads`,
    'count',
    '⌈peakReads ÷ (readsPerReplica × targetUtilization)⌉',
    {peakReads: reads, readsPerReplica: perReplica, targetUtilization: CONV.targetUtilization},
    (v) => Math.ceil(v.peakReads / (v.readsPerReplica * v.targetUtilization)),
  )
}

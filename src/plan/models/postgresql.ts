import {CONV} from '../../engine/conventions.js'
import {metricId, workloadScope} from '../../engine/ids.js'
import {capacityFigure, type ModelContext, present, referenceFigure} from './context.js'
import type {TechnologyModels} from './figures.js'

/**
 * PostgreSQL as a workload's store: the connections its peak holds open and
 * the read replicas its peak reads need.
 *
 *   connections  = ⌈peak requests × queryTime⌉   (Little's law: each request's query holds one connection for queryTime, 500 µs)
 *   readReplicas = ⌈peak reads ÷ (readsPerReplica × targetUtilization)⌉
 *
 * The connections are set against max_connections (default 100): above it, a
 * pooler (PgBouncer in transaction mode) multiplexes clients onto fewer
 * server connections (review rule tech-limit-exceeded). A connection is held
 * for the query, not for the whole request: the request's latency budget
 * (300 ms at the checkout) would count ~600 times too many (343 connections
 * for 1,141 requests/s, where the queries keep one busy). Replicas only when it reads.
 */
export function postgresqlModel(ctx: ModelContext, figures: TechnologyModels['postgresql']): void {
  const {ledger, workload: w} = ctx
  const scope = workloadScope(w.name)
  const id = (figure: string): `tech.postgresql.${string}` => `tech.postgresql.${w.name}.${figure}`
  const of = `${w.name} in PostgreSQL (${ctx.decision})`
  const requests = present(ledger, metricId(scope, 'qps.total.peak'))
  if (requests !== null) {
    referenceFigure(ledger, 'tech.postgresql.maxConnections', 'PostgreSQL max_connections (default)', figures.maxConnections)
    const queryTime = referenceFigure(ledger, 'tech.postgresql.queryTime', 'Time one simple query holds its connection', figures.queryTime)
    ledger.derive(
      id('connections'),
      `${of}: connections busy at peak (Little's law: one query per request, holding its connection for the query time)`,
      'count',
      '⌈peakRequests × queryTime⌉',
      {peakRequests: requests, queryTime},
      (v) => Math.ceil(v.peakRequests * v.queryTime),
    )
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

import {inputId, metricId, type Scope, SYSTEM, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel, Workload} from '../spec/model.js'
import {SECONDS_PER_MINUTE} from '../quantity/calendar.js'

/**
 * Pushes to connected clients: each write of a workload marked `push` is
 * delivered to its recipients, so the deliveries per second are the writes
 * times the recipients, on average and at peak. The transport and pub/sub
 * decisions read them, and how many pushes one connection receives a minute.
 */
export function addWorkloadPushes(ledger: Ledger, w: Workload): void {
  const push = w.facts.push
  if (push === null || w.writes === null) return
  const scope = workloadScope(w.name)
  const recipients = ledger.input(inputId(`workloads.${w.name}.push.recipients`), 'Recipients of each push', 'count', push.recipients)
  for (const level of ['avg', 'peak'] as const) {
    ledger.derive(
      metricId(scope, `push.deliveries.${level}`),
      `${level === 'avg' ? 'Average' : 'Peak'} pushes delivered`,
      'req/s',
      'writeQps × recipients',
      {writeQps: metricId(scope, `qps.write.${level}`), recipients},
      (v) => v.writeQps * v.recipients,
    )
  }
}

/**
 * The system's pushes (the sum of the workloads') and, with `connections`,
 * the connections open at once and the pushes each receives a minute on
 * average: what separates a stream that is always busy from one a long poll
 * would mostly wait on.
 */
export function addSystemPushes(ledger: Ledger, model: SystemModel): void {
  const pushed = model.workloads.filter((w) => ledger.has(metricId(workloadScope(w.name), 'push.deliveries.avg')))
  const sum = (scope: Scope, level: 'avg' | 'peak'): void => {
    const parts = Object.fromEntries(pushed.map((w) => [w.name, metricId(workloadScope(w.name), `push.deliveries.${level}`)] as const))
    ledger.sum(metricId(scope, `push.deliveries.${level}`), `${level === 'avg' ? 'Average' : 'Peak'} pushes delivered`, 'req/s', parts)
  }
  if (pushed.length > 0) for (const level of ['avg', 'peak'] as const) sum(SYSTEM, level)
  if (!model.connections) return
  const stated = model.connections.concurrent
  const concurrent = stated === null ? null : ledger.input(inputId('connections.concurrent'), 'Connections open at once', 'count', stated)
  if (pushed.length === 0) return
  if (concurrent !== null) {
    ledger.derive(
      'push.perConnection.perMinute',
      'Pushes one connection receives a minute (average)',
      'count',
      'deliveries ÷ connections × 60 s',
      {deliveries: metricId(SYSTEM, 'push.deliveries.avg'), connections: concurrent},
      (v) => (v.deliveries / v.connections) * SECONDS_PER_MINUTE,
    )
    return
  }
  // No figure for the connections: count per daily user, as if each held one
  // all day — a floor for a client connected only part of the day.
  if (!ledger.has(inputId('users.dau'))) return
  ledger.derive(
    'push.perUser.perMinute',
    'Pushes one daily user receives a minute (average over the day)',
    'count',
    'deliveries ÷ daily active users × 60 s',
    {deliveries: metricId(SYSTEM, 'push.deliveries.avg'), dau: inputId('users.dau')},
    (v) => (v.deliveries / v.dau) * SECONDS_PER_MINUTE,
  )
}

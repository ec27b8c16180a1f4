import {CONV} from './conventions.js'
import {inputId, type MetricId, metricId, SYSTEM, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import {PEAK_FACTOR} from './traffic.js'
import type {Workload} from '../spec/model.js'

/**
 * Fan-out deliveries: a write delivered to each of the writer's followers is
 * writes × average followers deliveries ("60 thousand deliveries per
 * second"), per day, on average and at peak. This is the work push fan-out
 * does on write (one timeline insert per follower); the plan adds it to what
 * receives the timelines where the fan-out decision pushes. Only for a
 * workload that writes and states its followers.
 */
export function addWorkloadFanout(ledger: Ledger, w: Workload): void {
  const fanout = w.facts.fanout
  if (fanout === null || w.writes === null) return
  const scope = workloadScope(w.name)
  const followers = ledger.input(inputId(`workloads.${w.name}.fanout.averageFollowers`), 'Average followers', 'count', fanout.averageFollowers)
  const perDay = ledger.derive(
    metricId(scope, 'fanout.deliveries.perDay'),
    'Fan-out deliveries per day',
    'req',
    'writesPerDay × averageFollowers',
    {writesPerDay: metricId(scope, 'requests.write.perDay'), averageFollowers: followers},
    (v) => v.writesPerDay * v.averageFollowers,
  )
  addDeliveryRates(ledger, scope, perDay)
}

/** The system's deliveries: the sum of the workloads' own, where any fans out. */
export function addSystemFanout(ledger: Ledger, workloads: readonly Workload[]): void {
  const parts: Record<string, MetricId> = {}
  for (const w of workloads) {
    const id = metricId(workloadScope(w.name), 'fanout.deliveries.perDay')
    if (ledger.has(id)) parts[w.name] = id
  }
  if (Object.keys(parts).length === 0) return
  addDeliveryRates(ledger, SYSTEM, ledger.sum(metricId(SYSTEM, 'fanout.deliveries.perDay'), 'Fan-out deliveries per day', 'req', parts))
}

function addDeliveryRates(ledger: Ledger, scope: ReturnType<typeof workloadScope> | typeof SYSTEM, perDay: MetricId): void {
  // Published designs count deliveries a month too ("150 billion tweets delivered on fanout per month").
  ledger.derive(metricId(scope, 'fanout.deliveries.perMonth'), 'Fan-out deliveries per month', 'req', 'perDay × daysPerMonth', {perDay, daysPerMonth: CONV.daysPerMonth}, (v) => v.perDay * v.daysPerMonth)
  const avg = ledger.derive(
    metricId(scope, 'fanout.deliveries.avg'),
    'Average fan-out deliveries per second',
    'req/s',
    'perDay ÷ secondsPerDay',
    {perDay, secondsPerDay: CONV.secondsPerDay},
    (v) => v.perDay / v.secondsPerDay,
  )
  ledger.derive(metricId(scope, 'fanout.deliveries.peak'), 'Peak fan-out deliveries per second', 'req/s', 'average × peakFactor', {average: avg, peakFactor: PEAK_FACTOR}, (v) => v.average * v.peakFactor)
}

import {CONV} from './conventions.js'
import {inputId, metricId, type Scope, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Input, Workload} from '../spec/model.js'

/** Throughput to provision: peak QPS sized so it runs at the target utilisation. */
export function addCapacity(ledger: Ledger, scope: Scope): void {
  ledger.derive(
    metricId(scope, 'capacity.qps'),
    'Throughput to provision',
    'req/s',
    'peakQps ÷ targetUtilization',
    {peakQps: metricId(scope, 'qps.total.peak'), targetUtilization: CONV.targetUtilization},
    (v) => v.peakQps / v.targetUtilization,
  )
}

/**
 * Requests in flight at peak, by Little's law (L = λ × W): peak arrival rate
 * times the time each request spends in the system.
 */
export function addConcurrency(ledger: Ledger, w: Workload, latency: Input | null): void {
  if (latency === null) return
  const scope = workloadScope(w.name)
  const latencyId = ledger.input(inputId(`workloads.${w.name}.latency`), 'Latency per request', 's', latency)
  ledger.derive(
    metricId(scope, 'concurrency.peak'),
    'Requests in flight at peak',
    'count',
    'peakQps × latency',
    {peakQps: metricId(scope, 'qps.total.peak'), latency: latencyId},
    (v) => v.peakQps * v.latency,
  )
}

import {inputId, type MetricId, workloadMetricId, workloadScope, metricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

/**
 * The records a workload looks up by key at peak (`lookups`): peak reads ×
 * lookups per read + peak writes × lookups per write, each term only where the
 * spec states it. What the cache decisions read beside the workload's own
 * reads: data fetched on every request and rarely written (a user's device,
 * a session, a friend's profile).
 */
export function addWorkloadLookups(ledger: Ledger, w: Workload): void {
  const lookups = w.facts.lookups
  if (lookups === null) return
  const scope = workloadScope(w.name)
  const terms: Array<{rate: string; per: string; inputs: Record<string, MetricId>}> = []
  if (lookups.perRead) {
    const perRead = ledger.input(inputId(`workloads.${w.name}.lookups.perRead`), 'Records looked up per read', 'count', lookups.perRead)
    terms.push({rate: 'peakReads', per: 'perRead', inputs: {peakReads: metricId(scope, 'qps.read.peak'), perRead}})
  }
  if (lookups.perWrite) {
    const perWrite = ledger.input(inputId(`workloads.${w.name}.lookups.perWrite`), 'Records looked up per write', 'count', lookups.perWrite)
    terms.push({rate: 'peakWrites', per: 'perWrite', inputs: {peakWrites: metricId(scope, 'qps.write.peak'), perWrite}})
  }
  if (terms.length === 0) return
  ledger.derive(
    workloadMetricId(w.name, 'lookups.peak'),
    'Records looked up by key at peak',
    'req/s',
    terms.map((t) => `${t.rate} × ${t.per}`).join(' + '),
    Object.assign({}, ...terms.map((t) => t.inputs)) as Record<string, MetricId>,
    (v) => terms.reduce((sum, t) => sum + v[t.rate]! * v[t.per]!, 0),
  )
}

import {CONV} from './conventions.js'
import {inputId, type MetricId, metricId, type Scope, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

/**
 * Cache memory for the hot set of one workload: hotShare × reads per day ×
 * bytes per read (the 80/20 rule caches the 20 % of a day's reads that serve
 * most traffic), and the memory to provision so the cache runs at the target
 * utilisation.
 */
export function addWorkloadCache(ledger: Ledger, w: Workload): void {
  // No reads, or reads of no stated size: no bytes to keep hot.
  if (w.reads === null || w.readBytes === null) return
  const scope = workloadScope(w.name)
  const hot = ledger.derive(
    metricId(scope, 'cache.hotBytes'),
    'Cache hot set',
    'B',
    'cacheHotShare × readsPerDay × readSize',
    {cacheHotShare: CONV.cacheHotShare, readsPerDay: metricId(scope, 'requests.read.perDay'), readSize: inputId(`workloads.${w.name}.readSize`)},
    (v) => v.cacheHotShare * v.readsPerDay * v.readSize,
  )
  addProvisioned(ledger, scope, hot)
}

export function addProvisioned(ledger: Ledger, scope: Scope, hotBytesId: MetricId): void {
  ledger.derive(
    metricId(scope, 'cache.provisionedBytes'),
    'Cache memory to provision',
    'B',
    'hotSet ÷ targetUtilization',
    {hotSet: hotBytesId, targetUtilization: CONV.targetUtilization},
    (v) => v.hotSet / v.targetUtilization,
  )
}

import {CONV} from './conventions.js'
import {inputId, type MetricId, metricId, type Scope, workloadMetricId, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

/**
 * Cache memory for the hot set of one workload, and the memory to provision so
 * the cache runs at the target utilisation. The hot set is, by default,
 * hotShare × reads per day × bytes per read (the 80/20 rule caches the 20 % of
 * a day's reads that serve most traffic); a spec may state its working set
 * instead (`cache:`): a share of the reads of another window ("a month of
 * unique queries"), or distinct keys × object size. Either way a cache cannot
 * hold more than the data there is: where the workload holds data (it writes
 * or holds records of a stated size), the hot set is at most that data, one
 * copy of it.
 */
export function addWorkloadCache(ledger: Ledger, w: Workload): void {
  if (w.reads === null) return
  const scope = workloadScope(w.name)
  const stated = w.cache ?? null
  // Bytes per entry: the stated object size, else the read size. Reads of no
  // stated size keep no bytes hot (the spec layer refuses a `cache:` then).
  const entryBytes = stated?.objectBytes
    ? ledger.input(inputId(`workloads.${w.name}.cache.objectSize`), 'Bytes per cached entry', 'B', stated.objectBytes)
    : w.readBytes
      ? inputId(`workloads.${w.name}.readSize`)
      : null
  if (entryBytes === null) return
  const entry = stated?.objectBytes ? 'objectSize' : 'readSize'
  const held = dataHeld(ledger, w)
  const cap: {formula: (f: string) => string; inputs: Readonly<Record<string, MetricId>>} = held ? {formula: (f) => `min(${f}, dataHeld)`, inputs: {dataHeld: held}} : {formula: (f) => f, inputs: {}}
  const capped = (v: Readonly<Record<string, number>>, bytes: number): number => (held ? Math.min(bytes, v.dataHeld!) : bytes)
  const id = metricId(scope, 'cache.hotBytes')
  let hot: MetricId
  if (stated?.kind === 'keys') {
    const keys = ledger.input(inputId(`workloads.${w.name}.cache.keys`), 'Distinct keys kept hot', 'count', stated.keys)
    hot = ledger.derive(id, 'Cache hot set', 'B', cap.formula(`keys × ${entry}`), {keys, [entry]: entryBytes, ...cap.inputs} as Record<string, MetricId>, (v) => capped(v, v.keys! * v[entry]!))
  } else {
    const share = stated?.hotShare ? ledger.input(inputId(`workloads.${w.name}.cache.hotShare`), 'Share of the window\'s reads kept hot', 'ratio', stated.hotShare) : CONV.cacheHotShare
    const shareName = stated?.hotShare ? 'hotShare' : 'cacheHotShare'
    const readsPerDay = metricId(scope, 'requests.read.perDay')
    if (stated?.kind === 'window' && stated.windowSeconds) {
      // The reads of a window of w seconds: readsPerDay × w ÷ secondsPerDay.
      const window = ledger.input(inputId(`workloads.${w.name}.cache.window`), 'Window of reads the cache keeps a share of', 's', stated.windowSeconds)
      hot = ledger.derive(
        id,
        'Cache hot set',
        'B',
        cap.formula(`${shareName} × readsPerDay × window ÷ secondsPerDay × ${entry}`),
        {[shareName]: share, readsPerDay, window, secondsPerDay: CONV.secondsPerDay, [entry]: entryBytes, ...cap.inputs} as Record<string, MetricId>,
        (v) => capped(v, ((v[shareName]! * v.readsPerDay! * v.window!) / v.secondsPerDay!) * v[entry]!),
      )
    } else {
      hot = ledger.derive(
        id,
        'Cache hot set',
        'B',
        cap.formula(`${shareName} × readsPerDay × ${entry}`),
        {[shareName]: share, readsPerDay, [entry]: entryBytes, ...cap.inputs} as Record<string, MetricId>,
        (v) => capped(v, v[shareName]! * v.readsPerDay! * v[entry]!),
      )
    }
  }
  addProvisioned(ledger, scope, hot)
}

/**
 * One copy of the text data a workload holds, the most its cache can keep:
 * records held (written over the retention, and already stored) × record
 * size. Null when the workload holds nothing it states a size for (a
 * read-only workload reads data held elsewhere, so nothing bounds its hot set
 * here).
 */
function dataHeld(ledger: Ledger, w: Workload): MetricId | null {
  const recordsHeld = metricId(workloadScope(w.name), 'records.held')
  if (!ledger.has(recordsHeld) || w.recordBytes.isDefault) return null
  return ledger.derive(
    workloadMetricId(w.name, 'cache.dataHeldBytes'),
    'Data held, one copy (the most a cache can keep)',
    'B',
    'recordsHeld × recordSize',
    {recordsHeld, recordSize: inputId(`workloads.${w.name}.recordSize`)},
    (v) => v.recordsHeld * v.recordSize,
  )
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

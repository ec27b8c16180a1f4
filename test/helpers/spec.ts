import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {estimate, type Estimate} from '../../src/engine/estimate.js'
import {lookup, type Metrics} from '../../src/engine/metrics.js'
import {MetricTable} from '../../src/engine/metric-table.js'
import {type Diagnostic, SpecError} from '../../src/spec/diagnostic.js'
import {loadSpec} from '../../src/spec/load.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Estimates a spec given as YAML text. */
export async function estimateYaml(yaml: string, file = 'spec.yaml'): Promise<Estimate> {
  return estimate((await loadSpec(yaml, file)).model)
}

/** Estimates a bundled example by file name (`social-feed.yaml`). */
export async function estimateExample(name: string): Promise<Estimate> {
  const file = `examples/${name}`
  return estimateYaml(readFileSync(`${ROOT}/${file}`, 'utf8'), file)
}

/** The value (base units) of a metric; fails loudly when the metric does not exist. */
export function value(e: {readonly metrics: Metrics}, id: string): number {
  const node = lookup(e.metrics, id)
  if (!node) throw new Error(`no metric ${id}; have: ${(e.metrics instanceof MetricTable ? e.metrics.ids() : Object.keys(e.metrics)).filter((k) => k.startsWith(id.split('.')[0]!)).join(', ')}`)
  return node.value
}

/** The diagnostics a spec produces (an empty list when it is valid). */
export async function diagnosticsOf(yaml: string, file = 'spec.yaml'): Promise<Diagnostic[]> {
  try {
    await loadSpec(yaml, file)
    return []
  } catch (e) {
    if (e instanceof SpecError) return [...e.diagnostics]
    throw e
  }
}

/** A minimal valid spec; tests override parts of it with plain string edits. */
export const MINIMAL = `name: Minimal
users:
  mau: 1M
  dau: 100K
workloads:
  items:
    writes: {perUserPerDay: 1}
    reads: {perUserPerDay: 10}
    recordSize: 1 KB
`

/** Page views counted every minute, at least once, at 5,000 writes/s: a stream job (the recovery decision is asked; the queue decision gives it Kafka). */
export const STREAM_VIEWS = `name: Views
workloads:
  views:
    writes: {perSecond: 5K}
    recordSize: 100 B
    retention: 7 days
    analytics: {freshness: 1 min}
    delivery: at-least-once
`

import {inputId, type MetricId, metricId, type Scope, type ScopeMetricId, type ScopeSuffix, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

type Direction = 'ingress' | 'egress'
type Part = 'text' | 'media'

/**
 * Network bandwidth of one workload, as it crosses the service edge (not
 * replicated): ingress is writes × bytes written, egress is reads × bytes
 * returned; media only for the share of writes and reads that carry it.
 */
export function addWorkloadBandwidth(ledger: Ledger, w: Workload): void {
  const scope = workloadScope(w.name)
  const readBytes = w.readBytes ? ledger.input(inputId(`workloads.${w.name}.readSize`), 'Bytes per read', 'B', w.readBytes) : null
  for (const level of ['avg', 'peak'] as const) {
    const writeQps = metricId(scope, `qps.write.${level}`)
    const readQps = metricId(scope, `qps.read.${level}`)
    const word = level === 'avg' ? 'Average' : 'Peak'
    ledger.derive(
      bandwidthId(scope, 'ingress', 'text', level),
      `${word} text ingress`,
      'B/s',
      'writeQps × recordSize',
      {writeQps, recordSize: inputId(`workloads.${w.name}.recordSize`)},
      (v) => v.writeQps * v.recordSize,
    )
    if (readBytes) ledger.derive(bandwidthId(scope, 'egress', 'text', level), `${word} text egress`, 'B/s', 'readQps × readSize', {readQps, readSize: readBytes}, (v) => v.readQps * v.readSize)
    else ledger.derive(bandwidthId(scope, 'egress', 'text', level), `${word} text egress`, 'B/s', '0 (no read size stated)', {}, () => 0)
    if (w.media) {
      const mediaSize = inputId(`workloads.${w.name}.media.size`)
      ledger.derive(
        bandwidthId(scope, 'ingress', 'media', level),
        `${word} media ingress`,
        'B/s',
        'writeQps × mediaWriteShare × mediaSize',
        {writeQps, mediaWriteShare: inputId(`workloads.${w.name}.media.writeShare`), mediaSize},
        (v) => v.writeQps * v.mediaWriteShare * v.mediaSize,
      )
      const readShare = level === 'avg' ? ledger.input(inputId(`workloads.${w.name}.media.readShare`), 'Share of reads that fetch media', 'ratio', w.media.readShare) : inputId(`workloads.${w.name}.media.readShare`)
      ledger.derive(
        bandwidthId(scope, 'egress', 'media', level),
        `${word} media egress`,
        'B/s',
        'readQps × mediaReadShare × mediaSize',
        {readQps, mediaReadShare: readShare, mediaSize},
        (v) => v.readQps * v.mediaReadShare * v.mediaSize,
      )
    }
    addBandwidthTotals(ledger, scope, level, w.media !== null)
  }
}

/** `bandwidth.egress.peak` (the total), `bandwidth.egress.media.peak` (one part). */
export function bandwidthSuffix(dir: Direction, part: Part | null, level: 'avg' | 'peak'): ScopeSuffix {
  return part === null ? `bandwidth.${dir}.${level}` : `bandwidth.${dir}.${part}.${level}`
}

export function bandwidthId(scope: Scope, dir: Direction, part: Part | null, level: 'avg' | 'peak'): ScopeMetricId {
  return metricId(scope, bandwidthSuffix(dir, part, level))
}

/** Ingress and egress totals (text + media) for a scope at one level. */
export function addBandwidthTotals(ledger: Ledger, scope: Scope, level: 'avg' | 'peak', withMedia: boolean): void {
  const word = level === 'avg' ? 'Average' : 'Peak'
  for (const dir of ['ingress', 'egress'] as const) {
    const parts: Record<string, MetricId> = {text: bandwidthId(scope, dir, 'text', level)}
    if (withMedia) parts.media = bandwidthId(scope, dir, 'media', level)
    ledger.sum(bandwidthId(scope, dir, null, level), `${word} ${dir}`, 'B/s', parts)
  }
}

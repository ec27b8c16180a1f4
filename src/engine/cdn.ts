import {inputId, workloadMetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

/**
 * A CDN in front of a workload's media (`media.cdnHitRatio`): at peak, the
 * CDN serves hit ratio × the media downloads from its cache, and the origin
 * the rest: origin reads = reads × media read share × (1 − hit), origin
 * egress = media egress × (1 − hit); the CDN's own egress is media egress ×
 * hit. Only for a workload that states the ratio (and so has media).
 */
export function addWorkloadCdn(ledger: Ledger, w: Workload): void {
  const hit = w.media?.cdnHitRatio
  if (!hit) return
  const ratio = ledger.input(inputId(`workloads.${w.name}.media.cdnHitRatio`), 'Share of media downloads the CDN serves from its cache', 'ratio', hit)
  const egress = workloadMetricId(w.name, 'bandwidth.egress.media.peak')
  ledger.derive(
    workloadMetricId(w.name, 'cdn.originReads.peak'),
    'Media reads the origin serves at peak (CDN misses)',
    'req/s',
    'readQps × mediaReadShare × (1 − hitRatio)',
    {readQps: workloadMetricId(w.name, 'qps.read.peak'), mediaReadShare: inputId(`workloads.${w.name}.media.readShare`), hitRatio: ratio},
    (v) => v.readQps * v.mediaReadShare * (1 - v.hitRatio),
  )
  ledger.derive(workloadMetricId(w.name, 'cdn.originEgress.peak'), 'Media egress from the origin at peak (CDN misses)', 'B/s', 'mediaEgress × (1 − hitRatio)', {mediaEgress: egress, hitRatio: ratio}, (v) => v.mediaEgress * (1 - v.hitRatio))
  ledger.derive(workloadMetricId(w.name, 'cdn.edgeEgress.peak'), 'Media egress the CDN sends from its cache at peak', 'B/s', 'mediaEgress × hitRatio', {mediaEgress: egress, hitRatio: ratio}, (v) => v.mediaEgress * v.hitRatio)
}

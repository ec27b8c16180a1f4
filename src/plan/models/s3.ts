import {CONV} from '../../engine/conventions.js'
import {inputId, metricId, type MetricId, workloadScope} from '../../engine/ids.js'
import {capacityFigure, type ModelContext, present} from './context.js'

/**
 * Object storage (S3) for a workload's objects: the partitioned key prefixes
 * its peak request rates need, at S3's per-prefix rates (3,500 PUT/COPY/POST/
 * DELETE and 5,500 GET/HEAD per second per partitioned prefix).
 *
 *   prefixes.byWrites = ⌈peak writes ÷ (writesPerPrefix × targetUtilization)⌉
 *   prefixes.byReads  = ⌈peak reads ÷ (readsPerPrefix × targetUtilization)⌉
 *   prefixes          = max(byWrites, byReads, 1)
 *
 * For media (`part: 'media'`) the writes and reads are those that carry media
 * (× media.writeShare, × media.readShare), and behind a CDN with a stated hit
 * ratio only the misses reach the origin (× (1 − cdnHitRatio)), as the plan
 * counts them.
 */
export function s3Model(ctx: ModelContext, part: 'media' | 'all'): void {
  const {ledger, workload: w} = ctx
  const scope = workloadScope(w.name)
  const writesPer = capacityFigure(ledger, 'tech.s3.writesPerPrefix', 'PUT/COPY/POST/DELETE per second per partitioned prefix', 'req/s', ctx.capacity, 'writesPerPrefix', ctx.technology)
  const readsPer = capacityFigure(ledger, 'tech.s3.readsPerPrefix', 'GET/HEAD per second per partitioned prefix', 'req/s', ctx.capacity, 'readsPerPrefix', ctx.technology)
  if (writesPer === null || readsPer === null) return
  const id = (figure: string): `tech.s3.${string}` => `tech.s3.${w.name}.${figure}`
  const of = `${w.name}${part === 'media' ? ' media' : ''} in ${ctx.technology} (${ctx.decision})`
  const writes: Record<string, MetricId> = {peakWrites: metricId(scope, 'qps.write.peak')}
  const reads: Record<string, MetricId> = {peakReads: metricId(scope, 'qps.read.peak')}
  let writeTerm = 'peakWrites'
  let readTerm = 'peakReads'
  if (part === 'media') {
    const writeShare = present(ledger, inputId(`workloads.${w.name}.media.writeShare`))
    const readShare = present(ledger, inputId(`workloads.${w.name}.media.readShare`))
    if (writeShare) ((writes.writeShare = writeShare), (writeTerm = 'peakWrites × writeShare'))
    if (readShare) ((reads.readShare = readShare), (readTerm = 'peakReads × readShare'))
    const hitId = inputId(`workloads.${w.name}.media.cdnHitRatio`)
    const hit = /\bcdn\b|cloudfront/i.test(ctx.technology) && w.media?.cdnHitRatio ? (present(ledger, hitId) ?? ledger.input(hitId, 'Share of media downloads the CDN serves', 'ratio', w.media.cdnHitRatio)) : null
    if (hit) ((reads.cdnHitRatio = hit), (readTerm = `${readTerm} × (1 − cdnHitRatio)`))
  }
  const value = (v: Readonly<Record<string, number>>, base: string, share: string): number => v[base]! * (v[share] ?? 1)
  const byWrites = ledger.derive(
    id('prefixes.byWrites'),
    `${of}: prefixes for the peak writes`,
    'count',
    `⌈${writeTerm} ÷ (writesPerPrefix × targetUtilization)⌉`,
    {...writes, writesPerPrefix: writesPer, targetUtilization: CONV.targetUtilization},
    (v) => Math.ceil(value(v, 'peakWrites', 'writeShare') / (v.writesPerPrefix! * v.targetUtilization!)),
  )
  const byReads = ledger.derive(
    id('prefixes.byReads'),
    `${of}: prefixes for the peak reads`,
    'count',
    `⌈${readTerm} ÷ (readsPerPrefix × targetUtilization)⌉`,
    {...reads, readsPerPrefix: readsPer, targetUtilization: CONV.targetUtilization},
    (v) => Math.ceil((value(v, 'peakReads', 'readShare') * (1 - ((v as Readonly<Record<string, number>>).cdnHitRatio ?? 0))) / (v.readsPerPrefix! * v.targetUtilization!)),
  )
  ledger.derive(id('prefixes'), `${of}: partitioned prefixes`, 'count', 'max(byWrites, byReads, 1)', {byWrites, byReads}, (v) => Math.max(v.byWrites, v.byReads, 1))
}

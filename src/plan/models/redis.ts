import {CONV} from '../../engine/conventions.js'
import {inputId, metricId, workloadScope, type MetricId} from '../../engine/ids.js'
import {capacityFigure, type ModelContext, present, referenceFigure} from './context.js'
import type {TechnologyModels} from './figures.js'

/**
 * Redis as a workload's cache: the keys of its hot set, the memory they take
 * with Redis's own per-key overhead (MEMORY USAGE of an empty key), and the
 * shards that memory and the peak operations need, each shard a primary of
 * the catalog's usable memory and single-threaded throughput.
 *
 *   keys        = hotSet ÷ entrySize
 *   bytesPerKey = keyBytes + entrySize + perKeyOverhead
 *   memory      = keys × bytesPerKey ÷ targetUtilization
 *   shards      = max(⌈memory ÷ memoryPerShard⌉, ⌈peak ops ÷ (opsPerShard × targetUtilization)⌉, 1)
 *
 * The operations are the peak reads, and where a push fan-out writes the
 * timelines into this cache, its peak deliveries too (as the plan counts them);
 * the plan's cache shards take this memory.
 *
 * Nothing when the workload has no hot set (no reads of a stated size).
 */
export function redisModel(ctx: ModelContext, figures: TechnologyModels['redis'], pushDeliveries: MetricId | null = null): void {
  const {ledger, workload: w} = ctx
  const scope = workloadScope(w.name)
  const hot = present(ledger, metricId(scope, 'cache.hotBytes'))
  const entry = present(ledger, inputId(`workloads.${w.name}.cache.objectSize`)) ?? present(ledger, inputId(`workloads.${w.name}.readSize`))
  const memoryPerShard = capacityFigure(ledger, 'tech.redis.memoryPerShard', 'Usable memory of one shard', 'B', ctx.capacity, 'memoryPerNode', ctx.technology)
  const opsPerShard = capacityFigure(ledger, 'tech.redis.opsPerShard', 'Operations per second one shard serves', 'req/s', ctx.capacity, 'opsPerNode', ctx.technology)
  if (hot === null || entry === null || memoryPerShard === null || opsPerShard === null) return
  const overhead = referenceFigure(ledger, 'tech.redis.perKeyOverhead', 'Redis memory per key beyond its key and value (MEMORY USAGE of an empty key)', figures.perKeyOverheadBytes)
  const keyBytes = referenceFigure(ledger, 'tech.redis.keyBytes', 'Bytes of one key (assumed when the spec states no key space)', figures.keyBytes)
  const id = (figure: string): `tech.redis.${string}` => `tech.redis.${w.name}.${figure}`
  const of = `${w.name} in Redis (${ctx.decision})`
  const keys = ledger.derive(id('keys'), `${of}: keys in the hot set`, 'count', 'hotSet ÷ entrySize', {hotSet: hot, entrySize: entry}, (v) => v.hotSet / v.entrySize)
  const perKey = ledger.derive(id('bytesPerKey'), `${of}: memory per key`, 'B', 'keyBytes + entrySize + perKeyOverhead', {keyBytes, entrySize: entry, perKeyOverhead: overhead}, (v) => v.keyBytes + v.entrySize + v.perKeyOverhead)
  const memory = ledger.derive(
    id('memory'),
    `${of}: memory to provision, with Redis's per-key overhead`,
    'B',
    'keys × bytesPerKey ÷ targetUtilization',
    {keys, bytesPerKey: perKey, targetUtilization: CONV.targetUtilization},
    (v) => (v.keys * v.bytesPerKey) / v.targetUtilization,
  )
  const byMemory = ledger.derive(id('shards.byMemory'), `${of}: shards for the memory`, 'count', '⌈memory ÷ memoryPerShard⌉', {memory, memoryPerShard}, (v) => Math.ceil(v.memory / v.memoryPerShard))
  const reads = metricId(scope, 'qps.read.peak')
  const ops: Record<string, MetricId> = pushDeliveries ? {peakReads: reads, pushDeliveries} : {peakReads: reads}
  const byOps = ledger.derive(
    id('shards.byOps'),
    `${of}: shards for the peak operations (one thread each)`,
    'count',
    `⌈${pushDeliveries ? '(peakReads + pushDeliveries)' : 'peakReads'} ÷ (opsPerShard × targetUtilization)⌉`,
    {...ops, opsPerShard, targetUtilization: CONV.targetUtilization},
    (v: Readonly<Record<string, number>>) => Math.ceil((v.peakReads! + (v.pushDeliveries ?? 0)) / (v.opsPerShard! * v.targetUtilization!)),
  )
  ledger.derive(id('shards'), `${of}: shards (primaries)`, 'count', 'max(byMemory, byOps, 1)', {byMemory, byOps}, (v) => Math.max(v.byMemory, v.byOps, 1))
}

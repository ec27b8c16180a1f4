import {SECONDS_PER_HOUR} from '../../quantity/calendar.js'
import {bytes, bytesRate, counted, need, pct, rate, ratio, whole} from '../basis.js'
import {item, metric, optionalScoped, scoped, type SizingContext, storedData} from '../context.js'
import {FigureReader} from '../figures.js'
import {shardKeyFor} from '../../matrices/shard-key.js'
import {latencyCount} from '../latency-count.js'
import type {NodePlan} from '../types.js'
import {zoneBound} from '../zone-loss.js'
import {type MetricId, workloadMetricId} from '../../engine/ids.js'
import {metricValue, optionalMetric} from '../../engine/metrics.js'
import {deriveKafka, kafkaIds, type KafkaMetrics} from './kafka-metrics.js'

const PREFIX = ['prefix', 'prefixes'] as const
const NODE = ['node', 'nodes'] as const
const SHARD = ['shard', 'shards'] as const
const BROKER = ['broker', 'brokers'] as const
const PARTITION = ['partition', 'partitions'] as const
const SERVER = ['server', 'servers'] as const

/**
 * Object storage: no machines, but request rates scale per partitioned key
 * prefix, so the plan counts prefixes. `all` when the workload's own store is
 * the object store; `media` for the media objects of a workload whose records
 * live in a database (the role is then `media`).
 */
export function sizeObjectStorage(ctx: SizingContext, part: 'all' | 'media'): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const w = ctx.workload
  const media = part === 'media' && w?.media ? w.media : null
  const writes = metric(ctx, 'qps.write.peak') * (media ? media.writeShare.value : 1)
  const downloads = metric(ctx, 'qps.read.peak') * (media ? media.readShare.value : 1)
  // A CDN in front of the origin serves hit ratio × downloads from its cache; the origin serves the rest.
  const cdn = media && media.cdnHitRatio && CDN.test(ctx.technology) ? cdnLines(ctx, downloads, media.cdnHitRatio.value) : null
  const reads = cdn ? cdn.originReads : downloads
  // A workload with media has storage.media.total.
  const data = media
    ? {bytes: metric(ctx, 'storage.media.total') / w!.replication.value, from: scoped(ctx, 'storage.media.total'), line: `media kept over retention: ${bytes(metric(ctx, 'storage.media.total') / w!.replication.value)}`}
    : storedData(ctx, 'all')
  const what = media ? ['peak media writes', 'peak media reads'] : ['peak writes', 'peak reads']
  const byWrites = need(what[0]!, writes, rate(writes), f.get('writesPerPrefix'), `${rate(f.get('writesPerPrefix'))} per prefix`, ctx.util, PREFIX)
  const byReads = need(cdn ? 'peak origin media reads' : what[1]!, reads, rate(reads), f.get('readsPerPrefix'), `${rate(f.get('readsPerPrefix'))} per prefix`, ctx.util, PREFIX)
  const prefixes = Math.max(1, byWrites.count, byReads.count)
  const key = media ? {key: 'hashed object-key prefix', why: 'object stores scale request rates per key prefix'} : shardKeyFor(w)
  return [
    item(ctx, f, {
      role: media ? 'media' : 'prefix',
      nodes: 0,
      shards: prefixes,
      shardKey: prefixes > 1 ? key.key : null,
      nodeClass: null,
      basis: [byWrites.line, ...(cdn ? cdn.lines : []), byReads.line, data.line, `→ ${counted(prefixes, PREFIX)}${prefixes > 1 ? ` by ${key.key}` : ''}; managed, so no machines to run`],
      storage: {medium: 'object', logicalBytes: data.bytes, copies: 1, from: data.from},
    }),
  ]
}

/** Technologies that put a CDN in front of object storage. */
const CDN = /\bcdn\b|cloudfront/i

/**
 * The origin's share of media downloads behind a CDN: reads × (1 − hit
 * ratio), and the media egress the origin sends, egress × (1 − hit ratio).
 */
function cdnLines(ctx: SizingContext, downloads: number, hit: number): {originReads: number; lines: string[]} {
  const w = ctx.workload!.name
  const m = ctx.estimate.metrics
  // The estimate derives both from the stated ratio (engine/cdn.ts); the plan quotes them.
  const originReads = metricValue(m, workloadMetricId(w, 'cdn.originReads.peak'))
  const stated = `CDN hit ratio ${pct(hit)} (workloads.${w}.media.cdnHitRatio)`
  const egress = optionalMetric(m, workloadMetricId(w, 'bandwidth.egress.media.peak'))
  return {
    originReads,
    lines: [
      `${stated}: origin media reads at peak = ${rate(downloads)} × (1 − ${pct(hit)}) = ${rate(originReads)} (\`workload.${w}.cdn.originReads.peak\`)`,
      ...(egress === null
        ? []
        : [`origin egress at peak = ${bytesRate(egress)} media egress (${scoped(ctx, 'bandwidth.egress.media.peak')}) × (1 − ${pct(hit)}) = ${bytesRate(metricValue(m, workloadMetricId(w, 'cdn.originEgress.peak')))} (\`workload.${w}.cdn.originEgress.peak\`); the CDN sends the other ${bytesRate(metricValue(m, workloadMetricId(w, 'cdn.edgeEgress.peak')))}`]),
    ],
  }
}

/**
 * A cache: shards from the memory to provision (which already includes the
 * headroom, so it is divided by the usable memory per node as is) and from
 * peak reads; each shard with its replicas. `data`: an in-memory structure
 * that holds all the data kept (a sorted set of every member), not a hot set,
 * so the memory is the data kept ÷ the target utilisation, and every read and
 * write goes to it.
 */
export function sizeCache(ctx: SizingContext, holds: 'cache' | 'data' = 'cache'): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const kept = holds === 'data' ? storedData(ctx) : null
  // No reads described: nothing to cache, and the basis says so.
  // Redis's own model (plan/models/redis.ts), where it sized this cache: the hot set's keys with their per-key overhead.
  const modelled = kept || !ctx.workload ? null : optionalMetric(ctx.estimate.metrics, `tech.redis.${ctx.workload.name}.memory`)
  const memory = kept ? kept.bytes / ctx.util : (modelled ?? optionalScoped(ctx, 'cache.provisionedBytes') ?? 0)
  const reads = metric(ctx, kept ? 'qps.total.peak' : 'qps.read.peak')
  const memoryText = kept
    ? `${bytes(memory)} (${kept.label} kept ${bytes(kept.bytes)}, all held in memory, ÷ ${pct(ctx.util)})`
    : modelled !== null
      ? `${bytes(memory)} (the hot set's keys × (key + entry + per-key overhead) ÷ ${pct(ctx.util)}, tech.redis.${ctx.workload!.name}.memory)`
      : `${bytes(memory)} (the hot set ÷ ${pct(ctx.util)})`
  const byMemory = need(kept ? 'memory to provision' : 'cache memory to provision', memory, memoryText, f.get('memoryPerNode'), `${bytes(f.get('memoryPerNode'))} usable per node`, null, SHARD)
  // Where push fan-out writes the timelines here, every delivery is an operation beside the reads.
  const pushed = kept ? null : (ctx.pushDeliveries ?? null)
  // Records the workload's requests look up by key (`lookups`) are reads of this cache too.
  const lookups = kept || !ctx.workload ? 0 : (optionalMetric(ctx.estimate.metrics, workloadMetricId(ctx.workload.name, 'lookups.peak')) ?? 0)
  const byReads = pushed
    ? need('peak reads and timeline writes', reads + pushed.peak, `${rate(reads)} + ${rate(pushed.peak)} push fan-out deliveries (${pushed.from})`, f.get('opsPerNode'), `${rate(f.get('opsPerNode'))} per node`, ctx.util, SHARD)
    : lookups > 0
      ? need('peak reads and lookups', reads + lookups, `${rate(reads)} + ${rate(lookups)} records looked up by key (lookups.peak)`, f.get('opsPerNode'), `${rate(f.get('opsPerNode'))} per node`, ctx.util, SHARD)
      : need(kept ? 'peak reads and writes' : 'peak reads', reads, rate(reads), f.get('opsPerNode'), `${rate(f.get('opsPerNode'))} per node`, ctx.util, SHARD)
  const shards = Math.max(1, byMemory.count, byReads.count)
  const replicas = f.get('replicasPerShard')
  const nodes = shards * (1 + replicas)
  // Zone loss: a shard's replica in another zone is promoted, so every shard still serves; without replicas, shards bound by reads are lost with their zone.
  const bound = replicas > 0
    ? ({kind: 'kept', why: `not inflated: each shard's replica in another zone is promoted, so all ${counted(shards, SHARD)} still serve`} as const)
    : byReads.count >= byMemory.count && byReads.count > 0
      ? ({kind: 'peak', count: byReads.count, floor: Math.max(1, byMemory.count), floorText: 'at least the shards the memory needs', noun: SHARD, unit: 'shards', shardKey: 'hash slot of the cache key'} as const)
      : ({kind: 'kept', why: 'not inflated: the shard count is set by memory, and a lost zone\'s keys are misses that the store behind serves'} as const)
  return [
    zoneBound(item(ctx, f, {
      role: 'cache',
      nodes,
      shards,
      shardKey: shards > 1 ? (kept ? 'the set split by member key (each shard ranks its members; the top K merges the shards\' tops)' : 'hash slot of the cache key') : null,
      basis: [
        memory > 0 ? byMemory.line : kept ? 'memory: no data kept' : reads > 0 ? 'cache memory: no read size stated, so no hot set' : lookups > 0 ? 'cache memory: the looked-up records state no size, so no hot set' : 'cache memory: no reads described',
        reads > 0 || pushed || lookups > 0 ? byReads.line : kept ? 'peak reads and writes: none described' : 'peak reads: none described',
        `→ ${counted(shards, SHARD)} × (1 primary + ${whole(replicas)} ${replicas === 1 ? 'replica' : 'replicas'}) = ${counted(nodes, NODE)}`,
      ],
    }), bound),
  ]
}

/**
 * A partitioned log (Kafka). Partitions ≥ max(peak bytes ÷ per-partition
 * producer rate, peak bytes ÷ per-partition consumer rate, consumer
 * parallelism), as Confluent sizes a topic; the parallelism is the spec's
 * (`consumers.parallelism`), or else the consumers the peak messages need
 * (one message per write ÷ what one consumer processes); brokers from bytes per broker
 * (replication included), from partitions per broker, and at least the
 * replication factor. The brokers' network and disk follow: in = rate × RF
 * (the leader's write and the followers' fetches), out = rate × consumer
 * groups + rate × (RF − 1), disk = average rate × retention × RF. Messages
 * carry the records; media objects go to object storage and only their keys
 * travel.
 */
export function sizeLog(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const k = deriveKafka(ctx, f)
  const id = kafkaIds(ctx)
  const v = (id: MetricId): number => ctx.ledger.value(id)
  const bps = v(k.bytesIn)
  const rf = v(k.rf)
  const partitions = v(id('partitions'))
  const brokers = v(id('brokers'))
  const parallelism = v(id('partitions.byParallelism'))
  const byProducer = need('peak write bytes', bps, bytesRate(bps), f.get('partitionBytesPerSecond'), `${bytesRate(f.get('partitionBytesPerSecond'))} per partition from a producer`, ctx.util, PARTITION)
  const consumerRate = f.maybe('partitionConsumerBytesPerSecond')
  const byConsumer = consumerRate === null ? null : need('peak read bytes of one group', bps, bytesRate(bps), consumerRate, `${bytesRate(consumerRate)} per partition to a consumer`, ctx.util, PARTITION)
  const perConsumer = k.parallelismFrom === 'messages' ? f.get('messagesPerConsumer') : null
  const messages = metric(ctx, 'qps.write.peak')
  const byMessages = perConsumer === null ? null : need('consumer parallelism: peak messages (one per write)', messages, rate(messages), perConsumer, `${rate(perConsumer)} per consumer`, ctx.util, ['consumer', 'consumers'])
  const byBroker = need('peak write bytes', bps, bytesRate(bps), f.get('nodeBytesPerSecond'), `${bytesRate(f.get('nodeBytesPerSecond'))} per broker`, ctx.util, BROKER)
  const byCount = need('partition replicas', partitions * rf, `${whole(partitions)} × RF ${whole(rf)}`, f.get('partitionsPerNode'), `${whole(f.get('partitionsPerNode'))} per broker`, null, BROKER)
  const counts = [byProducer.count, ...(byConsumer ? [byConsumer.count] : []), parallelism].map(whole).join(', ')
  return [
    zoneBound(item(ctx, f, {
      role: 'broker',
      nodes: brokers,
      shards: partitions,
      shardKey: partitions > 1 ? 'message key (the entity id, so each key keeps its order)' : null,
      basis: [
        `peak write bytes: ${bytesRate(bps)} of records (${k.bytesIn}; media travel as keys, not bytes)`,
        `${byProducer.line} (\`${id('partitions.byProducer')}\`)`,
        ...(byConsumer ? [`${byConsumer.line} (\`${id('partitions.byConsumer')}\`)`] : []),
        byMessages
          ? `${byMessages.line} of one group read at once → ${counted(parallelism, PARTITION)} (not stated: \`consumers.parallelism\`)`
          : `consumer parallelism: ${counted(parallelism, ['consumer', 'consumers'])} of one group read at once → ${counted(parallelism, PARTITION)}${k.parallelismFrom === 'stated' ? '' : ' (not stated: `consumers.parallelism`)'}`,
        `partitions = max(${counts}) = ${whole(partitions)} (\`${id('partitions')}\`)`,
        `${byBroker.line} (\`${id('brokers.byBytes')}\`)`,
        `${byCount.line} (\`${id('brokers.byPartitions')}\`)`,
        `→ ${counted(partitions, PARTITION)} on ${counted(brokers, BROKER)} (at least RF ${whole(rf)}; \`${id('brokers')}\`)`,
        ...logTraffic(ctx, k, bps, rf, brokers),
      ],
    }), {kind: 'peak', count: byBroker.count, floor: Math.max(rf, byCount.count), floorText: `at least RF ${whole(rf)} and the brokers the partition replicas need`, noun: BROKER, unit: 'nodes', countMetric: id('brokers.byBytes')}),
  ]
}

/** The brokers' network in and out at peak and the disk the log keeps, read from their metrics, each with its arithmetic. */
function logTraffic(ctx: SizingContext, k: KafkaMetrics, bps: number, rf: number, brokers: number): string[] {
  const id = kafkaIds(ctx)
  const v = (m: MetricId): number => ctx.ledger.value(m)
  const into = v(id('broker.networkIn'))
  const out = v(id('broker.networkOut'))
  const groups = v('input.consumers.groups')
  const perBroker = (x: number): string => `${bytesRate(x / brokers)} per broker on ${counted(brokers, BROKER)}`
  const groupsText = `${counted(groups, ['consumer group', 'consumer groups'])}${k.groupsStated ? '' : ' (not stated: `consumers.groups`)'}`
  const lines = [
    `broker network in at peak = ${bytesRate(bps)} × RF ${whole(rf)} = ${bytesRate(into)} (${perBroker(into)}; \`${id('broker.networkIn')}\`)`,
    `broker network out at peak = ${bytesRate(bps)} × ${groupsText} + ${bytesRate(bps)} × (RF ${whole(rf)} − 1) = ${bytesRate(out)} (${perBroker(out)}; \`${id('broker.networkOut')}\`)`,
  ]
  if (k.disk !== null && k.retention !== null) {
    const avg = metric(ctx, 'bandwidth.ingress.text.avg')
    const retention = v(k.retention)
    lines.push(`log disk = ${bytesRate(avg)} average × ${ratio(retention / SECONDS_PER_HOUR)} h retention (${whole(retention)} s) × RF ${whole(rf)} = ${bytes(v(k.disk))} (${bytes(v(k.disk) / brokers)} per broker; \`${id('disk')}\`)`)
  }
  return lines
}

/** A message broker (RabbitMQ): nodes from peak messages (one per write), at least a quorum cluster. */
export function sizeBroker(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const messages = metric(ctx, 'qps.write.peak')
  const byMessages = need('peak messages (one per write)', messages, rate(messages), f.get('messagesPerNode'), `${rate(f.get('messagesPerNode'))} per node`, ctx.util, NODE)
  const floor = f.get('minNodes')
  const nodes = Math.max(floor, byMessages.count)
  const basis = [byMessages.line, `→ ${counted(nodes, NODE)} (at least ${whole(floor)}, a quorum that survives one failure)`]
  return [zoneBound(item(ctx, f, {role: 'broker', nodes, basis}), {kind: 'peak', count: byMessages.count, floor, floorText: `at least ${whole(floor)}, a quorum`, noun: NODE, unit: 'nodes'})]
}

/**
 * A pub/sub router: servers from the pushes it delivers to subscribers at
 * peak (every write to each of its recipients), at least enough that one can
 * fail. Channels hold only subscriber lists; delivering is what loads it.
 */
export function sizePubSub(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const pushes = optionalScoped(ctx, 'push.deliveries.peak') ?? 0
  const byPushes = need('peak pushes delivered', pushes, `${rate(pushes)} (${scoped(ctx, 'push.deliveries.peak')})`, f.get('deliveriesPerNode'), `${rate(f.get('deliveriesPerNode'))} per server`, ctx.util, ['server', 'servers'])
  const floor = f.get('minNodes')
  const nodes = Math.max(floor, byPushes.count)
  return [
    item(ctx, f, {
      role: 'node',
      nodes,
      shards: nodes,
      shardKey: nodes > 1 ? 'channel (the publisher\'s id) on a consistent-hash ring' : null,
      basis: [pushes > 0 ? byPushes.line : 'peak pushes: none described', `→ ${counted(nodes, NODE)} (at least ${whole(floor)}, so one can fail)`],
    }),
  ]
}

/** A batch processor: workers from the bytes a day's run scans (the day's new data) at the per-worker rate, over the day. */
export function sizeBatch(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const perDay = metric(ctx, 'storage.perDay')
  const rateNeeded = perDay / ctx.model.conventions.secondsPerDay.value
  const byBytes = need('bytes a day to scan, spread over the day', rateNeeded, bytesRate(rateNeeded), f.get('bytesPerNodePerSecond'), `${bytesRate(f.get('bytesPerNodePerSecond'))} per worker`, ctx.util, ['worker', 'workers'])
  const nodes = Math.max(f.maybe('minNodes') ?? 1, byBytes.count)
  return [item(ctx, f, {role: 'worker', nodes, basis: [byBytes.line, `→ ${counted(nodes, ['worker', 'workers'])}`]})]
}

/** A columnar analytical store: nodes from the data kept (one copy), at least its smallest cluster. */
export function sizeAnalytical(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const data = storedData(ctx)
  const byData = need(data.label, data.bytes, bytes(data.bytes), f.get('dataPerNode'), `${bytes(f.get('dataPerNode'))} per node`, null, NODE)
  const nodes = Math.max(f.maybe('minNodes') ?? 1, byData.count)
  return [item(ctx, f, {role: 'node', nodes, basis: [data.line, byData.line, `→ ${counted(nodes, NODE)}`]})]
}

/** A stream processor: workers from the peak events it consumes (one per write), at least its smallest cluster. */
export function sizeStream(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const events = metric(ctx, 'qps.write.peak')
  const byEvents = need('peak events (one per write)', events, rate(events), f.get('eventsPerNode'), `${rate(f.get('eventsPerNode'))} per worker`, ctx.util, ['worker', 'workers'])
  const floor = f.maybe('minNodes') ?? 1
  const nodes = Math.max(floor, byEvents.count)
  return [item(ctx, f, {role: 'worker', nodes, basis: [byEvents.line, `→ ${counted(nodes, ['worker', 'workers'])}`]})]
}

/** The stateless application tier, from the system's peak requests. */
export function sizeApp(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const peak = metric(ctx, 'qps.total.peak')
  const byRequests = need('peak requests', peak, rate(peak), f.get('requestsPerNode'), `${rate(f.get('requestsPerNode'))} per server`, ctx.util, SERVER)
  const floor = f.get('minNodes')
  // A component sized from its p99 budget (M/M/c) may need more than the throughput count.
  const byLatency = latencyCount(ctx)
  const atPeak = Math.max(byRequests.count, byLatency?.count ?? 0)
  const nodes = Math.max(floor, atPeak)
  const basis = [byRequests.line, ...(byLatency ? [byLatency.line] : []), `→ ${counted(nodes, SERVER)} (at least ${whole(floor)}, so one can fail or be redeployed)`]
  return [zoneBound(item(ctx, f, {role: 'app', nodes, basis}), {kind: 'peak', count: atPeak, floor, floorText: `at least ${whole(floor)}`, noun: SERVER, unit: 'nodes'})]
}

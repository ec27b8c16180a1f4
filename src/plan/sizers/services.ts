import {bytes, bytesRate, counted, need, pct, rate, whole} from '../basis.js'
import {item, metric, optionalScoped, scoped, type SizingContext, storedData} from '../context.js'
import {FigureReader} from '../figures.js'
import {shardKeyFor} from '../../matrices/shard-key.js'
import type {NodePlan} from '../types.js'

const PREFIX = ['prefix', 'prefixes'] as const
const NODE = ['node', 'nodes'] as const
const SHARD = ['shard', 'shards'] as const
const BROKER = ['broker', 'brokers'] as const
const PARTITION = ['partition', 'partitions'] as const

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
  const reads = metric(ctx, 'qps.read.peak') * (media ? media.readShare.value : 1)
  // A workload with media has storage.media.total.
  const data = media
    ? {bytes: metric(ctx, 'storage.media.total') / w!.replication.value, from: scoped(ctx, 'storage.media.total'), line: `media kept over retention: ${bytes(metric(ctx, 'storage.media.total') / w!.replication.value)}`}
    : storedData(ctx, 'all')
  const what = media ? ['peak media writes', 'peak media reads'] : ['peak writes', 'peak reads']
  const byWrites = need(what[0]!, writes, rate(writes), f.get('writesPerPrefix'), `${rate(f.get('writesPerPrefix'))} per prefix`, ctx.util, PREFIX)
  const byReads = need(what[1]!, reads, rate(reads), f.get('readsPerPrefix'), `${rate(f.get('readsPerPrefix'))} per prefix`, ctx.util, PREFIX)
  const prefixes = Math.max(1, byWrites.count, byReads.count)
  const key = media ? {key: 'hashed object-key prefix', why: 'object stores scale request rates per key prefix'} : shardKeyFor(w)
  return [
    item(ctx, f, {
      role: media ? 'media' : 'prefix',
      nodes: 0,
      shards: prefixes,
      shardKey: prefixes > 1 ? key.key : null,
      nodeClass: null,
      basis: [byWrites.line, byReads.line, data.line, `→ ${counted(prefixes, PREFIX)}${prefixes > 1 ? ` by ${key.key}` : ''}; managed, so no machines to run`],
      storage: {medium: 'object', logicalBytes: data.bytes, copies: 1, from: data.from},
    }),
  ]
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
  const memory = kept ? kept.bytes / ctx.util : (optionalScoped(ctx, 'cache.provisionedBytes') ?? 0)
  const reads = metric(ctx, kept ? 'qps.total.peak' : 'qps.read.peak')
  const memoryText = kept ? `${bytes(memory)} (${kept.label} kept ${bytes(kept.bytes)}, all held in memory, ÷ ${pct(ctx.util)})` : `${bytes(memory)} (the hot set ÷ ${pct(ctx.util)})`
  const byMemory = need(kept ? 'memory to provision' : 'cache memory to provision', memory, memoryText, f.get('memoryPerNode'), `${bytes(f.get('memoryPerNode'))} usable per node`, null, SHARD)
  // Where push fan-out writes the timelines here, every delivery is an operation beside the reads.
  const pushed = kept ? null : (ctx.pushDeliveries ?? null)
  const byReads = pushed
    ? need('peak reads and timeline writes', reads + pushed.peak, `${rate(reads)} + ${rate(pushed.peak)} push fan-out deliveries (${pushed.from})`, f.get('opsPerNode'), `${rate(f.get('opsPerNode'))} per node`, ctx.util, SHARD)
    : need(kept ? 'peak reads and writes' : 'peak reads', reads, rate(reads), f.get('opsPerNode'), `${rate(f.get('opsPerNode'))} per node`, ctx.util, SHARD)
  const shards = Math.max(1, byMemory.count, byReads.count)
  const replicas = f.get('replicasPerShard')
  const nodes = shards * (1 + replicas)
  return [
    item(ctx, f, {
      role: 'cache',
      nodes,
      shards,
      shardKey: shards > 1 ? (kept ? 'the set split by member key (each shard ranks its members; the top K merges the shards\' tops)' : 'hash slot of the cache key') : null,
      basis: [
        memory > 0 ? byMemory.line : kept ? 'memory: no data kept' : reads > 0 ? 'cache memory: no read size stated, so no hot set' : 'cache memory: no reads described',
        reads > 0 || pushed ? byReads.line : kept ? 'peak reads and writes: none described' : 'peak reads: none described',
        `→ ${counted(shards, SHARD)} × (1 primary + ${whole(replicas)} ${replicas === 1 ? 'replica' : 'replicas'}) = ${counted(nodes, NODE)}`,
      ],
    }),
  ]
}

/**
 * A partitioned log (Kafka): partitions from peak write bytes per partition,
 * brokers from bytes per broker (replication included), from partitions per
 * broker, and at least the replication factor. Messages carry the records;
 * media objects go to object storage and only their keys travel.
 */
export function sizeLog(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const bps = metric(ctx, 'bandwidth.ingress.text.peak')
  const rf = f.get('replicationFactor')
  const byPartition = need('peak write bytes', bps, bytesRate(bps), f.get('partitionBytesPerSecond'), `${bytesRate(f.get('partitionBytesPerSecond'))} per partition`, ctx.util, PARTITION)
  const partitions = Math.max(1, byPartition.count)
  const byBroker = need('peak write bytes', bps, bytesRate(bps), f.get('nodeBytesPerSecond'), `${bytesRate(f.get('nodeBytesPerSecond'))} per broker`, ctx.util, BROKER)
  const byCount = need('partition replicas', partitions * rf, `${whole(partitions)} × RF ${whole(rf)}`, f.get('partitionsPerNode'), `${whole(f.get('partitionsPerNode'))} per broker`, null, BROKER)
  const brokers = Math.max(rf, byBroker.count, byCount.count)
  return [
    item(ctx, f, {
      role: 'broker',
      nodes: brokers,
      shards: partitions,
      shardKey: partitions > 1 ? 'message key (the entity id, so each key keeps its order)' : null,
      basis: [
        `peak write bytes: ${bytesRate(bps)} of records (${scoped(ctx, 'bandwidth.ingress.text.peak')}; media travel as keys, not bytes)`,
        byPartition.line,
        byBroker.line,
        byCount.line,
        `→ ${counted(partitions, PARTITION)} on ${counted(brokers, BROKER)} (at least RF ${whole(rf)})`,
      ],
    }),
  ]
}

/** A message broker (RabbitMQ): nodes from peak messages (one per write), at least a quorum cluster. */
export function sizeBroker(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const messages = metric(ctx, 'qps.write.peak')
  const byMessages = need('peak messages (one per write)', messages, rate(messages), f.get('messagesPerNode'), `${rate(f.get('messagesPerNode'))} per node`, ctx.util, NODE)
  const floor = f.get('minNodes')
  const nodes = Math.max(floor, byMessages.count)
  return [item(ctx, f, {role: 'broker', nodes, basis: [byMessages.line, `→ ${counted(nodes, NODE)} (at least ${whole(floor)}, a quorum that survives one failure)`]})]
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
  const byRequests = need('peak requests', peak, rate(peak), f.get('requestsPerNode'), `${rate(f.get('requestsPerNode'))} per server`, ctx.util, ['server', 'servers'])
  const floor = f.get('minNodes')
  const nodes = Math.max(floor, byRequests.count)
  return [item(ctx, f, {role: 'app', nodes, basis: [byRequests.line, `→ ${counted(nodes, ['server', 'servers'])} (at least ${whole(floor)}, so one can fail or be redeployed)`]})]
}

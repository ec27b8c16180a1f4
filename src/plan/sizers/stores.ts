import {bytes, counted, need, pct, ratio, rate, whole} from '../basis.js'
import {item, metric, peakWrites, type SizingContext, storedData} from '../context.js'
import {FigureReader} from '../figures.js'
import {shardKeyFor} from '../../matrices/shard-key.js'
import type {NodePlan} from '../types.js'

const PRIMARY = ['primary', 'primaries'] as const
const REPLICA = ['replica', 'replicas'] as const
const NODE = ['node', 'nodes'] as const
const SHARD = ['shard', 'shards'] as const

/** `peak writes 0/s`: nothing to divide, said plainly. */
const none = (what: string): string => `${what}: none described`

/** The sharding line: how many shards and by what key, or why one suffices. */
function shardLine(ctx: SizingContext, shards: number, unit: string): {key: string | null; line: string} {
  if (shards <= 1) {
    // The partitioning decision may split the data ahead of need (past 3 TB kept, 400 writes/s on average): its logical shards then share this one node until it outgrows it, which the plan says rather than contradict the decision.
    const decided = ctx.partitionedAs
    return {key: null, line: decided ? `→ one ${unit} holds it all for now; the data is split as the partitioning decision says (${decided}), and its shards move to more ${unit === 'primary' ? 'primaries' : `${unit}s`} as it outgrows one` : `→ one ${unit} holds it all; no sharding needed`}
  }
  const {key, why} = shardKeyFor(ctx.workload)
  return {key, line: `→ ${counted(shards, SHARD)} by ${key}: ${why}`}
}

/**
 * A relational store: one primary per shard takes the writes, replicas take
 * the reads. Shards from peak writes and from data size; replicas from peak
 * reads, at least the failover standby per shard.
 */
export function sizeRelational(ctx: SizingContext): NodePlan[] {
  const p = new FigureReader(ctx.capacity)
  const {value: writes, text: writesText} = peakWrites(ctx)
  const data = storedData(ctx)
  const byWrites = need('peak writes', writes, writesText, p.get('writesPerNode'), `${rate(p.get('writesPerNode'))} per primary`, ctx.util, PRIMARY)
  const byData = need(data.label, data.bytes, bytes(data.bytes), p.get('dataPerNode'), `${bytes(p.get('dataPerNode'))} per primary`, null, PRIMARY)
  const shards = Math.max(1, byWrites.count, byData.count)
  const sharding = shardLine(ctx, shards, 'primary')
  const primary = item(ctx, p, {
    role: 'primary',
    nodes: shards,
    shards,
    shardKey: sharding.key,
    basis: [writes > 0 ? byWrites.line : none('peak writes'), data.line, byData.line, sharding.line],
    storage: {medium: 'block', logicalBytes: data.bytes, copies: 1, from: data.from},
  })

  const r = new FigureReader(ctx.capacity)
  const reads = metric(ctx, 'qps.read.peak')
  const byReads = need('peak reads', reads, rate(reads), r.get('readsPerNode'), `${rate(r.get('readsPerNode'))} per replica`, ctx.util, REPLICA)
  const standby = r.get('replicasPerShard')
  const perShard = Math.max(standby, Math.ceil(byReads.count / shards))
  const replicas = item(ctx, r, {
    role: 'replica',
    nodes: shards * perShard,
    shards,
    shardKey: sharding.key,
    basis: [
      reads > 0 ? `${byReads.line} in all` : none('peak reads'),
      `${counted(perShard, REPLICA)} per shard (at least ${whole(standby)}, the failover standby) × ${counted(shards, SHARD)} = ${counted(shards * perShard, REPLICA)}, each a full copy of its shard`,
    ],
    storage: {medium: 'block', logicalBytes: data.bytes, copies: perShard, from: data.from},
  })
  return [primary, replicas]
}

/**
 * A masterless wide-column store: every node takes writes for its token
 * ranges, each row on RF nodes. Nodes from replica writes, reads and the data
 * a node can hold (all copies counted), at least RF.
 */
export function sizeWideColumn(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const rf = f.get('replicationFactor')
  const {value: writes, text: writesText} = peakWrites(ctx)
  const reads = metric(ctx, 'qps.read.peak')
  const data = storedData(ctx)
  const byWrites = need('peak writes', writes * rf, ctx.pushDeliveries ? `(${writesText}) × RF ${whole(rf)}` : `${writesText} × RF ${whole(rf)}`, f.get('writesPerNode'), `${rate(f.get('writesPerNode'))} replica writes per node`, ctx.util, NODE)
  const byReads = need('peak reads', reads, rate(reads), f.get('readsPerNode'), `${rate(f.get('readsPerNode'))} per node`, ctx.util, NODE)
  const byData = need(data.label, data.bytes * rf, `${bytes(data.bytes)} × RF ${whole(rf)}`, f.get('dataPerNode'), `${bytes(f.get('dataPerNode'))} per node`, null, NODE)
  const floor = Math.max(rf, f.maybe('minNodes') ?? 0)
  const nodes = Math.max(floor, byWrites.count, byReads.count, byData.count)
  const {key, why} = shardKeyFor(ctx.workload)
  return [
    item(ctx, f, {
      role: 'node',
      nodes,
      shards: nodes,
      shardKey: key,
      basis: [
        writes > 0 ? byWrites.line : none('peak writes'),
        reads > 0 ? byReads.line : none('peak reads'),
        data.line,
        byData.line,
        `→ ${counted(nodes, NODE)} (at least RF ${whole(rf)}), each owning one token range stored on ${whole(rf)} nodes; partition key ${key}: ${why}`,
      ],
      storage: {medium: 'block', logicalBytes: data.bytes, copies: rf, from: data.from},
    }),
  ]
}

/**
 * A managed key-value store billed by capacity units (DynamoDB): partitions
 * from read and write units (RCU ÷ 3,000 + WCU ÷ 1,000 per partition) and
 * from data size. No machines to run.
 */
export function sizeKeyValue(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const w = ctx.workload
  const recordBytes = w?.recordBytes.value ?? 0
  const readBytes = w?.readBytes?.value ?? 0
  const strong = ctx.model.slo.consistency === 'strong'
  const writeUnits = Math.max(1, Math.ceil(recordBytes / f.get('writeUnitBytes')))
  const readUnits = Math.max(1, Math.ceil(readBytes / f.get('readUnitBytes'))) * (strong ? 1 : 0.5)
  const wcu = peakWrites(ctx).value * writeUnits
  const rcu = metric(ctx, 'qps.read.peak') * readUnits
  const perRead = f.get('partitionReadUnits') * ctx.util
  const perWrite = f.get('partitionWriteUnits') * ctx.util
  const units = rcu / perRead + wcu / perWrite
  const byUnits = units > 0 ? Math.ceil(units - 1e-9) : 0
  const data = storedData(ctx)
  const byData = need(data.label, data.bytes, bytes(data.bytes), f.get('partitionBytes'), `${bytes(f.get('partitionBytes'))} per partition`, null, ['partition', 'partitions'])
  const partitions = Math.max(1, byUnits, byData.count)
  const {key, why} = shardKeyFor(ctx.workload)
  return [
    item(ctx, f, {
      role: 'partition',
      nodes: 0,
      shards: partitions,
      shardKey: key,
      nodeClass: null,
      basis: [
        `${whole(writeUnits)} write unit(s) per ${bytes(recordBytes)} write, ${readUnits} read unit(s) per ${bytes(readBytes)} read (${strong ? 'strongly' : 'eventually'} consistent)`,
        `read units ${rate(rcu)} ÷ (${rate(f.get('partitionReadUnits'))} per partition × ${pct(ctx.util)}) + write units ${rate(wcu)} ÷ (${rate(f.get('partitionWriteUnits'))} × ${pct(ctx.util)}) = ${ratio(units)} → ${counted(byUnits, ['partition', 'partitions'])}`,
        data.line,
        byData.line,
        `→ ${counted(partitions, ['partition', 'partitions'])} by ${key}: ${why}; managed, so no machines to run`,
      ],
      storage: {medium: 'managed', logicalBytes: data.bytes, copies: 1, from: data.from},
    }),
  ]
}

/**
 * A sharded store of replica sets (document, graph, time-series) when the
 * catalog or an overlay gives figures: shards from writes, reads and data,
 * RF members each.
 */
export function sizeReplicaSets(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const rf = f.get('replicationFactor')
  const perWrite = f.get('writesPerNode')
  const perRead = f.maybe('readsPerNode')
  const perData = f.maybe('dataPerNode')
  const {value: writes, text: writesText} = peakWrites(ctx)
  const reads = metric(ctx, 'qps.read.peak')
  const data = storedData(ctx)
  const basis: string[] = []
  const byWrites = need('peak writes', writes, writesText, perWrite, `${rate(perWrite)} per primary`, ctx.util, SHARD)
  basis.push(writes > 0 ? byWrites.line : none('peak writes'))
  // Every member of a replica set can serve reads: RF × the per-node rate per shard.
  const byReads = perRead === null ? null : need('peak reads', reads, rate(reads), perRead * rf, `${rate(perRead)} per node × ${whole(rf)} members`, ctx.util, SHARD)
  basis.push(byReads === null ? 'no per-node read figure: reads not sized' : reads > 0 ? byReads.line : none('peak reads'))
  basis.push(data.line)
  const byData = perData === null ? null : need(data.label, data.bytes, bytes(data.bytes), perData, `${bytes(perData)} per shard`, null, SHARD)
  basis.push(byData === null ? 'no per-node data figure: data size not sized' : byData.line)
  const shards = Math.max(1, byWrites.count, byReads?.count ?? 0, byData?.count ?? 0)
  const nodes = Math.max(shards * rf, f.maybe('minNodes') ?? 0)
  const sharding = shardLine(ctx, shards, 'replica set')
  basis.push(`${sharding.line}; ${counted(shards, SHARD)} × ${whole(rf)} members = ${counted(nodes, NODE)}`)
  return [item(ctx, f, {role: 'node', nodes, shards, shardKey: sharding.key, basis, storage: {medium: 'block', logicalBytes: data.bytes, copies: rf, from: data.from}})]
}

/**
 * A search index: primary shards from data size at the recommended shard
 * size, replicas on top, data nodes from shards per node. The reference has
 * no indexing or query rate per node, so throughput is not sized.
 */
export function sizeSearch(ctx: SizingContext): NodePlan[] {
  const f = new FigureReader(ctx.capacity)
  const data = storedData(ctx)
  const byData = need(data.label, data.bytes, bytes(data.bytes), f.get('shardBytes'), `${bytes(f.get('shardBytes'))} per shard`, null, ['primary shard', 'primary shards'])
  const primaries = Math.max(1, byData.count)
  const replicas = f.get('replicasPerShard')
  const total = primaries * (1 + replicas)
  const byShards = need('shards', total, `${whole(primaries)} × (1 + ${whole(replicas)} replica)`, f.get('shardsPerNode'), `${whole(f.get('shardsPerNode'))} shards per node`, null, NODE)
  const nodes = Math.max(1 + replicas, f.maybe('minNodes') ?? 0, byShards.count)
  const {key, why} = shardKeyFor(ctx.workload)
  return [
    item(ctx, f, {
      role: 'node',
      nodes,
      shards: primaries,
      shardKey: primaries > 1 ? key : null,
      basis: [
        data.line,
        byData.line,
        byShards.line,
        `→ ${counted(nodes, NODE)} (at least ${whole(1 + replicas)}, so a replica never shares a node with its primary); routing by ${key}: ${why}`,
        'the reference has no indexing or query rate per node (Elastic declines to publish one): throughput is not sized',
      ],
      storage: {medium: 'block', logicalBytes: data.bytes, copies: 1 + replicas, from: data.from},
    }),
  ]
}

import type {KafkaMetricId, KafkaSuffix, MetricId} from '../../engine/ids.js'
import {ceil} from '../basis.js'
import {scoped, type SizingContext} from '../context.js'
import type {FigureReader} from '../figures.js'
import {deriveOnce, figureNode, utilisationNode} from '../plan-metrics.js'


/** The ids of a Kafka cluster's metrics, and whether the optional ones were derived. */
export interface KafkaMetrics {
  readonly bytesIn: MetricId
  readonly rf: MetricId
  readonly byConsumer: KafkaMetricId | null
  readonly disk: KafkaMetricId | null
  readonly retention: MetricId | null
  /** Consumer parallelism stated (`consumers`), or derived from the peak messages, or the default of 1. */
  readonly parallelismFrom: 'stated' | 'messages' | 'default'
  readonly groupsStated: boolean
}

/**
 * Kafka's figures as metrics of the plan's ledger (Confluent's topic sizing):
 * partitions ≥ max(peak bytes ÷ (per-partition producer rate × u), peak bytes
 * ÷ (per-partition consumer rate × u), consumer parallelism); brokers ≥
 * max(RF, peak bytes ÷ (bytes per broker × u), partitions × RF ÷ partitions
 * per broker); network in = bytes × RF (the leader's write and the followers'
 * fetches), out = bytes × consumer groups + bytes × (RF − 1); disk = average
 * bytes × retention × RF. u is the target utilisation; every count rounds up.
 */
export function deriveKafka(ctx: SizingContext, f: FigureReader): KafkaMetrics {
  const ledger = ctx.ledger
  const kafka = kafkaIds(ctx)
  const derive = deriveOnce(ledger)
  const tech = ctx.technology
  const util = utilisationNode(ledger, ctx.util)
  const bytesIn = scoped(ctx, 'bandwidth.ingress.text.peak')
  const rf = figureNode(ledger, f, tech, 'replicationFactor', 'replication factor', 'x')
  const producer = figureNode(ledger, f, tech, 'partitionBytesPerSecond', 'bytes a second one partition takes from a producer', 'B/s')
  derive(kafka('partitions.byProducer'), 'Kafka partitions the producers need', 'count', '⌈bytesIn ÷ (producerRate × utilisation)⌉', {bytesIn, producerRate: producer, utilisation: util}, (v) => ceil(v.bytesIn / (v.producerRate * v.utilisation)))
  const consumerRate = f.maybe('partitionConsumerBytesPerSecond') === null ? null : figureNode(ledger, f, tech, 'partitionConsumerBytesPerSecond', 'bytes a second one partition gives a consumer', 'B/s')
  const byConsumer = consumerRate === null ? null : derive(kafka('partitions.byConsumer'), 'Kafka partitions one consumer group needs', 'count', '⌈bytesIn ÷ (consumerRate × utilisation)⌉', {bytesIn, consumerRate, utilisation: util}, (v) => ceil(v.bytesIn / (v.consumerRate * v.utilisation)))
  const parallelism = deriveParallelism(ctx, f, util)
  const parts: Record<string, MetricId> = {byProducer: kafka('partitions.byProducer'), ...(byConsumer ? {byConsumer} : {}), byParallelism: kafka('partitions.byParallelism')}
  const partitions = derive(kafka('partitions'), 'Kafka partitions', 'count', `max(1, ${Object.keys(parts).join(', ')})`, parts, (v) => Math.max(1, ...Object.values(v)))
  const perBroker = figureNode(ledger, f, tech, 'nodeBytesPerSecond', 'bytes a second one broker takes, replication included', 'B/s')
  const byBytes = derive(kafka('brokers.byBytes'), 'Kafka brokers the peak bytes need', 'count', '⌈bytesIn ÷ (brokerRate × utilisation)⌉', {bytesIn, brokerRate: perBroker, utilisation: util}, (v) => ceil(v.bytesIn / (v.brokerRate * v.utilisation)))
  const perNode = figureNode(ledger, f, tech, 'partitionsPerNode', 'partition replicas one broker holds', 'count')
  const byPartitions = derive(kafka('brokers.byPartitions'), 'Kafka brokers the partition replicas need', 'count', '⌈partitions × rf ÷ partitionsPerBroker⌉', {partitions, rf, partitionsPerBroker: perNode}, (v) => ceil((v.partitions * v.rf) / v.partitionsPerBroker))
  derive(kafka('brokers'), 'Kafka brokers', 'count', 'max(rf, byBytes, byPartitions)', {rf, byBytes, byPartitions}, (v) => Math.max(v.rf, v.byBytes, v.byPartitions))
  derive(kafka('broker.networkIn'), 'Kafka brokers\' network in at peak', 'B/s', 'bytesIn × rf', {bytesIn, rf}, (v) => v.bytesIn * v.rf)
  const groups = consumerGroups(ctx)
  derive(kafka('broker.networkOut'), 'Kafka brokers\' network out at peak', 'B/s', 'bytesIn × groups + bytesIn × (rf − 1)', {bytesIn, groups, rf}, (v) => v.bytesIn * v.groups + v.bytesIn * (v.rf - 1))
  const retention = f.maybe('retentionSeconds') === null ? null : figureNode(ledger, f, tech, 'retentionSeconds', 'log retention', 's')
  const disk = retention === null
    ? null
    : derive(kafka('disk'), 'Kafka log disk (all replicas)', 'B', 'bytesInAvg × retention × rf', {bytesInAvg: scoped(ctx, 'bandwidth.ingress.text.avg'), retention, rf}, (v) => v.bytesInAvg * v.retention * v.rf)
  return {bytesIn, rf, byConsumer, disk, retention, parallelismFrom: parallelism, groupsStated: ctx.model.consumers !== undefined}
}

/** The id of a Kafka metric in the sizer's scope: the system's log (`kafka.…`), or a workload's own (`workload.<name>.kafka.…`). */
export function kafkaIds(ctx: SizingContext): (suffix: KafkaSuffix) => KafkaMetricId {
  const name = ctx.workload?.name
  return (suffix) => (name === undefined ? `kafka.${suffix}` : `workload.${name}.kafka.${suffix}`)
}

/** The consumers of one group reading at once, stated or derived: each reads a partition. */
function deriveParallelism(ctx: SizingContext, f: FigureReader, util: MetricId): KafkaMetrics['parallelismFrom'] {
  const ledger = ctx.ledger
  const kafka = kafkaIds(ctx)
  const derive = deriveOnce(ledger)
  const id = kafka('partitions.byParallelism')
  const label = 'Kafka partitions for the consumers of one group reading at once'
  if (ctx.model.consumers) {
    const stated = ledger.has('input.consumers.parallelism') ? 'input.consumers.parallelism' : ledger.input('input.consumers.parallelism', 'Consumers of one group reading at once', 'count', {value: ctx.model.consumers.parallelism, path: 'consumers.parallelism'})
    derive(id, label, 'count', 'parallelism', {parallelism: stated}, (v) => v.parallelism)
    return 'stated'
  }
  if (f.maybe('messagesPerConsumer') === null) {
    derive(id, label, 'count', '1 (not stated: `consumers.parallelism`)', {}, () => 1)
    return 'default'
  }
  const perConsumer = figureNode(ledger, f, ctx.technology, 'messagesPerConsumer', 'messages a second one consumer processes', 'req/s')
  derive(id, label, 'count', 'max(1, ⌈messages ÷ (perConsumer × utilisation)⌉) (not stated: `consumers.parallelism`; one message per write)', {messages: scoped(ctx, 'qps.write.peak'), perConsumer, utilisation: util}, (v) => Math.max(1, ceil(v.messages / (v.perConsumer * v.utilisation))))
  return 'messages'
}

/** The consumer groups that read every message: stated, or one. */
function consumerGroups(ctx: SizingContext): MetricId {
  const stated = ctx.model.consumers
  if (ctx.ledger.has('input.consumers.groups')) return 'input.consumers.groups'
  return ctx.ledger.input('input.consumers.groups', 'Consumer groups reading every message', 'count', stated ? {value: stated.groups, path: 'consumers.groups'} : {value: 1, path: 'consumers.groups', isDefault: true})
}

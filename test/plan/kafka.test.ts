import {describe, expect, it} from 'vitest'
import {estimate} from '../../src/engine/estimate.js'
import {type Capacities, CAPACITIES, planScaling} from '../../src/plan/index.js'
import {planWithMetrics} from '../../src/plan/plan.js'
import type {NodePlan} from '../../src/plan/types.js'
import {loadSpec} from '../../src/spec/load.js'
import {sizeup} from '../helpers/analysis.js'
import {chose} from '../helpers/decisions.js'

/*
 * Kafka per Confluent's topic sizing. 5,000 writes/s of 1 KB: 5 MB/s on
 * average, 10 MB/s at peak (factor 2); target utilisation 70 %. Shipped
 * figures: 10 MB/s per partition from a producer, 25 MB/s to a consumer
 * (Confluent's worked example), RF 3, a week's retention (log.retention.hours
 * = 168).
 */
const SPEC = (consumers: string): string => `name: Log
${consumers}
workloads:
  events:
    writes: {perSecond: 5000}
    recordSize: 1 KB
    retention: 30 days
`

async function kafka(consumers: string, capacities: Capacities = CAPACITIES): Promise<NodePlan> {
  const m = (await loadSpec(SPEC(consumers), 'log.yaml')).model
  return planScaling(m, estimate(m), [chose('queue', 'events', 'x', 'Apache Kafka')], capacities).items.find((i) => i.technology === 'Apache Kafka')!
}

describe('Kafka: partitions, network and disk (Confluent, Apache Kafka docs)', () => {
  it('partitions ≥ max(producer, consumer, parallelism): 12 consumers bind', async () => {
    const k = await kafka('consumers: {groups: 3, parallelism: 12}')
    // producer 10 ÷ (10 × 0.7) = 1.43 → 2; consumer 10 ÷ (25 × 0.7) = 0.571 → 1; parallelism 12
    expect(k.shards).toBe(12)
    // brokers max(RF 3, 10 ÷ (201.7 × 0.7) → 1, 12 × 3 ÷ 4,000 → 1) = 3
    expect(k.nodes).toBe(3)
    expect(k.basis).toContain('peak write bytes 10 MB/s ÷ (10 MB/s per partition from a producer × 70%) = 1.43 → 2 partitions (`workload.events.kafka.partitions.byProducer`)')
    expect(k.basis).toContain('peak read bytes of one group 10 MB/s ÷ (25 MB/s per partition to a consumer × 70%) = 0.571 → 1 partition (`workload.events.kafka.partitions.byConsumer`)')
    expect(k.basis).toContain('consumer parallelism: 12 consumers of one group read at once → 12 partitions')
    expect(k.basis).toContain('partitions = max(2, 1, 12) = 12 (`workload.events.kafka.partitions`)')
    // in = 10 × 3 = 30 MB/s, ÷ 3 brokers = 10 MB/s; out = 10 × 3 groups + 10 × (3 − 1) = 50 MB/s, ÷ 3 = 16.7 MB/s
    expect(k.basis).toContain('broker network in at peak = 10 MB/s × RF 3 = 30 MB/s (10 MB/s per broker on 3 brokers; `workload.events.kafka.broker.networkIn`)')
    expect(k.basis).toContain('broker network out at peak = 10 MB/s × 3 consumer groups + 10 MB/s × (RF 3 − 1) = 50 MB/s (16.7 MB/s per broker on 3 brokers; `workload.events.kafka.broker.networkOut`)')
    // disk = 5 MB/s × 604,800 s × 3 = 9.072 TB, ÷ 3 brokers = 3.024 TB
    expect(k.basis).toContain('log disk = 5 MB/s average × 168 h retention (604,800 s) × RF 3 = 9.07 TB (3.02 TB per broker; `workload.events.kafka.disk`)')
  })

  it('unstated consumers count as one group, of as many consumers as the peak messages need, and say so', async () => {
    const k = await kafka('')
    // parallelism from messages: 10,000/s at peak ÷ (2,000/s per consumer × 0.7) = 7.14 → 8;
    // max(2, 1, 8) = 8 partitions; out = 10 × 1 + 10 × 2 = 30 MB/s
    expect(k.shards).toBe(8)
    expect(k.basis).toContain('consumer parallelism: peak messages (one per write) 10,000/s ÷ (2,000/s per consumer × 70%) = 7.14 → 8 consumers of one group read at once → 8 partitions (not stated: `consumers.parallelism`)')
    expect(k.basis).toContain('partitions = max(2, 1, 8) = 8 (`workload.events.kafka.partitions`)')
    expect(k.basis).toContain('broker network out at peak = 10 MB/s × 1 consumer group (not stated: `consumers.groups`) + 10 MB/s × (RF 3 − 1) = 30 MB/s (10 MB/s per broker on 3 brokers; `workload.events.kafka.broker.networkOut`)')
  })

  it('a slow consumer binds: 1 MB/s per partition to a consumer, 10 ÷ (1 × 0.7) = 14.3 → 15 partitions', async () => {
    const shipped = CAPACITIES.technologies['Apache Kafka']!
    const slow: Capacities = {
      ...CAPACITIES,
      technologies: {...CAPACITIES.technologies, 'Apache Kafka': {...shipped, figures: {...shipped.figures, partitionConsumerBytesPerSecond: {...shipped.figures.partitionConsumerBytesPerSecond!, value: 1e6}}}},
    }
    const k = await kafka('', slow)
    expect(k.shards).toBe(15)
    expect(k.basis).toContain('partitions = max(2, 15, 8) = 15 (`workload.events.kafka.partitions`)')
  })

  it('consumers.groups below 1 is a located error', async () => {
    const r = await sizeup(['estimate', '-'], SPEC('consumers: {groups: 0}'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/:2:\d+: .*groups/)
  })
})

describe('Kafka as plan metrics (kafka.…, in the report, the appendix and explain)', () => {
  it('derives each count and rate in the ledger, with its formula and the figures it reads', async () => {
    const m = (await loadSpec(SPEC('consumers: {groups: 3, parallelism: 12}'), 'log.yaml')).model
    const {metrics} = planWithMetrics(m, estimate(m), [chose('queue', null, 'x', 'Apache Kafka')], CAPACITIES)
    const by = new Map(metrics.map((n) => [n.id, n]))
    const value = (id: string): number | undefined => by.get(id)?.value
    // The same arithmetic as the basis lines above: 2, 1, 12 → 12 partitions; max(RF 3, 1, ⌈12 × 3 ÷ 4,000⌉ = 1) = 3 brokers
    expect(value('kafka.partitions.byProducer')).toBe(2)
    expect(value('kafka.partitions.byConsumer')).toBe(1)
    expect(value('kafka.partitions.byParallelism')).toBe(12)
    expect(value('kafka.partitions')).toBe(12)
    expect(value('kafka.brokers.byBytes')).toBe(1)
    expect(value('kafka.brokers.byPartitions')).toBe(1)
    expect(value('kafka.brokers')).toBe(3)
    // in = 10 MB/s × 3; out = 10 MB/s × 3 groups + 10 MB/s × (3 − 1); disk = 5 MB/s × 604,800 s × 3
    expect(value('kafka.broker.networkIn')).toBeCloseTo(30_000_000, 3)
    expect(value('kafka.broker.networkOut')).toBeCloseTo(50_000_000, 3)
    expect(value('kafka.disk')).toBeCloseTo(9_072_000_000_000, 0)
    expect(by.get('kafka.broker.networkOut')).toMatchObject({formula: 'bytesIn × groups + bytesIn × (rf − 1)', inputs: {bytesIn: 'bandwidth.ingress.text.peak', groups: 'input.consumers.groups', rf: 'figure.apache-kafka.replicationFactor'}})
    expect(by.get('figure.apache-kafka.partitionBytesPerSecond')).toMatchObject({kind: 'input', value: 10_000_000, source: 'https://gist.github.com/mostafa-asg/8817c6eb45d7eb029535dfa34a7003ed'})
    expect(by.get('input.consumers.groups')).toMatchObject({value: 3, source: 'consumers.groups'})
    // The estimate's own metrics are not repeated.
    expect(by.has('bandwidth.ingress.text.peak')).toBe(false)
  })

  it('are in report --json and explain', async () => {
    const file = 'examples/ride-hailing.yaml'
    const report = JSON.parse((await sizeup(['report', file, '--json'])).stdout)
    // ride-hailing states consumers: {groups: 3, parallelism: 32}: 32 partitions on 3 brokers
    expect(report.metrics['kafka.partitions'].value).toBe(32)
    expect(report.metrics['kafka.brokers'].value).toBe(3)
    const r = await sizeup(['explain', file, 'kafka.partitions'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('kafka.partitions — Kafka partitions = 32')
  })
})

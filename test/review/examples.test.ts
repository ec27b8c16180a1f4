import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/spec.js'
import {review} from './helpers.js'

/**
 * What the review makes of each bundled example. The examples are meant to be
 * sound designs, so every finding here is either a real issue of the design
 * as described (explained below) or accepted on purpose with a `suppress:`
 * entry and its reason in the example.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // left-out-of-totals, in five examples: DynamoDB is sized (partitions) but data/prices.yaml
  // has no per-request prices, so the monthly cost leaves it out; the social feed's Neo4j has
  // no published per-node figures, so neither the plan nor the cost counts it.
  // 6 TB hot set of message deliveries → 905 Redis shards with replicas (each 200 B entry takes 272 B with a 16 B key and Redis's 56 B per key), past Redis Cluster's 1,000 nodes.
  // inbox-sync reads the messages' data but holds none: the plan gives it an empty Cassandra cluster.
  // presence heartbeats are one record per online user, yet the data-store decision puts them in DynamoDB at 10 M writes/s.
  // Presence heartbeats update in place (one per online user), so no retention to warn about.
  'chat.yaml': ['warn cache-cluster-limit workloads.messages.reads', 'info reads-without-data workloads.inbox-sync.reads', 'warn left-out-of-totals workloads.presence'],
  // Accepted on purpose in the example: one region for strongly consistent orders (Dynamo-style carts now state their own eventual consistency).
  // PostgreSQL connections busy at peak (peak requests × 500 µs a query): orders 1, payments 1, far within max_connections.
  'ecommerce-checkout.yaml': ['warn single-failure-domain slo.availability (suppressed)', 'warn left-out-of-totals workloads.carts'],
  // Kafka takes the 500 K location writes a second, but no decision consumes it; dispatch offers sit on one
  // PostgreSQL primary while every region takes writes.
  'ride-hailing.yaml': ['warn decision-contradiction slo', 'warn decision-contradiction workloads.dispatch'],
  // The case study states no request path; 5 years of posts are 1.31 PB on Cassandra disks.
  // The timeline read path (components) now checks the 99.99 % SLO, so availability-unverified is gone; the path
  // describes one region's services with no zones or regions in parallel, which four nines cannot rest on.
  'social-feed.yaml': ['warn left-out-of-totals workloads.follows', 'warn hot-storage-untiered workloads.posts.retention', 'warn single-failure-domain components'],
  // Four nines on a path with no zones or regions in parallel: instance counts alone assume independent failures.
  // The clicks' batch jobs (Spark) and real-time OLAP store (ClickHouse) have no reference capacity: the totals say they leave them out.
  'url-shortener.yaml': ['warn left-out-of-totals workloads.urls', 'warn left-out-of-totals workloads.clicks', 'warn left-out-of-totals workloads.clicks', 'warn single-failure-domain components'],
  // Videos and comments are kept forever on purpose; the origin is a managed object store.
  'video-streaming.yaml': [
    'info unbounded-retention workloads.videos.retention (suppressed)',
    'info unbounded-retention workloads.comments.retention (suppressed)',
    'warn single-point-of-failure components.series.3 (suppressed)',
  ],
}

describe('the review of the bundled examples', () => {
  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const file = `examples/${name}`
    const findings = await review(readFileSync(`${ROOT}/${file}`, 'utf8'), {file})
    expect(findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}${f.suppressed ? ' (suppressed)' : ''}`)).toEqual(EXPECTED[name])
    for (const f of findings) expect(f.file).toBe(file)
  })
})

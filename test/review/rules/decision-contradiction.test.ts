import {describe, expect, it} from 'vitest'
import {RULE_DATA} from '../../../src/review/generated/rules-data.js'
import {MATRICES} from '../../../src/matrices/generated/matrices.js'
import {actual, type Case, expected} from '../helpers.js'
import {PROFILES_TWO_REGIONS} from '../../matrices/cases-cache-placement.js'
import {STREAM_VIEWS} from '../../helpers/spec.js'

const RULE = 'decision-contradiction'

/**
 * Four nines with eventual consistency: the stack runs active-active in two
 * regions. `accounts` is small and transactional (PostgreSQL); `events`
 * takes 20,000 writes a second (a partitioned store).
 */
const TWO_REGIONS = `name: T
users: {mau: 100M, dau: 10M}
slo: {availability: 99.99%, consistency: eventual}
workloads:
  accounts:
    writes: {perSecond: 50}
    reads: {perSecond: 500}
    recordSize: 1 KB
    transactions: true
  events:
    writes: {perSecond: 20K}
    recordSize: 200 B
    retention: 30 days
    delivery: at-least-once
`

/** 100,000 writes a second and nothing else stated: a partitioned log for the rate alone. */
const FIREHOSE = `name: T
users: {mau: 100M, dau: 10M}
workloads:
  pings:
    writes: {perSecond: 50K}
    recordSize: 100 B
    retention: 7 days
`

/** A small payment workload, exactly once: no broker, yet exactly-once wins only with a write-heavy stream. */
const CLICKS = `name: T
users: {mau: 100M, dau: 10M}
workloads:
  clicks:
    writes: {perSecond: 10K}
    reads: {perSecond: 10}
    recordSize: 100 B
    retention: 30 days
    delivery: exactly-once
`

/**
 * Seats booked in contended transactions at 20,000 writes a second, kept 6 years: 20,000 × 100 B × 6 years ≈ 379 TB,
 * past the ~320 TB of 32 relational primaries: a key-value store, and row locks.
 */
const SEATS = `name: T
users: {mau: 100M, dau: 10M}
workloads:
  seats:
    writes: {perSecond: 20K}
    reads: {perSecond: 40K}
    recordSize: 100 B
    retention: 6 years
    access: point
    transactions: true
    contention: high
`

/** Short links, 7 base62 characters; an organisation whose ids are only Snowflake ids or UUIDs. */
const LINKS = `name: T
users: {mau: 100M, dau: 10M}
workloads:
  links:
    writes: {perDay: 100M}
    recordSize: 100 B
    retention: 10 years
    keys: {alphabet: 62, length: 7}
`
const WIDE_IDS = `name: Wide ids
matrices:
  id-generation:
    allow: [snowflake, uuid]
`

/** 300 MB files, a million a day, kept forever: 300 TB a day × 365 × 5 years = 547.5 PB, past Dropbox's 500 PB. */
const OWN_STORAGE = `name: T
workloads:
  files:
    writes: {perDay: 1M}
    reads: {perDay: 10M}
    media: {size: 300 MB}
    capabilities: [object-storage, cdn]
`

/** Account events replayed from the start, yet kept only 30 days: event sourcing with the events deleted. */
const REPLAYED = `name: T
workloads:
  accounts:
    writes: {perSecond: 100}
    recordSize: 200 B
    retention: 30 days
    replayable: true
`

/** 50 KB avatars beside 100 KB profiles, all under 1 MB, a million a day: 1.825 B held, packed into volumes, kept in rows. */
const AVATARS = `name: T
workloads:
  avatars:
    writes: {perDay: 1M}
    recordSize: 100 KB
    media: {size: 50 KB, smallShare: 100%}
`

/** A stream job's page views (test/helpers/spec.ts). */
const VIEWS = STREAM_VIEWS

/** A team that allows no broker (the queue matrix now puts a stream job on Kafka: stream-job). */
const NO_BROKER = `name: No broker
matrices:
  queue:
    allow: [none]
`

const REASON = {
  onePrimary: "this store has one primary that takes every write, while active-active across regions has every region take writes; keep the store's writes in one home region (its standby elsewhere, reads replicated), or give it a store that takes writes in several regions (multi-leader, or a distributed SQL database)",
}

const cases: Case[] = [
  {
    name: 'one relational primary while every region takes writes (the methodology\'s users)',
    spec: TWO_REGIONS,
    findings: [
      {
        severity: 'warn',
        line: 6,
        column: 5,
        path: 'workloads.accounts',
        message: `Data store for \`accounts\` chooses PostgreSQL (relational), Failover chooses active-active and Redundancy chooses multi-region: ${REASON.onePrimary}`,
      },
    ],
  },
  {
    name: 'the same, kept in one region: no contradiction',
    spec: TWO_REGIONS.replace('workloads:', 'placement: {regions: 1, survive: zone-loss}\nworkloads:'),
    findings: [],
  },
  {
    name: 'a relational store nothing writes to (records held, no writes) contradicts nothing',
    spec: TWO_REGIONS.replace('    writes: {perSecond: 50}\n', '    records: 10M\n'),
    findings: [],
  },
  {
    name: 'a broker nothing consumes',
    spec: FIREHOSE,
    findings: [
      {
        severity: 'warn',
        line: 1,
        column: 1,
        path: '',
        message: /^Message queue chooses Apache Kafka \(kafka\): no decision consumes it/,
      },
    ],
  },
  {
    name: 'a broker consumed by queued delivery',
    spec: FIREHOSE.replace('    retention: 7 days\n', '    retention: 7 days\n    delivery: at-least-once\n'),
    findings: [],
  },
  {
    name: 'exactly-once with transactions, and no log to hold them',
    spec: CLICKS,
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 5,
        path: 'workloads.clicks',
        message: /^Delivery semantics for `clicks` chooses exactly-once and Message queue chooses none: exactly-once with transactions/,
      },
    ],
  },
  {
    name: 'row locks in a store that holds none',
    spec: SEATS,
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 5,
        path: 'workloads.seats',
        message: /^Concurrency control for `seats` chooses pessimistic and Data store for `seats` chooses DynamoDB \(key-value\): row locks/,
      },
    ],
  },
  {
    name: 'a counter in base62 with ids too wide for the code (an overlay allows only wide ids)',
    spec: LINKS,
    overlay: WIDE_IDS,
    findings: [
      {
        severity: 'warn',
        line: 5,
        column: 5,
        path: 'workloads.links',
        message: /^Short-code scheme for `links` chooses counter-base62 and ID generation for `links` chooses snowflake: a counter in base62/,
      },
    ],
  },
  {
    name: 'object storage built in-house while the data store names S3',
    spec: OWN_STORAGE,
    findings: [
      {
        severity: 'warn',
        line: 4,
        column: 5,
        path: 'workloads.files',
        message: /^Build or buy for `files` chooses build and Data store for `files` chooses Amazon S3 \(object-storage\): the build-or-buy decision keeps/,
      },
    ],
  },
  {
    name: 'the same files a year: bought, no contradiction',
    spec: OWN_STORAGE.replace('name: T\n', 'name: T\nhorizon: 1 year\n'),
    findings: [],
  },
  {
    name: 'events replayed from the start, while the retention deletes them',
    spec: REPLAYED,
    findings: [
      {
        severity: 'warn',
        line: 4,
        column: 5,
        path: 'workloads.accounts',
        message: /^Bookkeeping for `accounts` chooses event-sourcing and Retention and tiering for `accounts` chooses expire: event sourcing rebuilds every state/,
      },
    ],
  },
  {
    name: 'the same events kept: no contradiction',
    spec: REPLAYED.replace('    retention: 30 days\n', ''),
    findings: [],
  },
  {
    name: 'objects kept in database rows by the media path, and packed into volume files by the layout',
    spec: AVATARS,
    findings: [
      {
        severity: 'warn',
        line: 4,
        column: 5,
        path: 'workloads.avatars',
        message: /^Media path for `avatars` chooses in-database and Object layout for `avatars` chooses packed-volumes: the media path keeps the objects in database rows/,
      },
    ],
  },
  {
    name: 'a stream job that recovers by re-reading a log, and no log (an overlay allows no broker)',
    spec: VIEWS,
    overlay: NO_BROKER,
    findings: [
      {
        severity: 'warn',
        line: 4,
        column: 5,
        path: 'workloads.views',
        message: /^Stream-job recovery for `views` chooses replay-log and Message queue chooses none: the stream job recovers by re-reading its events from a log/,
      },
    ],
  },
  {
    name: 'a stream job read from Kafka, losable events: the stream processor consumes the log, no contradiction',
    // stream-job puts the 1-minute aggregation on Kafka; at-most-once names no queued delivery,
    // and the log's consumer is the stream job (Flink) the processing decision chose.
    spec: VIEWS.replace('at-least-once', 'at-most-once'),
    findings: [],
  },
  {
    name: 'the same stream job with nothing stated of its delivery: no contradiction',
    spec: VIEWS.replace('    delivery: at-least-once\n', ''),
    findings: [],
  },
  {
    name: 'a cache in every region, and an overlay that keeps the stack in one region',
    spec: PROFILES_TWO_REGIONS,
    overlay: 'name: One region\nmatrices:\n  redundancy:\n    allow: [multi-az]\n',
    findings: [
      {
        severity: 'warn',
        line: 6,
        column: 5,
        path: 'workloads.profiles',
        message: /^Cache placement for `profiles` chooses per-region and Redundancy chooses multi-az: the cache runs in every region/,
      },
    ],
  },
]

describe(RULE, () => {
  it.each(cases)('$name', async (c) => expect(await actual(RULE, c)).toEqual(expected(RULE, c)))
})

describe(`${RULE} data`, () => {
  it('names only matrices and options that exist, so no contradiction silently never matches', () => {
    const options = new Map(MATRICES.map((m) => [m.id, new Set(m.options.map((o) => o.id))]))
    for (const c of RULE_DATA[RULE]!.contradictions ?? []) {
      for (const m of [...c.decisions, ...(c.unless ?? [])]) {
        expect(options.has(m.matrix), `${c.id}: matrix ${m.matrix}`).toBe(true)
        for (const choice of m.choice ?? []) expect(options.get(m.matrix)!.has(choice), `${c.id}: ${m.matrix} option ${choice}`).toBe(true)
      }
    }
  })
})

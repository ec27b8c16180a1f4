// Source of specs/system.schema.json. Kept as code so that the repeated shapes
// (quantities, shares, rates, component nodes) are written once; `npm run build`
// writes the JSON, and a test fails when the committed file is stale. The
// fragments marked typed() are the spec layer's TypeScript types (SpecDocument …).
import {typed, typedOrNull} from './schema/typed.mjs'
import {ids, ordering, placement, workloadDesign} from './schema/spec-design.mjs'
import {platform} from './schema/spec-team.mjs'
import {workloadRoleFacts} from './schema/spec-unsized.mjs'
import {workloadCapabilities} from './schema/spec-capabilities.mjs'
import {connectionsFact, workloadQueryFacts} from './schema/spec-query-facts.mjs'
import {workloadDataFacts} from './schema/spec-data-facts.mjs'
import {workloadCacheFacts} from './schema/spec-cache-facts.mjs'
import {mediaUploadFacts} from './schema/spec-media-upload.mjs'
import {correlations} from './schema/spec-correlations.mjs'
import {uncertainty} from './schema/spec-uncertainty.mjs'
import {provisioningShapes} from './schema/spec-provisioning.mjs'

const quantity = (title, description, examples) => ({
  title,
  description,
  type: ['string', 'number'],
  examples,
})
const bytes = (title, description, examples = ['800 B', '1 MB', '1 MiB']) =>
  quantity(title, `${description} A size: a number of bytes or a number with a unit (B, KB, MB, GB, TB, PB; KiB, MiB, … are binary), or an expression.`, examples)
const duration = (title, description, examples) =>
  quantity(title, `${description} A duration with a unit (ms, s, min, h, days, weeks, months, years), or an expression.`, examples)
const count = (title, description, examples) =>
  quantity(title, `${description} A count: a number, optionally with K, M, B (billion) or T written straight after it (\`300M\`), or an expression such as \`50% * mau\`.`, examples)
const share = (title, description, examples) =>
  quantity(title, `${description} A share: a percentage (\`10%\`), a fraction (\`0.1\`), a ratio (\`1:10\`), or an expression.`, examples)

const rateKeys = {
  perUserPerDay: count('Per daily active user per day', 'Operations per daily active user per day (multiplied by DAU).', [2, 10]),
  perUserPerMonth: count('Per monthly active user per month', 'Operations per monthly active user per month (multiplied by MAU, spread over the month convention).', [4, 30]),
  perSecond: count('Per second, in total', 'Average operations per second across all users (before the peak factor).', ['1K', 1200]),
  perDay: count('Per day, in total', 'Operations per day across all users.', ['300M', '1.5B']),
  perMonth: count('Per month, in total', 'Operations per month across all users (spread over the month convention).', ['1B']),
  // A rate may be stated in whatever period the problem states it in ("500 hours of video a minute").
  perMinute: count('Per minute, in total', 'Operations per minute across all users (× secondsPerDay ÷ 60 a day).', ['30K', '500 * 60']),
  perHour: count('Per hour, in total', 'Operations per hour across all users (× secondsPerDay ÷ 3,600 a day).', ['2M']),
  perWeek: count('Per week, in total', 'Operations per week across all users (÷ 7 a day).', ['3.75B']),
  perYear: count('Per year, in total', 'Operations per year across all users (spread over the year convention).', ['36.5B']),
}
/** How a rate is stated: the one key a rate gives. */
export const rateBasis = typed('spec', 'RateBasis', {type: 'string', enum: Object.keys(rateKeys)}, {constant: 'RATE_BASES'})
const rate = (title, description) => typed('spec', 'SpecRate', {
  title,
  description: `${description} Give exactly one of: ${Object.keys(rateKeys).join(', ')}.`,
  type: 'object',
  properties: rateKeys,
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  examples: [{perUserPerDay: 2}, {perDay: '300M'}, {perSecond: '1K'}],
}, {doc: `A rate as written: exactly one of ${Object.keys(rateKeys).join(', ')}.`})

// One shape for every node of the availability tree, so that a typo gets a plain
// "unknown key" error rather than an anyOf maze; the resolver checks that a node
// is either a component (availability) or a group (series or parallel).
const componentNode = typed('spec', 'SpecComponent', {
  title: 'Component node',
  description: 'A component (name, availability, instances; for sizing from latency: serves or peakRate, serviceTime, concurrency, latency; fanout, backendLatency) or a group of nodes in `series` (all must be up) or in `parallel` (one is enough).',
  type: 'object',
  additionalProperties: false,
  properties: {
    name: {title: 'Name', description: 'What the component or group is.', type: 'string', examples: ['load-balancer', 'app', 'postgres']},
    availability: share('Availability', 'Availability of one instance.', ['99.9%', '99.99%']),
    instances: {title: 'Instances', description: 'Identical instances running side by side (default 1).', type: 'integer', minimum: 1, examples: [3]},
    required: {title: 'Instances required', description: 'How many instances must be up for the component to serve (default 1): k-of-n redundancy.', type: 'integer', minimum: 1, examples: [2]},
    series: {title: 'In series', description: 'Nodes that must all be up.', type: 'array', minItems: 1, items: {$ref: '#/definitions/component'}, examples: [[{name: 'lb', availability: '99.99%'}, {name: 'app', availability: '99.9%', instances: 3}]]},
    serves: {title: 'Load served', description: 'The load this component serves, for queueing: a workload\'s peak reads or writes, written `<workload>.reads` or `<workload>.writes` (or give `peakRate`). With `serviceTime`, sizeup sizes the component as one M/M/c queue.', type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*\\.(reads|writes)$', examples: ['feed.reads', 'posts.writes']},
    peakRate: quantity('Peak rate', 'Requests per second this component serves at peak, for queueing (instead of `serves`). A bare number is per second; `5K/s`, `300K/min` also work.', ['5K/s', 1200]),
    serviceTime: duration('Service time', 'Mean time one request holds a worker (exponential, as M/M/c assumes).', ['5 ms', '20 ms']),
    concurrency: {title: 'Workers per instance', description: 'Requests one instance serves at once (threads, event-loop slots, connections); default 1.', type: 'integer', minimum: 1, examples: [4, 32]},
    latency: duration('Latency budget (p99)', 'This component\'s share of the p99 latency: the p99 its response time must meet (default: the SLO\'s p99). The budgets of components in series are summed against `slo.latency.p99`.', ['25 ms', '100 ms']),
    fanout: {title: 'Fan-out', description: 'Backends this component calls in parallel and waits for, all of them, per request: each must answer within the budget at the q^(1/n) percentile for the request to meet its p99.', type: 'integer', minimum: 2, examples: [10, 100]},
    backendLatency: {
      title: 'Backend latency',
      description: 'The latency the fanned-out backends promise, at one percentile (e.g. `{p99: 10 ms}`); a finding when that percentile is below what the fan-out needs, or the time above this component\'s budget.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: Object.fromEntries(['p50', 'p90', 'p95', 'p99', 'p999', 'p9999'].map((p) => [p, duration(`${p} backend latency`, `The backends' ${p} latency.`, ['10 ms'])])),
      examples: [{p99: '10 ms'}, {p9999: '20 ms'}],
    },
    parallel: {title: 'In parallel', description: 'Nodes of which one being up is enough.', type: 'array', minItems: 1, items: {$ref: '#/definitions/component'}, examples: [[{name: 'us-east', availability: '99.95%'}, {name: 'eu-west', availability: '99.95%'}]]},
  },
  examples: [{name: 'app', availability: '99.9%', instances: 3}, {name: 'feed-api', availability: '99.95%', serves: 'feed.reads', serviceTime: '5 ms', concurrency: 4, latency: '25 ms'}, {name: 'regions', parallel: [{name: 'us-east', availability: '99.95%'}, {name: 'eu-west', availability: '99.95%'}]}],
})

/** What a user names (workloads, record fields, scenarios): a letter, then letters, digits, `_` or `-`. */
const NAME = '^[A-Za-z][A-Za-z0-9_-]*$'

/** How a workload's data is mostly read; the data-store matrix reads it. */
const ACCESS = ['point', 'range', 'timeline', 'traversal', 'search', 'blob', 'timeseries', 'geo', 'ranking', 'prefix']
/** What readers must see. */
const CONSISTENCY = ['strong', 'eventual']
/** Whether KB, MB … are powers of 1000 or 1024. */
export const BYTE_UNITS = ['decimal', 'binary']
/** The same values where an output states them, null where the spec says nothing. */
export const accessOrNull = typedOrNull('spec', 'Access', {type: ['string', 'null'], enum: [...ACCESS, null]})
export const consistencyOrNull = typedOrNull('spec', 'Consistency', {type: ['string', 'null'], enum: [...CONSISTENCY, null]})

const {storageFill, storageFillOf, perServer, quota, keySpace, prices} = provisioningShapes({quantity, bytes, count, share})

const workload = typed('spec', 'SpecWorkload', {
  title: 'Workload',
  description: 'One kind of traffic and data: posts, feed reads, messages, uploads …',
  type: 'object',
  additionalProperties: false,
  properties: {
    description: {title: 'Description', description: 'What this workload is.', type: 'string', examples: ['Users publish short posts']},
    reads: rate('Reads', 'How often this workload is read.'),
    writes: rate('Writes', 'How often this workload is written.'),
    recordSize: bytes('Record size', 'Bytes stored per write (the text part; media is separate).', ['800 B', '1 KB']),
    recordFields: {
      title: 'Record fields',
      description: 'The record as fields whose sizes are summed (instead of recordSize). Field names are plain names, as workload names are: a letter, then letters, digits, `_` or `-`.',
      type: 'object',
      // A field is read by its dotted path (`workloads.posts.recordFields.text`): a name with a dot, or an empty one, would be no path at all.
      propertyNames: {pattern: NAME},
      additionalProperties: bytes('Field size', 'Bytes of this field.', ['8 B', '560 B']),
      minProperties: 1,
      examples: [{id: '8 B', user_id: '8 B', text: '560 B'}],
    },
    records: count('Records already stored', 'Records held today, before any new writes (300 M user profiles, 60 B follow edges): added to the storage kept. A workload may give only this, when its traffic is not worth estimating. With `updates: in-place`, the keys held: one record each, all the store keeps.', ['300M']),
    readSize: bytes('Read size', 'Bytes returned by one read (default: the record size). A feed page of 20 posts is `20 * recordSize`.', ['20 * recordSize', '16 KB']),
    media: {
      title: 'Media',
      description: 'Images or video attached to some writes, stored apart from the records.',
      type: 'object',
      additionalProperties: false,
      required: ['size'],
      properties: {
        writeShare: share('Share of writes with media', 'Share of writes that carry a media object (default 100%).', ['10%']),
        size: bytes('Media size', 'Average size of one media object.', ['1 MB', '200 KB']),
        readShare: share('Share of reads that fetch media', 'Share of reads that download a media object (default 0%).', ['1%']),
        ...mediaUploadFacts({bytes, share}),
        cdnHitRatio: share('CDN hit ratio', 'Share of media downloads the CDN serves from its cache, where the media path puts a CDN in front of object storage: the origin then serves reads × (1 − hit ratio) and sends egress × (1 − hit ratio), and its request prefixes are counted from those. Absent, the origin is sized for every read (the safe side).', ['95%']),
      },
      examples: [{writeShare: '10%', size: '1 MB', readShare: '1%'}],
    },
    retention: {
      title: 'Retention',
      description: 'How long written data is kept: a duration, or `forever`. Default: forever (storage is then projected over the horizon).',
      type: ['string', 'number'],
      examples: ['5 years', '30 days', 'forever'],
    },
    replication: {title: 'Replication factor', description: 'Copies of every byte stored (default 1: logical size).', type: ['number', 'string'], examples: [3]},
    overhead: {title: 'Index and overhead factor', description: 'Multiplier for indexes, metadata and storage-engine overhead (default 1).', type: ['number', 'string'], examples: [1.3]},
    compression: {title: 'Compression ratio', description: 'Logical bytes per stored byte (default 1, i.e. none); `3:1` or 3.', type: ['number', 'string'], examples: ['3:1', 2]},
    growth: share('Yearly growth', 'Growth of the write volume per year, compounded in the storage projection (default 0%).', ['20%']),
    access: typed('spec', 'Access', {
      title: 'Access pattern',
      description: 'How the data is mostly read: `point` (by key), `range` (time-ordered or sorted ranges), `timeline` (a per-user sorted list, such as a home feed), `traversal` (following relationships several hops), `search` (full-text), `blob` (whole files), `timeseries` (metrics by time window), `geo` (by location: within a radius, the nearest, in a region; see `geo`), `ranking` (the top of a list ordered by score, a member\'s rank; see `ranking`), `prefix` (keys or words that start with what was typed: autocomplete, listing by prefix). Used by the data-store matrix and the decisions each pattern calls for.',
      type: 'string',
      enum: ACCESS,
      examples: ['point', 'timeline', 'geo'],
    }, {constant: 'ACCESS'}),
    transactions: {title: 'Transactions', description: 'Whether writes must update several records atomically (ACID), as in payments or sign-up.', type: 'boolean', examples: [true]},
    relationships: {title: 'Relationships', description: 'Whether queries join this data with other entities (foreign keys, joins, referential integrity).', type: 'boolean', examples: [true]},
    ordering,
    fanout: {
      title: 'Fan-out to followers',
      description: 'Each write is delivered to the writer\'s followers (a feed). The follower distribution decides push, pull or hybrid fan-out.',
      type: 'object',
      additionalProperties: false,
      required: ['averageFollowers'],
      properties: {
        averageFollowers: count('Average followers', 'Followers of a typical writer.', [200]),
        maxFollowers: count('Largest follower count', 'Followers of the most-followed accounts (celebrities).', ['100M']),
        largestMayLag: {
          title: 'The largest accounts\' posts may lag',
          description: 'The design lets a post of the most-followed accounts (`maxFollowers`) reach all their followers slowly, in minutes rather than seconds ("Fanning out a tweet to all of your followers should be fast, unless you have millions of followers"). `true`: their posts are pushed too, in the background, and the fan-out decision does not pull them at read time for speed; `false`, the same as leaving it out, asks every post to arrive fast. Needs `maxFollowers`.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{averageFollowers: 200, maxFollowers: '100M'}, {averageFollowers: 10, maxFollowers: '1M', largestMayLag: true}],
    },
    cache: {
      title: 'Cache working set',
      description: 'What the cache of this workload\'s reads holds, when it is not the default share of one day\'s reads (`conventions.cacheHotShare` × reads per day × read size). Either a share of the reads of a window (`window`, `hotShare`: a month of unique queries is `{window: 30 days, hotShare: 20%}`) or a number of distinct keys (`keys`: 10 M keys × the object size). Either way the hot set is never more than the data the workload holds.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        window: duration('Window', 'The period whose reads the cache keeps a share of (default: 1 day).', ['1 day', '30 days', '1 hour']),
        hotShare: share('Hot share', 'Share of the window\'s reads kept hot (default: `conventions.cacheHotShare`, 20%). For unique queries, the share of reads that are distinct.', ['20%', '5%']),
        keys: count('Distinct keys', 'Distinct keys kept hot (instead of a window): the hot set is keys × object size.', ['10M', '1B']),
        objectSize: bytes('Object size', 'Bytes one cached entry takes (default: the read size).', ['1 KB', '500 B']),
      },
      examples: [{window: '30 days', hotShare: '20%'}, {keys: '10M', objectSize: '1 KB'}],
    },
    latency: duration('Latency', 'Typical time to serve one request, for requests in flight (Little\'s law); default: the lowest-percentile SLO latency target given (p50 before p99), the closest to a mean.', ['50 ms']),
    storageFill: {...storageFill, description: `${storageFill.description} This workload's own; default: \`conventions.storageFill\`.`},
    storageFillOf: {...storageFillOf, description: `${storageFillOf.description} Default: \`conventions.storageFillOf\`.`},
    perServer: perServer('this workload'),
    quota,
    keys: keySpace,
    ids,
    ...workloadDesign,
    ...workloadRoleFacts,
    ...workloadCapabilities,
    ...workloadQueryFacts({count, duration}),
    ...workloadDataFacts({count, duration, bytes}),
    ...workloadCacheFacts({count, duration}),
  },
  examples: [{writes: {perUserPerDay: 2}, reads: {perUserPerDay: 10}, recordSize: '800 B', retention: '5 years'}],
})

export const systemSchema = typed('spec', 'SpecDocument', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/system.schema.json',
  title: 'sizeup system description',
  description: 'A system described for capacity estimation: its users, workloads, traffic shape, SLO and conventions.',
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: {title: 'Name', description: 'Name of the system.', type: 'string', examples: ['Social feed']},
    description: {title: 'Description', description: 'What the system does.', type: 'string', examples: ['A Twitter-like home timeline']},
    users: {
      title: 'Users',
      description: 'How many people use the system. Needed only by what is counted per user: a `perUserPerDay` rate needs `dau`, a `perUserPerMonth` rate (or a DAU written as a share) needs `mau`.',
      type: 'object',
      additionalProperties: false,
      properties: {
        mau: count('Monthly active users', 'Distinct users in a month.', ['300M']),
        dau: count('Daily active users', 'Distinct users in a day: a count, or a share of MAU (`50%`).', ['150M', '50%', '50% * mau']),
      },
      examples: [{mau: '300M', dau: '50%'}],
    },
    workloads: {
      title: 'Workloads',
      description: 'The kinds of traffic and data, by name. A spec without workloads still gets its availability budget (SLO, components).',
      type: 'object',
      propertyNames: {pattern: NAME},
      additionalProperties: {$ref: '#/definitions/workload'},
      examples: [{posts: {writes: {perUserPerDay: 2}, recordSize: '800 B'}}],
    },
    traffic: {
      title: 'Traffic shape',
      description: 'How traffic is spread over the day. Give a peak factor, or the busiest hour\'s share, or an active window (which a peak factor may multiply).',
      type: 'object',
      additionalProperties: false,
      properties: {
        peakFactor: {title: 'Peak factor', description: 'Peak rate as a multiple of the average (default 2).', type: ['number', 'string'], examples: [2, 3]},
        peakHourShare: share('Busiest hour\'s share', 'Share of the daily traffic that arrives in the busiest hour.', ['10%']),
        activeWindow: duration('Active window', 'The daily traffic arrives within this window (e.g. a 6.5-hour trading day).', ['6.5 hours']),
      },
      examples: [{peakFactor: 2}, {peakHourShare: '10%'}, {activeWindow: '6.5 hours'}],
    },
    slo: {
      title: 'Service level objective',
      description: 'Availability, latency, consistency and durability targets.',
      type: 'object',
      additionalProperties: false,
      properties: {
        availability: share('Availability', 'Share of time (or requests) the system must serve.', ['99.99%']),
        latency: {
          title: 'Latency targets',
          description: 'Latency targets by percentile.',
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            ['p50', 'p90', 'p95', 'p99', 'p999'].map((p) => [p, duration(`${p} latency`, `The ${p} latency target.`, ['200 ms'])]),
          ),
          examples: [{p99: '500 ms'}],
        },
        consistency: typed('spec', 'Consistency', {title: 'Consistency', description: 'What readers must see.', type: 'string', enum: CONSISTENCY, examples: ['eventual']}),
        durability: share('Durability', 'Share of stored objects that must survive a year.', ['99.999999999%']),
        window: duration('SLO window', 'The rolling window the availability SLO and its error budget are measured over, at least 3 days (the slowest burn-rate alert looks back 3 days); default 30 days, the SRE Workbook\'s. The burn-rate alerts and `sizeup export openslo` follow it.', ['30 days', '28 days']),
      },
      examples: [{availability: '99.99%', latency: {p99: '500 ms'}, consistency: 'eventual'}, {availability: '99.9%', window: '28 days'}],
    },
    placement,
    components: {
      title: 'Components',
      description: 'The request path for composite availability: a list (in series), or a node with `series` or `parallel`.',
      // An array of nodes (in series) or a single node: `items` applies to the
      // array form and `properties` to the object form.
      type: ['array', 'object'],
      minItems: 1,
      items: {$ref: '#/definitions/component'},
      additionalProperties: false,
      properties: componentNode.properties,
      examples: [[{name: 'lb', availability: '99.99%', instances: 2}, {name: 'app', availability: '99.9%', instances: 3}]],
    },
    scenarios: {
      title: 'Scenarios',
      description: 'Named variants of this spec (launch, year 3, a sale day …): each gives only the fields it changes, in the same shape as the spec, and is estimated side by side with the base. `sizeup estimate spec.yaml --scenario year3` (or `spec.yaml#year3` anywhere a spec is named) runs one on its own.',
      type: 'object',
      propertyNames: {pattern: NAME},
      additionalProperties: {title: 'Scenario', description: 'The fields this scenario changes.', type: 'object', examples: [{users: {mau: '500M'}}]},
      examples: [{launch: {users: {mau: '10M', dau: '30%'}}, year3: {users: {mau: '900M'}, traffic: {peakFactor: 3}}}],
    },
    correlations,
    uncertainty,
    suppress: {
      title: 'Suppressed findings',
      description: 'Review findings accepted on purpose: each names the rule, optionally where (a spec path such as `workloads.posts`), and why. A suppression without a reason is an error.',
      type: 'array',
      items: {
        title: 'Suppression',
        description: 'One accepted finding.',
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason'],
        properties: {
          rule: {title: 'Rule', description: 'The rule id (see docs/rules.md).', type: 'string', examples: ['single-region-high-slo']},
          path: {title: 'Where', description: 'Only findings at or below this spec path (default: everywhere).', type: 'string', examples: ['workloads.posts']},
          reason: {title: 'Reason', description: 'Why the finding is accepted; shown in the report. Must not be empty.', type: 'string', examples: ['a second region is planned for Q3']},
        },
        examples: [{rule: 'unbounded-retention', path: 'workloads.users', reason: 'accounts are kept until deleted by their owner'}],
      },
      examples: [[{rule: 'unbounded-retention', path: 'workloads.users', reason: 'accounts are kept until deleted by their owner'}]],
    },
    team: {
      title: 'Team',
      description: 'The people who build and run the system; team size weighs on monolith versus services.',
      type: 'object',
      additionalProperties: false,
      properties: {
        engineers: count('Engineers', 'Engineers working on the system.', [8, 120]),
        platform,
      },
      examples: [{engineers: 40}, {platform: 'none'}],
    },
    connections: connectionsFact({count}),
    consumers: {
      title: 'Consumers of its stream',
      description: 'Who reads the system\'s writes from its log (Kafka), when the queue decision chooses one: `groups`, the consumer groups that each read every message (default 1; stated as two or more — a ledger, a wallet and analytics each reading every payment event — it leans the queue decision to a log that keeps one copy for all of them), and `parallelism`, the consumers of the largest group that must read at once (default 1; a group cannot have more active consumers than the topic has partitions). The plan counts partitions ≥ max(peak bytes ÷ per-partition producer rate, peak bytes ÷ per-partition consumer rate, parallelism) and the brokers\' network out = peak bytes × groups + peak bytes × (replication − 1).',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        groups: {title: 'Consumer groups', description: 'Consumer groups that each read every message (default 1).', type: 'integer', minimum: 1, maximum: 1000, examples: [3]},
        parallelism: {title: 'Consumer parallelism', description: 'Consumers of one group reading at once (default 1): the topic needs at least as many partitions.', type: 'integer', minimum: 1, maximum: 100000, examples: [12]},
        bufferWhileDown: {title: 'Buffer while the store is down', description: 'The writes must be kept while the store their consumers write to is down, and delivered once it is back (metric points collected through a database outage): the queue decision leans to a log that keeps every message for its retention whether or not it is consumed.', type: 'boolean', examples: [true]},
      },
      examples: [{groups: 3, parallelism: 12}, {bufferWhileDown: true}],
    },
    zones: {
      title: 'Availability zones',
      description: 'Zones (or regions) the system runs in, spread evenly, for the scaling plan to survive the loss of one at peak: a tier whose count is set by its peak throughput runs k × ⌈n ÷ (k − 1)⌉ nodes (n the count at peak), so the k − 1 zones left carry the whole peak. Counts set by storage or a quorum are not inflated: their replicas in the other zones already survive. Absent, the plan does not plan for a zone loss.',
      type: 'integer',
      minimum: 2,
      maximum: 12,
      examples: [3, 2],
    },
    perServer: perServer('the whole system (its total storage, memory and throughput)'),
    prices,
    horizon: duration('Projection horizon', 'How far the storage projection runs (default: 5 years, or the longest retention if longer).', ['5 years']),
    conventions: {
      title: 'Conventions',
      description: 'The arithmetic conventions; every one has a default, and every report lists those in use.',
      type: 'object',
      additionalProperties: false,
      properties: {
        secondsPerDay: {title: 'Seconds per day', description: 'Length of a day (default 86,400; napkin maths often uses 100,000).', type: ['number', 'string'], examples: [86400, 100000]},
        month: duration('Month', 'Length of a month (default 30 days; 30.4375 days is the calendar average; some use 2.5M s).', ['30 days', '30.4375 days', '2.5M s']),
        year: duration('Year', 'Length of a year (default 365 days; 365.25 Julian, 365.2425 Gregorian).', ['365 days', '365.2425 days']),
        quarter: duration('Quarter', 'Length of a quarter, for the downtime a quarter allows (default: a year ÷ 4, 91.25 days; the Google SRE book\'s availability table uses 90 days).', ['90 days', '13 weeks']),
        byteUnits: typed('spec', 'ByteUnits', {title: 'Byte units', description: 'Whether KB, MB, GB … are powers of 1000 (decimal, default) or 1024 (binary).', type: 'string', enum: BYTE_UNITS, examples: ['decimal']}),
        targetUtilization: share('Target utilisation', 'How full capacity may run at peak (default 70%); capacity is sized as peak ÷ utilisation.', ['70%', '80%']),
        headroom: share('Headroom', 'Spare capacity at peak: the complement of target utilisation (30% headroom = 70% utilisation).', ['30%']),
        cacheHotShare: share('Cache hot share', 'Share of the daily read volume that is hot and cached (default 20%, the 80/20 rule).', ['20%']),
        storageFill,
        storageFillOf,
      },
      examples: [{secondsPerDay: 100000, month: '2.5M s', byteUnits: 'binary'}],
    },
  },
  definitions: {
    workload,
    component: componentNode,
  },
})

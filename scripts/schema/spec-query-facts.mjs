// The facts published designs state about how a workload is queried and
// updated, and about the connections clients hold open: geo queries, ranking,
// updates in place, pushes. Kept apart from spec-schema.mjs, which spreads
// them into a workload's and the document's properties; the quantity shapes
// (`count`, `duration`) are spec-schema's own, passed in.
import {closed, nullable, num, boolOrNull, numOrNull} from './shapes.mjs'
import {typed, typedOrNull} from './typed.mjs'

/** How a write changes the data. */
export const UPDATES = ['append', 'in-place']
/** What a geo query asks for. */
export const GEO_QUERIES = ['radius', 'nearest', 'region']

/** Properties of a workload: `updates`, `geo`, `ranking`, `push`. */
export function workloadQueryFacts({count, duration}) {
  return {
    updates: typed('spec', 'Updates', {
      title: 'Updates',
      description: 'How a write changes the data. `append` (default): every write adds a record (posts, messages, events, location history), so the data kept grows with writes × retention. `in-place`: a write replaces the record of its key (a player\'s score, a driver\'s current position, an inventory count), so the store holds one record per key — `records` of them — whatever the write rate. With `in-place`, `records` is required, and `retention`, `growth` and `media` have no meaning.',
      type: 'string',
      enum: UPDATES,
      examples: ['in-place', 'append'],
    }, {constant: 'UPDATES'}),
    geo: typed('spec', 'GeoQuery', {
      title: 'Geo query',
      description: 'With `access: geo`, what a query asks for: `radius` (everything within a distance of a point: "restaurants within 5 km"), `nearest` (the k closest points: "the 10 nearest drivers"), or `region` (which points lie in a shape, or which shape holds a point: geofences, delivery zones). The geospatial-index decision reads it.',
      type: 'string',
      enum: GEO_QUERIES,
      examples: ['radius', 'nearest'],
    }, {constant: 'GEO_QUERIES'}),
    ranking: {
      title: 'Ranking',
      description: 'With `access: ranking`, what the ranking reads return and how fresh they must be. The ranking decision reads it.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        member: {title: 'Rank of a member', description: 'Whether a read also asks for one member\'s own position ("you are 1,234th"), not only the top of the list.', type: 'boolean', examples: [true]},
        refresh: duration('Refresh', 'How stale the ranking may be: `0 s` for a ranking every write shows at once (a live leaderboard), `1 hour` for one recomputed hourly (a best-seller list).', ['0 s', '1 hour']),
        window: duration('Window', 'The ranking counts only the events of this last period ("the most clicked ads in the last minute", "best sellers of the past week"); unstated, members are ranked by a running score.', ['1 min', '7 days']),
      },
      examples: [{member: true, refresh: '0 s'}, {refresh: '1 hour', window: '7 days'}],
    },
    resetEvery: duration('Reset every', 'With `updates: in-place`, the records start over every period: a new set of keys each period (a monthly leaderboard), the closed period\'s records kept only as history. The retention decision reads it.', ['1 month', '1 day']),
    partitionKey: {
      title: 'Partition key',
      description: 'The key this workload\'s data is split by when it outgrows one node: a field or a compound of fields (`user_id`, `(channel_id, bucket)`). Unstated, sizeup takes the key its access pattern calls for (a timeline: `(user_id, time bucket)`). The partitioning decision names it and the scaling plan shards by it.',
      type: 'string',
      // Names, dots, commas, parentheses and spaces, up to 100 characters (the pattern bounds the length: minLength/maxLength would need ajv at run time).
      pattern: '^[A-Za-z_(][A-Za-z0-9_ ,().:-]{0,99}$',
      examples: ['user_id', '(channel_id, bucket)'],
    },
    outgrowsOneNode: {
      title: 'Outgrows one node',
      description: 'The design states that this workload\'s data will not fit on one machine ("Graph data won\'t fit on a single machine"), without the record size that would show it. `true` asks how the data is split (the partitioning decision) whatever the figures say; `false`, the same as leaving it out, leaves that to the write rate and the bytes kept.',
      type: 'boolean',
      examples: [true],
    },
    readsOutgrowOneNode: {
      title: 'Reads outgrow one node',
      description: 'The design states that this workload\'s reads are more than one database server serves ("a single database server might not have enough CPU or network bandwidth to handle all read requests"), without the read rate that would show it. `true` asks how the reads are served beside the one primary (the read-replicas decision) and counts them past it; `false`, the same as leaving it out, leaves that to the stated reads.',
      type: 'boolean',
      examples: [true],
    },
    readHeavy: {
      title: 'Read-heavy',
      description: 'The design states that this workload is read far more often than it is written ("For a read-heavy system", "the write volume is low"), without the rates that would show it. `true` asks how the reads are served beside the one primary (the read-replicas decision) and weighs it as a read-heavy ratio (ten reads a write or more); `false`, the same as leaving it out, says nothing. Stated beside both `reads` and `writes` it is an error: their ratio says it.',
      type: 'boolean',
      examples: [true],
    },
    push: {
      title: 'Pushed to clients',
      description: 'Each write is pushed to clients holding a connection open (`connections` at the top level), rather than fetched when they next ask: a chat message to its recipients, a driver\'s position to the riders watching it. `true`, or `{recipients: N}`: the clients each write goes to (default: `fanout.averageFollowers`, or 1).',
      type: ['boolean', 'object'],
      additionalProperties: false,
      properties: {
        recipients: count('Recipients', 'Connected clients each write is pushed to (default: `fanout.averageFollowers`, or 1).', [1, 40]),
      },
      examples: [true, {recipients: 40}],
    },
  }
}

/** The top-level `connections`. */
export function connectionsFact({count}) {
  return {
    title: 'Connections',
    description: 'Clients that hold a connection open to receive pushes (workloads marked `push`): how many at once, whether the clients also send over it, and whether each waits for one answer only. The real-time transport and pub/sub decisions read it. `{}` states connections without a figure: the pushes per connection are then counted per daily active user.',
    type: 'object',
    additionalProperties: false,
    properties: {
      concurrent: count('Concurrent connections', 'Clients connected at the same moment (at peak): a count, or an expression such as `10% * users.dau`. Leave it out when the design gives no figure; the pushes a connection receives are then counted per daily active user (`push.perUser.perMinute`).', ['1M', '10% * users.dau']),
      bidirectional: {title: 'Clients send over it', description: 'Whether clients also send their own messages over the open connection (chat messages, location updates every few seconds), rather than only listening for pushes. `false`: only the server sends (file-sync notifications).', type: 'boolean', examples: [true, false]},
      singleAnswer: {title: 'Each waits for one answer', description: 'Each client holds the connection only to learn the outcome of one request of its own (a reservation\'s status, a job\'s result), then lets it go: one push per connection rather than a stream of them.', type: 'boolean', examples: [true]},
    },
    examples: [{concurrent: '10M', bidirectional: true}, {concurrent: '1M'}, {bidirectional: false}, {singleAnswer: true}],
  }
}

/**
 * The same facts where a report states them (requirements): null where the
 * spec says nothing; durations in seconds.
 */
export const queryRequirements = closed(
  {
    updates: typedOrNull('spec', 'Updates', {type: ['string', 'null'], enum: [...UPDATES, null]}),
    geo: typedOrNull('spec', 'GeoQuery', {type: ['string', 'null'], enum: [...GEO_QUERIES, null]}),
    ranking: nullable(closed({member: boolOrNull, refreshSeconds: numOrNull, windowSeconds: numOrNull})),
    pushRecipients: {type: ['number', 'null'], description: 'Connected clients each write is pushed to; null when writes are not pushed.'},
    partitionKey: {type: ['string', 'null'], description: 'The partition key the spec states; null when it states none.'},
    analytics: nullable(closed({freshnessSeconds: num, userFacing: boolOrNull}, 'How stale the aggregated results may be, in seconds, and whether end users query them.')),
    rollups: nullable(closed({series: num, tiers: {type: 'array', items: closed({resolutionSeconds: num, retentionSeconds: num})}}, 'Rollup tiers kept beside the raw points: series, and each tier\'s resolution and retention in seconds.')),
  },
  'How the workload is updated, queried and pushed, as the spec states it (null where it says nothing).',
)

export const connectionsRequirement = nullable(closed({concurrent: numOrNull, bidirectional: boolOrNull}, 'Clients holding a connection open for pushes, as the spec states them (concurrent: null when no figure is stated).'))

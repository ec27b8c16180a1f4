// What a workload states about how its data is kept and used beyond the
// records themselves: rollups of a time series at coarser resolutions (tiered
// retention and downsampling). Spread into a workload's properties by
// spec-schema.mjs, which passes in its quantity shapes.

/** Properties of a workload: `rollups`, `analytics`. */
export function workloadDataFacts({count, duration, bytes}) {
  return {
    analytics: {
      title: 'Analytics',
      description: 'This workload\'s writes (events, logs, transactions) are aggregated into reports, counts or dashboards: how stale the results may be, and whether end users query them. The stream-or-batch processing and analytical-store decisions read it.',
      type: 'object',
      additionalProperties: false,
      required: ['freshness'],
      properties: {
        freshness: {
          ...duration('Freshness', 'How stale the aggregated results may be: `1 min` for counts that follow the events (ad clicks billed by the minute), `1 hour` or `1 day` for reports a scheduled job can compute. Or a word an engineer writes: `real-time` (0 s: as the events arrive), `hourly` (1 hour), `daily` (1 day), `batch` (1 day: "analytics do not need to be realtime", a job over the stored events, run nightly).', ['1 min', '1 hour', '1 day']),
          examples: ['1 min', '1 hour', 'daily', 'batch', 'real-time'],
        },
        userFacing: {title: 'Queried by end users', description: 'Whether the results are queried by the product\'s users (dashboards in the product: many concurrent queries that must answer in well under a second), not only by analysts.', type: 'boolean', examples: [true]},
        lateEvents: {title: 'Late events', description: 'Whether events may reach the aggregation after the window they belong to has ended, out of order (clients that were offline, retried sends, a consumer catching up), or `false` when none do. The stream-time decision reads it: late events are windowed by their own timestamps, not by their arrival.', type: 'boolean', examples: [true, false]},
        sessionGap: duration('Session gap', 'The results are per session of one user\'s (or one key\'s) activity, a session ending after this long without an event ("a session ends after 30 minutes of inactivity", the web-analytics default): windows whose length the activity sets. The windowing decision reads it.', ['30 min']),
      },
      examples: [{freshness: '1 hour'}, {freshness: '1 min', userFacing: true}, {freshness: '1 min', lateEvents: true}, {freshness: '1 hour', sessionGap: '30 min'}],
    },
    rollups: {
      title: 'Rollups (downsampling)',
      description: 'Coarser copies of a time series kept longer than the raw points (`retention`): each tier keeps one point per series per `resolution` for its own `retention`, so its storage is series × (a day ÷ resolution) × days kept × the point\'s stored size, whatever the raw write rate. Raw for 7 days, then 1-minute points for 30 days, then 1-hour points for a year is written as `retention: 7 days` and two tiers.',
      type: 'object',
      additionalProperties: false,
      required: ['series', 'tiers'],
      properties: {
        series: count('Series', 'Distinct time series (a metric with one set of labels); each tier keeps one point per series per interval.', ['10M']),
        tiers: {
          title: 'Tiers',
          description: 'The rollups, each `{resolution, retention, size}`.',
          type: 'array',
          minItems: 1,
          items: {
            title: 'Rollup tier',
            description: 'One point per series per `resolution`, kept for `retention`.',
            type: 'object',
            additionalProperties: false,
            required: ['resolution', 'retention'],
            properties: {
              resolution: duration('Resolution', 'The interval one rollup point summarises.', ['1 min', '1 hour']),
              retention: duration('Retention', 'How long this tier keeps its points.', ['30 days', '1 year']),
              size: bytes('Point size', 'Bytes of one rollup point before overhead, replication and compression (an aggregate keeps min, max, sum and count); default: the record size.', ['32 B']),
            },
            examples: [{resolution: '1 min', retention: '30 days'}],
          },
          examples: [[{resolution: '1 min', retention: '30 days'}, {resolution: '1 hour', retention: '1 year'}]],
        },
      },
      examples: [{series: '10M', tiers: [{resolution: '1 min', retention: '30 days'}, {resolution: '1 hour', retention: '1 year'}]}],
    },
  }
}

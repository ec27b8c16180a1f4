// What a workload states that the cache decisions read beyond its own reads:
// records it looks up by key on every request (a user's profile and device, a
// template, a session, the friends a graph search visits), and records that
// vanish once their key goes idle. Spread into a workload's properties by
// spec-schema.mjs, which passes in its quantity shapes.

/** How a workload's reads spread over its records. */
export const POPULARITY = ['skewed', 'uniform']

/** Properties of a workload: `lookups`, `expireAfterIdle`, `popularity`. */
export function workloadCacheFacts({count, duration}) {
  return {
    popularity: {
      title: 'Popularity of records',
      description: 'How this workload\'s reads spread over its records. `skewed` (what leaving it out means): a popular subset draws most reads, the 80/20 rule the cache\'s hot set assumes. `uniform`: reads spread evenly, with no popular subset ("reads were extremely random"), so a cache holding part of the data answers only about that part of the reads, and the store must serve them itself; the cache decisions are not asked of the workload\'s own reads then.',
      type: 'string',
      enum: POPULARITY,
      examples: ['uniform', 'skewed'],
    },
    expireAfterIdle: duration('Expire after idle', 'A key\'s record is dropped once it has not been written for this long: an inactive user\'s location disappears from the map after `10 min`, a session ends `30 min` after its last request. The cache-eviction decision reads it (a time-to-live renewed on every write), and is asked of the workload for it.', ['10 min', '30 min']),
    lookups: {
      title: 'Lookups per request',
      description: 'Records each request of this workload reads by key besides its own record, of data read far more often than it changes: the user, device and settings a notification send fetches (`perWrite: 3`), the session every page view checks (`perRead: 1`), the friends a graph search visits at each hop (`perRead: 50`). The cache, cache-strategy and cache-eviction decisions read the rate (peak reads × `perRead` + peak writes × `perWrite`): data fetched on every request and rarely written is what a cache serves best, even where the workload itself is written more than read.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        perRead: count('Per read', 'Records looked up by key for each read of this workload.', [1, 50]),
        perWrite: count('Per write', 'Records looked up by key for each write of this workload (a send that fetches the recipient\'s details first).', [3]),
      },
      examples: [{perWrite: 3}, {perRead: 1}, {perRead: 50}],
    },
  }
}

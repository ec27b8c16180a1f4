import type {Workload} from '../spec/model.js'

/** `posts` → `post_id`, `inbox-sync` → `inbox_sync_id`, `entries` → `entry_id`. */
export function entityKey(workload: string): string {
  const snake = workload.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()
  const singular = /ies$/.test(snake) ? snake.replace(/ies$/, 'y') : /[^s]s$/.test(snake) && snake.length > 3 ? snake.slice(0, -1) : snake
  return `${singular}_id`
}

/**
 * The partition key of a workload, and why: the one the spec states
 * (`partitionKey`), or the one its access pattern calls for: data that is
 * read together should live together, and writes should spread evenly. The
 * partitioning decision names it and the plan shards by it.
 */
export function shardKeyFor(w: Workload | null): {key: string; why: string} {
  const entity = w ? entityKey(w.name) : 'id'
  if (w?.facts.partitionKey) return {key: w.facts.partitionKey, why: 'the key the spec states (`partitionKey`)'}
  switch (w?.facts.access ?? null) {
    case 'timeline':
      return {key: '(user_id, time bucket)', why: "a timeline is read per user, newest first: one partition holds a user's recent items in time order, and the bucket caps partition size for prolific users"}
    case 'range':
      return {key: `(${entity}, time bucket)`, why: 'reads fetch ranges per key: the key keeps a range in one partition, the bucket caps its size'}
    case 'timeseries':
      return {key: '(series_id, time bucket)', why: 'points are read by series and time window'}
    case 'traversal':
      return {key: 'vertex_id', why: "a traversal starts from a vertex: its edges live with it (hot vertices, the celebrities, may need their edges split)"}
    case 'search':
      return {key: 'document _id (routing)', why: 'documents spread evenly by id; a query fans out to every shard'}
    case 'blob':
      return {key: 'hashed object-key prefix', why: 'object stores scale request rates per key prefix'}
    case 'geo':
      return {key: entity, why: 'rows spread by id, each shard with the geospatial index of its own rows; a query asks the shards (Xu shards the business table by business id)'}
    case 'ranking':
      return {key: 'score range', why: "the top of a ranking is the top of the highest range: shards by score range answer the top K from one shard, and a member's rank is its position in its range plus the sizes of the ranges above"}
    case 'prefix':
      return {key: 'key prefix range', why: 'the completions of a prefix are one contiguous range of the sorted keys'}
    case 'point':
      return {key: entity, why: 'reads and writes go by the entity key, so a hash of it spreads them evenly'}
    default:
      return {key: entity, why: 'the access pattern is not stated; the entity key spreads data evenly'}
  }
}

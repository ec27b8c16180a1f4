// Sources of specs/capacities.schema.json and specs/prices.schema.json: the
// shape of the per-node reference capacities (data/capacities.yaml) and of the
// price catalog (data/prices.yaml). Every number carries the reference-numbers
// key it comes from, its unit and its source; a figure computed from others
// says how in `derived`. The marked fragments are the plan's and the cost's
// TypeScript types (Figure, TechnologyCapacity, Price, PriceCatalog).
import {typed} from './schema/typed.mjs'

/**
 * What each kind of technology is sized from: figure name → unit, and whether
 * a technology of that kind must give it. src/plan reads these names; the
 * build refuses a capacities file that lacks a required figure (unless the
 * technology states a `gap`), and an overlay may only set names listed here.
 */
export const capacityKinds = {
  relational: {
    writesPerNode: {unit: 'req/s', required: true, meaning: 'write transactions per second one primary sustains'},
    readsPerNode: {unit: 'req/s', required: true, meaning: 'reads per second one read replica serves'},
    dataPerNode: {unit: 'B', required: true, meaning: 'practical data size of one primary'},
    replicasPerShard: {unit: 'count', required: true, meaning: 'replicas per primary at least (the failover standby)'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  'wide-column': {
    writesPerNode: {unit: 'req/s', required: true, meaning: 'replica writes per second one node sustains'},
    readsPerNode: {unit: 'req/s', required: true, meaning: 'client reads per second one node serves'},
    dataPerNode: {unit: 'B', required: true, meaning: 'data one node holds, replicas included'},
    replicationFactor: {unit: 'x', required: true, meaning: 'copies of every row'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  'key-value': {
    partitionReadUnits: {unit: 'req/s', required: true, meaning: 'read units per second one partition serves'},
    partitionWriteUnits: {unit: 'req/s', required: true, meaning: 'write units per second one partition takes'},
    readUnitBytes: {unit: 'B', required: true, meaning: 'item bytes one read unit covers'},
    writeUnitBytes: {unit: 'B', required: true, meaning: 'item bytes one write unit covers'},
    partitionBytes: {unit: 'B', required: true, meaning: 'data one partition holds'},
  },
  // Document, graph and time-series stores: sharded replica sets, sized like
  // any sharded store when figures are given (the reference has none; see `gap`).
  document: genericSharded(),
  graph: genericSharded(),
  'time-series': genericSharded(),
  'object-storage': {
    writesPerPrefix: {unit: 'req/s', required: true, meaning: 'PUT requests per second per partitioned key prefix'},
    readsPerPrefix: {unit: 'req/s', required: true, meaning: 'GET requests per second per partitioned key prefix'},
  },
  search: {
    shardBytes: {unit: 'B', required: true, meaning: 'largest recommended shard'},
    shardsPerNode: {unit: 'count', required: true, meaning: 'shards (primaries and replicas) one data node carries'},
    replicasPerShard: {unit: 'count', required: true, meaning: 'replicas of every primary shard'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  cache: {
    memoryPerNode: {unit: 'B', required: true, meaning: 'memory one node offers for data'},
    opsPerNode: {unit: 'req/s', required: true, meaning: 'operations per second one node serves'},
    replicasPerShard: {unit: 'count', required: true, meaning: 'replicas per shard (0 for a cache that may lose its contents)'},
  },
  log: {
    partitionBytesPerSecond: {unit: 'B/s', required: true, meaning: 'producer bytes per second one partition takes'},
    nodeBytesPerSecond: {unit: 'B/s', required: true, meaning: 'producer bytes per second one broker takes, replication included'},
    replicationFactor: {unit: 'x', required: true, meaning: 'copies of every partition (and so the fewest brokers)'},
    partitionsPerNode: {unit: 'count', required: true, meaning: 'partitions one broker carries at most'},
    partitionConsumerBytesPerSecond: {unit: 'B/s', required: false, meaning: 'bytes per second one consumer reads from one partition'},
    retentionSeconds: {unit: 's', required: false, meaning: 'how long the log keeps messages (the broker default)'},
    messagesPerConsumer: {unit: 'req/s', required: false, meaning: 'messages per second one consumer processes (one consumer per partition in a group): the parallelism when the spec states none'},
  },
  broker: {
    messagesPerNode: {unit: 'req/s', required: true, meaning: 'messages per second one node passes'},
    minNodes: {unit: 'count', required: true, meaning: 'smallest fault-tolerant cluster'},
  },
  // A publish/subscribe router (Redis Pub/Sub): servers from the pushes it delivers to subscribers.
  pubsub: {
    deliveriesPerNode: {unit: 'req/s', required: true, meaning: 'messages per second one server delivers to subscribers'},
    minNodes: {unit: 'count', required: true, meaning: 'fewest servers, so that one can fail'},
  },
  // A batch processor (Spark): workers from the bytes a scheduled run scans.
  batch: {
    bytesPerNodePerSecond: {unit: 'B/s', required: true, meaning: 'bytes per second one worker scans and aggregates'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  // A columnar analytical store (a warehouse, a real-time OLAP store): nodes from the data it keeps.
  analytical: {
    dataPerNode: {unit: 'B', required: true, meaning: 'data one node keeps'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  // A stream processor (Flink): workers from the events it consumes.
  stream: {
    eventsPerNode: {unit: 'req/s', required: true, meaning: 'events per second one worker processes'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  },
  app: {
    requestsPerNode: {unit: 'req/s', required: true, meaning: 'requests per second one application server serves'},
    minNodes: {unit: 'count', required: true, meaning: 'fewest servers, so that one can fail'},
  },
}

function genericSharded() {
  return {
    writesPerNode: {unit: 'req/s', required: true, meaning: 'writes per second one primary (or node) sustains'},
    readsPerNode: {unit: 'req/s', required: false, meaning: 'reads per second one node serves'},
    dataPerNode: {unit: 'B', required: false, meaning: 'practical data size of one shard'},
    replicationFactor: {unit: 'x', required: true, meaning: 'members of every shard (replica set)'},
    minNodes: {unit: 'count', required: false, meaning: 'smallest sensible cluster'},
  }
}

const figureNames = [...new Set(Object.values(capacityKinds).flatMap((k) => Object.keys(k)))].sort()

const figure = typed('plan', 'Figure', {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'value', 'unit', 'source'],
  properties: {
    key: {type: 'string', pattern: '^(throughput|sizing|prices|latency|sizeup)\\.', description: 'The reference-numbers key (`throughput.cassandra.netflix2011_replica_writes_per_node`), or `sizeup.rule.*` for a rule of thumb of sizeup\'s own.'},
    value: {type: 'number', minimum: 0},
    unit: typed('plan', 'FigureUnit', {type: 'string', enum: ['req/s', 'B', 'B/s', 's', 'x', 'count']}),
    source: {type: 'string', minLength: 1},
    derived: {type: 'string', minLength: 1, description: 'How the value follows from the reference figure, when it is not the figure itself.'},
  },
}, {doc: 'A per-node figure with the reference-numbers key it comes from (`sizeup.rule.*` for a rule of thumb, `overlay:<file>` for an organisation\'s own), its unit and its source.'})

export const capacitiesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/capacities.schema.json',
  title: 'sizeup per-node reference capacities',
  description: 'What one node (or partition, or prefix) of each technology sustains, each figure with its reference key and source.',
  type: 'object',
  additionalProperties: false,
  required: ['technologies'],
  properties: {
    technologies: {
      type: 'object',
      minProperties: 1,
      additionalProperties: typed('plan', 'TechnologyCapacity', {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'nodeClass', 'figures'],
        properties: {
          kind: typed('plan', 'TechnologyKind', {type: 'string', enum: Object.keys(capacityKinds)}),
          aliases: {type: 'array', uniqueItems: true, items: {type: 'string', minLength: 1}, description: 'Other names of the technology (`Kafka` for `Apache Kafka`), accepted wherever a technology is named.'},
          nodeClass: {type: ['string', 'null'], description: 'The machine the figures were measured on, as a compute price key suffix (`m6i.xlarge`); null for a managed service billed otherwise.'},
          gap: {type: 'string', minLength: 1, description: 'Why the reference has no figure for this technology; plans then say so instead of guessing.'},
          figures: {type: 'object', propertyNames: {enum: figureNames}, additionalProperties: figure},
        },
      }),
    },
  },
}

const price = typed('cost', 'Price', {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'value', 'unit', 'source'],
  properties: {
    key: {type: 'string', pattern: '^(prices|sizeup)\\.'},
    value: {type: 'number', minimum: 0},
    unit: {type: 'string', enum: ['USD/GB-month', 'USD/GB', 'USD/hour']},
    source: {type: 'string', minLength: 1},
    derived: {type: 'string', minLength: 1},
  },
}, {doc: 'A unit price with the reference-numbers key it comes from (`overlay:<file>` for an organisation\'s own), its unit and its source.'})

export const pricesSchema = typed('cost', 'PriceCatalog', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sizeup.dev/schemas/prices.schema.json',
  title: 'sizeup price catalog',
  description: 'Dated, sourced unit prices for storage, egress and machine hours.',
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'region', 'currency', 'hoursPerMonth', 'prices'],
  properties: {
    asOf: {type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$'},
    region: {type: 'string'},
    currency: {type: 'string', enum: ['USD']},
    hoursPerMonth: {
      type: 'object',
      additionalProperties: false,
      required: ['value', 'source'],
      properties: {value: {type: 'number', exclusiveMinimum: 0}, source: {type: 'string', minLength: 1}},
    },
    prices: {
      type: 'object',
      required: ['storage.object', 'storage.block', 'egress.internet', 'egress.cdn'],
      propertyNames: {pattern: '^(storage|egress|compute)\\.[a-z0-9.-]+$'},
      additionalProperties: price,
    },
  },
})

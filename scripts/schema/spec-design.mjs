// The design facts of a spec (issue 14): what published designs state besides
// their numbers, and which the decision matrices read — where the system runs
// (placement), and per workload the guarantees its data needs (consistency,
// delivery, ledger, ordering, contention, transactions across workloads, ids).
// Kept apart from scripts/spec-schema.mjs, which spreads them in.
import {typed} from './typed.mjs'

/** What a user names (regions, jurisdictions, workloads): a letter, then letters, digits, `_` or `-`. */
const NAME = '^[A-Za-z][A-Za-z0-9_-]*$'

const SURVIVE = ['instance-loss', 'zone-loss', 'region-loss']

/** Where the system runs and which failures it must ride out: the redundancy and failover matrices read it. */
export const placement = typed('spec', 'SpecPlacement', {
  title: 'Placement',
  description: 'Where the system runs and what failure it must survive, as a design states it without (or besides) an availability figure: "multiple availability zones", "replicated across regions", "data stays in the EU". The redundancy and failover decisions read it.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    regions: {
      title: 'Regions',
      description: 'The regions the system runs in: a count (`2`), or their names (`[us-east-1, eu-west-1]`), each a letter followed by letters, digits, `_` or `-`.',
      type: ['integer', 'array'],
      minimum: 1,
      items: {type: 'string', pattern: NAME},
      minItems: 1,
      uniqueItems: true,
      examples: [2, ['us-east-1', 'eu-west-1']],
    },
    survive: typed('spec', 'Survive', {
      title: 'Failure to survive',
      description: 'The largest failure the system must keep serving through: `instance-loss` (one machine), `zone-loss` (one availability zone or data centre), `region-loss` (a whole region).',
      type: 'string',
      enum: SURVIVE,
      examples: ['zone-loss', 'region-loss'],
    }, {constant: 'SURVIVE'}),
    residency: {
      title: 'Data residency',
      description: 'Jurisdictions whose users\' data must stay within them (GDPR, CCPA …): each is served from its own region, and its data is not replicated out of it.',
      type: 'array',
      items: {type: 'string', pattern: NAME},
      minItems: 1,
      uniqueItems: true,
      examples: [['EU', 'US']],
    },
    highlyAvailable: {
      title: 'Highly available',
      description: 'The design asks for "high availability" without a figure. Read as surviving a zone loss, the usual meaning on a cloud; `slo.availability` or `survive` says more.',
      type: 'boolean',
      examples: [true],
    },
  },
  examples: [{regions: 2, survive: 'region-loss'}, {survive: 'zone-loss'}, {regions: ['eu-west-1', 'us-east-1'], residency: ['EU', 'US']}, {highlyAvailable: true}],
}, {doc: 'Where the system runs and which failure it must survive; each part optional.'})

const DELIVERY = ['at-most-once', 'at-least-once', 'exactly-once']
const CONTENTION = ['none', 'low', 'high']

/**
 * A workload's guarantees, as a design states them: spread into the workload's
 * properties by scripts/spec-schema.mjs. (`ordering` is the workload's own
 * field, which also takes `per-key` or `global`.)
 */
export const workloadDesign = {
  consistency: {
    title: 'Consistency of this workload',
    description: 'What readers of this workload\'s data must see, where it differs from `slo.consistency` (carts eventual in a strongly consistent checkout; a mailbox strong in an eventual mail system). The decisions for this workload read it instead of the SLO\'s.',
    type: 'string',
    enum: ['strong', 'eventual'],
    examples: ['eventual', 'strong'],
  },
  delivery: typed('spec', 'Delivery', {
    title: 'Delivery guarantee',
    description: 'How often each write (or event) must take effect: `at-most-once` (a lost one is acceptable: location pings, metrics), `at-least-once` (never lost; a duplicate does no harm or is absorbed), `exactly-once` (never lost, never twice: payments, billing counts).',
    type: 'string',
    enum: DELIVERY,
    examples: ['exactly-once', 'at-least-once'],
  }, {constant: 'DELIVERY'}),
  ledger: {
    title: 'Ledger',
    description: 'Whether this workload is a ledger: entries (money, balances, stock movements) are appended and never changed, each must take effect exactly once, and the history must add up.',
    type: 'boolean',
    examples: [true],
  },
  replayable: {
    title: 'Replayable history',
    description: 'Whether every past state of this workload\'s data must be rebuilt by replaying its history from the start ("reproducibility": an auditor asks what a balance was at any moment, a fixed bug is replayed over the events). Needs `writes`. The bookkeeping decision reads it.',
    type: 'boolean',
    examples: [true],
  },
  contention: typed('spec', 'Contention', {
    title: 'Write contention',
    description: 'How often two writers change the same record at once: `none` (each record has one writer), `low` (rarely: hotel rooms over a season), `high` (often: seats of a popular show, stock in a flash sale).',
    type: 'string',
    enum: CONTENTION,
    examples: ['low', 'high'],
  }, {constant: 'CONTENTION'}),
  stateful: {
    title: 'Stateful instances',
    description: 'Whether the instances serving this workload hold per-key state in memory (a crawler\'s per-host queue, a channel\'s subscribers, a collector\'s targets), so that a key\'s requests or jobs must reach the instance that holds it. The load-balancing decision reads it.',
    type: 'boolean',
    examples: [true],
  },
  jobs: {
    title: 'Background jobs',
    description: 'The background work each write starts that is not media processing, named (a crawled page\'s `reverse-index` and `snippets`, a statement\'s `extraction`, a notification\'s `provider-send`): work a pool of workers takes from a task queue, acknowledged and retried, rather than work done in the request. Each name a letter followed by letters, digits, `_` or `-`. Media (`media:` of 100 KB or more) starts its processing jobs without saying so. The queue decision reads it.',
    type: 'array',
    items: {type: 'string', pattern: NAME},
    minItems: 1,
    maxItems: 20,
    uniqueItems: true,
    examples: [['reverse-index', 'snippets'], ['provider-send']],
  },
  transactionsWith: {
    title: 'Transactions across keys',
    description: 'The workloads whose records one transaction also writes under another partition key: another workload (a reservation and the inventory of its room type), or this one when a transaction writes two of its keys (a transfer between two accounts). With `transactions: true`; records that share the transaction\'s key (an order and its lines) need not be named: they are kept in one shard. The distributed-transactions decision weighs where all of them live.',
    type: 'array',
    items: {type: 'string', pattern: NAME},
    minItems: 1,
    uniqueItems: true,
    examples: [['inventory'], ['accounts']],
  },
}

/** What the ids of a workload's records must be; a short code's alphabet and length are its `keys`. */
export const ids = {
  title: 'Id requirements',
  description: 'What the ids of this workload\'s records must be, as a design states it ("sortable by time, numeric, 64 bits"); the ID-generation decision reads it. A short code (7 base62 characters) is the workload\'s `keys`.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    sortable: {title: 'Sortable', description: 'Ids must sort by creation time.', type: 'boolean', examples: [true]},
    numeric: {title: 'Numeric', description: 'Ids must be numbers (integers), not strings.', type: 'boolean', examples: [true]},
    bits: {title: 'Bits', description: 'Ids must fit in this many bits (64 for a BIGINT column).', type: 'integer', minimum: 8, maximum: 128, examples: [64]},
    opaque: {title: 'Opaque', description: 'Ids must not reveal how many records exist or let one be guessed from another (shared links, private documents).', type: 'boolean', examples: [true]},
  },
  examples: [{sortable: true, numeric: true, bits: 64}, {opaque: true}],
}

/** `ordering`: a boolean as before (true: per key), or the scope of the order. */
export const ordering = {
  title: 'Ordering',
  description: 'Whether events must be processed in the order they were written: `per-key` (or `true`: the events of one key, a chat channel or an account, in order), `global` (one total order over all events, which one partition or one sequencer must carry), `false` (any order).',
  type: ['boolean', 'string'],
  enum: [true, false, 'per-key', 'global'],
  examples: [true, 'per-key', 'global'],
}

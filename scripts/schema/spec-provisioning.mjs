// Provisioning as a problem states it: disks filled to a share, a capacity per
// server, a per-user quota, a key space, prices. Each is optional; a spec that
// states none is estimated exactly as before. Spread into the spec by
// spec-schema.mjs, which passes in its quantity shapes.
import {typed} from './typed.mjs'

const STORAGE_FILL_OF = ['replicated', 'logical']
const MEMORY_HOLDS = ['cache', 'data']

/** The provisioning shapes: `storageFill`, `storageFillOf`, `perServer(whose)`, `quota`, `keySpace`, `prices`. */
export function provisioningShapes({quantity, bytes, count, share}) {
  const storageFill = share('Storage fill', 'How full disks are filled: provisioned storage = data kept ÷ fill (70 % full → kept ÷ 0.7). Unstated, no provisioned storage is derived.', ['70%', '80%'])
  const storageFillOf = typed('spec', 'StorageFillOf', {
    title: 'Bytes the fill applies to',
    description: 'Whether the fill divides the data kept with every replica (`replicated`, the default: what `storage.total` counts) or one copy of it (`logical`: kept ÷ replication ÷ fill), as the estimate being reproduced does.',
    type: 'string',
    enum: STORAGE_FILL_OF,
    examples: ['replicated', 'logical'],
  }, {constant: 'STORAGE_FILL_OF'})
  const perServer = (whose) => ({
    title: 'Capacity per server',
    description: `What one server of ${whose} holds or serves; the servers needed are counted from each (rounded up), and the largest count is the answer. Give at least one of storage, memory, throughput.`,
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      storage: bytes('Storage per server', 'Disk one server stores: servers = storage provisioned at the fill (or the data kept, without a fill) ÷ this.', ['4 TB']),
      memory: bytes('Memory per server', 'Memory one server holds: servers = the cache memory to provision (or the data kept, with `memoryHolds: data`) ÷ this.', ['144 GB', '100 GB']),
      memoryHolds: typed('spec', 'MemoryHolds', {
        title: 'What memory holds',
        description: '`cache` (default): the cache memory to provision (hot set ÷ target utilisation); `data`: all the data kept, as an in-memory index or store.',
        type: 'string',
        enum: MEMORY_HOLDS,
        examples: ['cache', 'data'],
      }, {constant: 'MEMORY_HOLDS'}),
      throughput: quantity('Throughput per server', 'Requests one server serves per second: servers = throughput to provision (peak ÷ target utilisation) ÷ this. A bare number is per second; `5K/s`, `300K/min` also work.', ['5K', '1K/s']),
    },
    examples: [{storage: '4 TB'}, {memory: '144 GB', memoryHolds: 'data'}, {throughput: '5K/s'}],
  })
  const quota = {
    title: 'Per-user quota',
    description: 'Space each user is allocated: allocated = users × perUser, against what the workload\'s records and media use (records held × record size + media held × media size, one copy).',
    type: 'object',
    additionalProperties: false,
    required: ['perUser'],
    properties: {
      perUser: bytes('Quota per user', 'Space one user is allocated.', ['10 GB', '15 GB']),
      users: count('Users with a quota', 'Users who are allocated the quota (default: monthly active users); signed-up users may be more.', ['50M']),
    },
    examples: [{perUser: '10 GB', users: '50M'}],
  }
  const keySpace = {
    title: 'Key space',
    description: 'The keys records are named by (short-link codes, ids): alphabet^length keys possible, against the records held. Too few is a review finding (`key-space-too-small`).',
    type: 'object',
    additionalProperties: false,
    required: ['alphabet', 'length'],
    properties: {
      alphabet: count('Alphabet size', 'Characters a key may use (62 for [0-9a-zA-Z], 64 for base64, 16 for hex); a whole number of at least 2.', [62, 64, 16]),
      length: count('Key length', 'Characters in a key; a whole number of at least 1.', [7, 8]),
    },
    examples: [{alphabet: 62, length: 7}],
  }
  const prices = {
    title: 'Prices',
    description: 'Prices the estimate being reproduced states, in US dollars, each a division by the unit it is priced per (sizes in the spec\'s byte units): the cost per day and per month at these prices is derived per workload and in total. This is apart from the monthly cost of the plan, which uses the catalogue\'s prices.',
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      egress: quantity('Egress price', 'Dollars per byte sent out (reads and media downloads, e.g. a CDN), written per size: `0.02 / 1 GB` for $0.02 per GB.', ['0.02 / 1 GB', '20 / 1 TB']),
      storage: quantity('Storage price', 'Dollars per byte held per month (the spec\'s month), written per size: `0.023 / 1 GB` for $0.023 per GB-month. Held: the storage provisioned at the fill, or the data kept.', ['0.023 / 1 GB']),
      requests: quantity('Request price', 'Dollars per request (reads and writes): `0.4 / 1M` for $0.40 per million.', ['0.4 / 1M', '0.000005']),
    },
    examples: [{egress: '0.02 / 1 GB'}, {storage: '0.023 / 1 GB', requests: '0.4 / 1M'}],
  }
  return {storageFill, storageFillOf, perServer, quota, keySpace, prices}
}

import {own} from '../quantity/own.js'
import {DECIDED_FACT_LABELS} from './facts-decided.js'
import {OPERATION_FACT_LABELS} from './facts-operations.js'
import {QUEUE_FACT_LABELS} from './facts-queue.js'
import {MEDIA_FACT_LABELS} from './facts-media.js'
import {COMPUTE_FACT_LABELS} from './facts-compute.js'
import {CAPABILITY_FACT_LABELS} from './facts-capabilities.js'
import {QUERY_FACT_LABELS} from './facts-queries.js'
import {CACHE_FACT_LABELS} from './facts-cache.js'

/**
 * What a reader calls each fact of src/matrices/facts.ts, for flip points
 * ("peak writes: 6,944/s here"). A fact with no entry is shown by its name,
 * so a new fact works before anyone names it here.
 */
const LABELS: Readonly<Record<string, string>> = {
  peakTotalQps: 'peak requests',
  peakWriteQps: 'peak writes',
  averageWriteQps: 'average writes',
  peakReadQps: 'peak reads',
  readWriteRatio: 'reads per write',
  storageBytes: 'data kept',
  storagePerYearBytes: 'data added a year',
  textBytesPerDay: 'record bytes written a day',
  mediaBytesPerDay: 'media bytes written a day',
  textStorageBytes: 'records kept',
  mediaEgressBytesPerSecond: 'media egress at peak',
  cacheHotBytes: 'hot set',
  mediaToTextRatio: 'media bytes per record byte',
  mediaShareOfBytes: 'media share of bytes written',
  mediaObjectBytes: 'media object size',
  recordBytes: 'record size',
  replaceableState: 'records replaced by each write, a lost write tolerated',
  yearlyGrowth: 'yearly growth',
  horizonGrowth: 'growth of the writes over the horizon',
  egressBytesPerSecond: 'average egress',
  peakFactor: 'peak factor',
  availabilitySlo: 'availability SLO',
  downtimePerYear: 'downtime allowed a year',
  durabilitySlo: 'durability SLO',
  latencySpread: 'slowest ÷ fastest latency target',
  consistency: 'consistency',
  engineers: 'engineers',
  workloadCount: 'workloads',
  loadSpread: 'busiest ÷ quietest workload',
  hasFanout: 'fan-out',
  staticAssets: 'static assets stated',
  static: 'static assets',
  unevenDensity: 'points unevenly dense',
  averageFollowers: 'average followers',
  maxFollowers: 'most followers',
  largestMayLag: "largest accounts' posts may lag",
  ordering: 'ordering',
  transactions: 'transactions',
  relationships: 'relationships',
  access: 'access pattern',
  hasMedia: 'media',
  hasWrites: 'writes',
  hasReads: 'reads',
  retentionForever: 'kept forever',
  // The design statements (design-facts.ts).
  placementStated: 'placement stated',
  regions: 'regions',
  zones: 'zones',
  survive: 'failure to survive',
  residencyJurisdictions: 'jurisdictions keeping their data',
  highlyAvailable: '"highly available"',
  largestMediaObjectBytes: 'largest media object',
  statefulWorkers: 'stateful instances',
  cacheServers: 'cache servers',
  deliveryRequired: 'writes that must not be lost',
  delivery: 'delivery guarantee',
  ledger: 'ledger',
  replayable: 'replay of every past state',
  contention: 'write contention',
  orderingScope: 'ordering scope',
  retentionSeconds: 'retention',
  transactionAcrossKeys: 'transactions across keys',
  transactionWorkloads: 'workloads one transaction writes',
  transactionPeakWriteQps: 'peak writes one transaction spans',
  transactionStorageBytes: 'records one transaction spans',
  idSortable: 'sortable ids',
  idNumeric: 'numeric ids',
  idBits: 'id bits',
  idOpaque: 'opaque ids',
  keyBits: 'short-code bits',
  keyLength: 'short-code length',
  keySpaceUsed: 'key space used',
  ...QUERY_FACT_LABELS,
  ...OPERATION_FACT_LABELS,
  ...DECIDED_FACT_LABELS,
  ...QUEUE_FACT_LABELS,
  ...MEDIA_FACT_LABELS,
  ...COMPUTE_FACT_LABELS,
  ...CACHE_FACT_LABELS,
  ...CAPABILITY_FACT_LABELS,
}

export function factLabel(fact: string): string {
  return own(LABELS, fact) ?? fact
}

/**
 * Facts whose 0 is a word, not a quantity: records that never start over, a
 * ranking by a running score. "records start over every (0s)" read as a bug.
 */
const ZERO_MEANS: Readonly<Record<string, string>> = {resetEvery: 'never', rankWindow: 'none: a running score', idleExpirySeconds: 'never', peakLookupQps: 'none', analyticsSessionGap: 'none: not per session'}

/** What a fact's 0 means in words, or null where 0 is just a number. */
export function zeroMeans(fact: string): string | null {
  return own(ZERO_MEANS, fact) ?? null
}

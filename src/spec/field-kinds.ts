import {BYTES, DIMENSIONLESS, type Dimension, PER_BYTE, PER_SECOND, SECONDS} from '../quantity/dimension.js'

/**
 * What a spec field holds. The kind decides the dimension a value must have,
 * what a bare YAML number means (bytes for a size, a fraction for a share),
 * and the range it must fall in.
 */
export type FieldKind = 'count' | 'dau' | 'bytes' | 'duration' | 'share' | 'factor' | 'seconds' | PriceKind | 'rate'
/**
 * Prices in dollars: per byte (egress; storage, per byte a month), written as
 * a division by a size (`0.02 / 1 GB`), and per request (`0.4 / 1M`).
 */
export type PriceKind = 'pricePerByte' | 'pricePerRequest'

export const KIND_DIMENSION: Readonly<Record<FieldKind, Dimension>> = {
  count: DIMENSIONLESS,
  dau: DIMENSIONLESS,
  bytes: BYTES,
  duration: SECONDS,
  share: DIMENSIONLESS,
  factor: DIMENSIONLESS,
  seconds: SECONDS,
  pricePerByte: PER_BYTE,
  pricePerRequest: DIMENSIONLESS,
  rate: PER_SECOND,
}

export const KIND_WORDS: Readonly<Record<FieldKind, {what: string; example: string}>> = {
  count: {what: 'a count', example: '`300M`'},
  dau: {what: 'a count or a share of MAU', example: '`150M` or `50%`'},
  bytes: {what: 'a size in bytes', example: '`800 B` or `1 MB`'},
  duration: {what: 'a duration', example: '`5 years` or `500 ms`'},
  share: {what: 'a share', example: '`10%` or `0.1`'},
  factor: {what: 'a multiplier of at least 1', example: '`2` or `3:1`'},
  seconds: {what: 'a number of seconds', example: '`86400`'},
  pricePerByte: {what: 'a price per size', example: '`0.02 / 1 GB`'},
  pricePerRequest: {what: 'a price per request', example: '`0.4 / 1M`'},
  rate: {what: 'a rate per second', example: '`5K` or `5K/s`'},
}

const RATE_KEYS = '(perUserPerDay|perUserPerMonth|perSecond|perMinute|perHour|perDay|perWeek|perMonth|perYear)'
const LATENCY_KEYS = '(p50|p90|p95|p99|p999)'
const COMPONENT = '^components(\\.(\\d+|series\\.\\d+|parallel\\.\\d+))*'

/** Field patterns over dotted paths (workload names match `[^.]+`). */
const PATTERNS: ReadonlyArray<[RegExp, FieldKind]> = [
  [/^users\.mau$/, 'count'],
  [/^team\.engineers$/, 'count'],
  [/^workloads\.[^.]+\.records$/, 'count'],
  [/^workloads\.[^.]+\.fanout\.(averageFollowers|maxFollowers)$/, 'count'],
  [/^users\.dau$/, 'dau'],
  [new RegExp(`^workloads\\.[^.]+\\.(reads|writes)\\.${RATE_KEYS}$`), 'count'],
  [/^workloads\.[^.]+\.(recordSize|readSize|media\.size|media\.maxSize)$/, 'bytes'],
  [/^workloads\.[^.]+\.recordFields\.[^.]+$/, 'bytes'],
  [/^workloads\.[^.]+\.(media\.writeShare|media\.readShare|media\.cdnHitRatio|media\.smallShare|media\.duplicateShare|growth)$/, 'share'],
  [/^workloads\.[^.]+\.(retention|latency|cache\.window)$/, 'duration'],
  [/^workloads\.[^.]+\.cache\.hotShare$/, 'share'],
  [/^workloads\.[^.]+\.cache\.keys$/, 'count'],
  [/^workloads\.[^.]+\.cache\.objectSize$/, 'bytes'],
  [/^workloads\.[^.]+\.(replication|overhead|compression)$/, 'factor'],
  [/^traffic\.peakFactor$/, 'factor'],
  [/^traffic\.peakHourShare$/, 'share'],
  [/^traffic\.activeWindow$/, 'duration'],
  [/^slo\.(availability|durability)$/, 'share'],
  [/^slo\.window$/, 'duration'],
  [new RegExp(`^slo\\.latency\\.${LATENCY_KEYS}$`), 'duration'],
  [/^horizon$/, 'duration'],
  [/^conventions\.secondsPerDay$/, 'seconds'],
  [/^conventions\.(month|year|quarter)$/, 'duration'],
  [/^conventions\.(targetUtilization|headroom|cacheHotShare)$/, 'share'],
  [new RegExp(`${COMPONENT}\\.availability$`), 'share'],
  [new RegExp(`${COMPONENT}\\.(serviceTime|latency|backendLatency\\.p\\d+)$`), 'duration'],
  [new RegExp(`${COMPONENT}\\.peakRate$`), 'rate'],
  // Provisioning: fill, capacity per server (a workload's or the system's), quota, key space, prices.
  [/^(conventions|workloads\.[^.]+)\.storageFill$/, 'share'],
  [/^(workloads\.[^.]+\.)?perServer\.(storage|memory)$/, 'bytes'],
  [/^(workloads\.[^.]+\.)?perServer\.throughput$/, 'rate'],
  [/^workloads\.[^.]+\.quota\.perUser$/, 'bytes'],
  [/^workloads\.[^.]+\.(quota\.users|keys\.alphabet|keys\.length)$/, 'count'],
  [/^prices\.(egress|storage)$/, 'pricePerByte'],
  [/^prices\.requests$/, 'pricePerRequest'],
  // How a workload is queried and pushed (scripts/schema/spec-query-facts.mjs).
  [/^workloads\.[^.]+\.ranking\.(refresh|window)$/, 'duration'],
  [/^workloads\.[^.]+\.resetEvery$/, 'duration'],
  [/^workloads\.[^.]+\.push\.recipients$/, 'count'],
  // Records looked up on every request (scripts/schema/spec-cache-facts.mjs).
  [/^workloads\.[^.]+\.lookups\.(perRead|perWrite)$/, 'count'],
  [/^workloads\.[^.]+\.expireAfterIdle$/, 'duration'],
  [/^connections\.concurrent$/, 'count'],
  [/^workloads\.[^.]+\.rollups\.series$/, 'count'],
  [/^workloads\.[^.]+\.analytics\.(freshness|sessionGap)$/, 'duration'],
  [/^workloads\.[^.]+\.rollups\.tiers\.\d+\.(resolution|retention)$/, 'duration'],
  [/^workloads\.[^.]+\.rollups\.tiers\.\d+\.size$/, 'bytes'],
]

/** The kind of the quantity field at a dotted path, or null when the path holds no quantity. */
export function kindOf(path: string): FieldKind | null {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(path)) return kind
  return null
}

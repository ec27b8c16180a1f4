import {BYTES, DIMENSIONLESS, type Dimension, SECONDS} from '../quantity/dimension.js'

/**
 * What a spec field holds. The kind decides the dimension a value must have,
 * what a bare YAML number means (bytes for a size, a fraction for a share),
 * and the range it must fall in.
 */
export type FieldKind = 'count' | 'dau' | 'bytes' | 'duration' | 'share' | 'factor' | 'seconds'

export const KIND_DIMENSION: Readonly<Record<FieldKind, Dimension>> = {
  count: DIMENSIONLESS,
  dau: DIMENSIONLESS,
  bytes: BYTES,
  duration: SECONDS,
  share: DIMENSIONLESS,
  factor: DIMENSIONLESS,
  seconds: SECONDS,
}

export const KIND_WORDS: Readonly<Record<FieldKind, {what: string; example: string}>> = {
  count: {what: 'a count', example: '`300M`'},
  dau: {what: 'a count or a share of MAU', example: '`150M` or `50%`'},
  bytes: {what: 'a size in bytes', example: '`800 B` or `1 MB`'},
  duration: {what: 'a duration', example: '`5 years` or `500 ms`'},
  share: {what: 'a share', example: '`10%` or `0.1`'},
  factor: {what: 'a multiplier of at least 1', example: '`2` or `3:1`'},
  seconds: {what: 'a number of seconds', example: '`86400`'},
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
  [/^workloads\.[^.]+\.(recordSize|readSize|media\.size)$/, 'bytes'],
  [/^workloads\.[^.]+\.recordFields\.[^.]+$/, 'bytes'],
  [/^workloads\.[^.]+\.(media\.writeShare|media\.readShare|growth)$/, 'share'],
  [/^workloads\.[^.]+\.(retention|latency)$/, 'duration'],
  [/^workloads\.[^.]+\.(replication|overhead|compression)$/, 'factor'],
  [/^traffic\.peakFactor$/, 'factor'],
  [/^traffic\.peakHourShare$/, 'share'],
  [/^traffic\.activeWindow$/, 'duration'],
  [/^slo\.(availability|durability)$/, 'share'],
  [new RegExp(`^slo\\.latency\\.${LATENCY_KEYS}$`), 'duration'],
  [/^horizon$/, 'duration'],
  [/^conventions\.secondsPerDay$/, 'seconds'],
  [/^conventions\.(month|year|quarter)$/, 'duration'],
  [/^conventions\.(targetUtilization|headroom|cacheHotShare)$/, 'share'],
  [new RegExp(`${COMPONENT}\\.availability$`), 'share'],
]

/** The kind of the quantity field at a dotted path, or null when the path holds no quantity. */
export function kindOf(path: string): FieldKind | null {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(path)) return kind
  return null
}

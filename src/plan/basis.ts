import {formatBytes, formatPercent, formatQuoted, grouped, significant} from '../quantity/format.js'

/**
 * How basis lines quote numbers: rates in full below a million (6,944/s, the
 * way the decision reasons quote them), sizes in human units, ratios to three
 * significant figures so the reader can redo the division.
 */
export const rate = (v: number): string => formatQuoted(v, 'req/s')
export const bytes = (v: number): string => formatBytes(v)
export const bytesRate = (v: number): string => `${formatBytes(v)}/s`
export const pct = (v: number): string => formatPercent(v)
export const ratio = (v: number): string => (Math.abs(v) >= 1000 ? grouped(v, 1).replace(/\.0$/, '') : significant(v, 3))
export const whole = (v: number): string => grouped(v)

/** `3 nodes`, `1 node`: a count with its noun. */
export function counted(n: number, noun: readonly [string, string]): string {
  return `${whole(n)} ${n === 1 ? noun[0] : noun[1]}`
}

/** Rounds a quotient up, ignoring the last bits of floating-point error (2.0000000001 is 2). */
export function ceil(x: number): number {
  return Math.ceil(x - 1e-9)
}

export interface Need {
  readonly count: number
  readonly line: string
}

/**
 * One division of a demand by what one unit takes, rounded up:
 * `peak writes 6,944/s ÷ (7,525/s per primary × 70%) = 1.32 → 2 primaries`.
 * With `util` null the capacity is used as is (data sizes, memory that
 * already includes headroom).
 */
export function need(what: string, demand: number, demandText: string, capacity: number, capacityText: string, util: number | null, noun: readonly [string, string]): Need {
  const effective = util === null ? capacity : capacity * util
  const quotient = demand / effective
  const count = demand > 0 ? ceil(quotient) : 0
  const divisor = util === null ? capacityText : `(${capacityText} × ${pct(util)})`
  return {count, line: `${what} ${demandText} ÷ ${divisor} = ${ratio(quotient)} → ${counted(count, noun)}`}
}

const ROLE_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  primary: ['primary', 'primaries'],
  replica: ['replica', 'replicas'],
  node: ['node', 'nodes'],
  cache: ['cache node', 'cache nodes'],
  broker: ['broker', 'brokers'],
  app: ['server', 'servers'],
  partition: ['partition', 'partitions'],
  prefix: ['prefix', 'prefixes'],
  media: ['media prefix', 'media prefixes'],
  worker: ['worker', 'workers'],
}

/** `3 Cassandra nodes`, `1 PostgreSQL primary`, `25 App server servers` → `25 App servers`. */
export function machines(n: number, technology: string, role: string): string {
  const noun = ROLE_NOUNS[role] ?? [role, `${role}s`]
  const word = n === 1 ? noun[0] : noun[1]
  return technology.endsWith(' server') && role === 'app' ? `${whole(n)} ${technology.replace(/ server$/, '')} ${word}` : `${whole(n)} ${technology} ${word}`
}

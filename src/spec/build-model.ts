import type {ComponentNode, Conventions, Input, Rate, RateBasis, Slo, SystemModel, TrafficShape, Workload} from '../engine/model.js'
import {DEFAULTS, orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'

const RATE_BASES: readonly RateBasis[] = ['perUserPerDay', 'perUserPerMonth', 'perSecond', 'perDay', 'perMonth']
const LATENCY_ORDER = ['p50', 'p90', 'p95', 'p99', 'p999'] as const
const DEFAULT_HORIZON_YEARS = 5
/** A projection longer than a century says more about a typo than about a plan. */
const MAX_HORIZON_YEARS = 100

/**
 * Builds the engine's model from a schema-valid spec, applying defaults and the
 * semantic checks that a JSON Schema cannot express (DAU ≤ MAU, one traffic
 * shape, sizes where the traffic needs them …). Problems go to the resolver's
 * diagnostics; the model is returned regardless and is only trusted when there
 * are none.
 */
export function buildModel(r: FieldResolver, conventions: Conventions): SystemModel {
  const users = buildUsers(r)
  const slo = buildSlo(r)
  const workloads = r.keys('workloads').map((name) => buildWorkload(r, name, slo))
  return {
    name: String(r.raw('name') ?? ''),
    conventions,
    users,
    traffic: buildTraffic(r, conventions),
    slo,
    workloads,
    components: r.has('components') ? buildComponent(r, 'components', 'request path') : null,
    horizonYears: buildHorizon(r, conventions, workloads),
  }
}

function buildUsers(r: FieldResolver): SystemModel['users'] {
  const mau = orDefault(r, 'users.mau', 0)
  if (!mau.isDefault && mau.value === 0) r.report('users.mau', '`users.mau` must be greater than zero', null)
  let dau = orDefault(r, 'users.dau', 0)
  const written = r.quantity('users.dau')
  if (written?.isShare) dau = {value: written.value * mau.value, path: 'users.dau'}
  if (!dau.isDefault && dau.value > mau.value && !mau.isDefault) {
    r.report('users.dau', `daily active users (${dau.value}) exceed monthly active users (${mau.value})`, 'every daily user is also a monthly user, so DAU ≤ MAU; write DAU as a share of MAU, e.g. `50%`')
  }
  if (!dau.isDefault && dau.value === 0) r.report('users.dau', '`users.dau` must be greater than zero', null)
  return {mau, dau}
}

function buildTraffic(r: FieldResolver, c: Conventions): TrafficShape {
  const has = (k: string): boolean => r.has(`traffic.${k}`)
  if (has('peakHourShare') && (has('peakFactor') || has('activeWindow'))) {
    r.report('traffic.peakHourShare', 'give `peakHourShare` alone: it already fixes the peak', 'remove `peakFactor` / `activeWindow`, or remove `peakHourShare`')
  }
  if (has('peakHourShare')) {
    const share = orDefault(r, 'traffic.peakHourShare', 1 / 24)
    // The busiest hour carries at least an average hour's share: 3600 s ÷ secondsPerDay.
    if (share.value * c.secondsPerDay.value < 3600) {
      r.report('traffic.peakHourShare', 'the busiest hour cannot carry less than an average hour (1/24 of the day)', 'use a share of at least 4.17 % with 86,400-second days')
    }
    return {kind: 'peakHourShare', peakHourShare: share}
  }
  if (has('activeWindow')) {
    const window = orDefault(r, 'traffic.activeWindow', c.secondsPerDay.value)
    if (window.value === 0 || window.value > c.secondsPerDay.value) {
      r.report('traffic.activeWindow', '`traffic.activeWindow` must be longer than zero and at most one day', null)
    }
    return {kind: 'activeWindow', activeWindowSeconds: window.value > 0 ? window : {...window, value: c.secondsPerDay.value}, peakFactor: orDefault(r, 'traffic.peakFactor', 1)}
  }
  return {kind: 'peakFactor', peakFactor: orDefault(r, 'traffic.peakFactor', DEFAULTS.peakFactor)}
}

function optional(r: FieldResolver, path: string): Input | null {
  const value = r.get(path)
  return value === null ? null : {value, path}
}

function buildSlo(r: FieldResolver): Slo {
  const latencySeconds: Record<string, Input> = {}
  for (const p of LATENCY_ORDER) {
    const input = optional(r, `slo.latency.${p}`)
    if (input) latencySeconds[p] = input
  }
  const consistency = r.raw('slo.consistency')
  return {
    availability: optional(r, 'slo.availability'),
    latencySeconds,
    consistency: consistency === 'strong' || consistency === 'eventual' ? consistency : null,
    durability: optional(r, 'slo.durability'),
  }
}

function buildRate(r: FieldResolver, path: string): Rate | null {
  if (!r.has(path)) return null
  const basis = RATE_BASES.find((b) => r.has(`${path}.${b}`))
  if (!basis) return null
  return {basis, amount: orDefault(r, `${path}.${basis}`, 0)}
}

function buildWorkload(r: FieldResolver, name: string, slo: Slo): Workload {
  const at = (field: string): string => `workloads.${name}.${field}`
  const reads = buildRate(r, at('reads'))
  const writes = buildRate(r, at('writes'))
  if (!r.has(at('reads')) && !r.has(at('writes'))) {
    r.report(`workloads.${name}`, `workload \`${name}\` has neither \`reads\` nor \`writes\``, 'add e.g. `writes: {perUserPerDay: 2}`', 'key')
  }
  const recordBytes = buildRecordSize(r, name, writes !== null)
  const readBytes = r.has(at('readSize')) ? orDefault(r, at('readSize'), 0) : {...recordBytes, path: at('readSize'), isDefault: true}
  if (reads && !r.has(at('readSize')) && !r.has(at('recordSize')) && !r.has(at('recordFields'))) {
    r.report(at('reads'), `workload \`${name}\` has reads but no size to read`, 'add `readSize` (bytes returned per read) or `recordSize`')
  }
  const retention = r.raw(at('retention'))
  const latency = r.has(at('latency')) ? optional(r, at('latency')) : (LATENCY_ORDER.map((p) => slo.latencySeconds[p]).find((x) => x !== undefined) ?? null)
  return {
    name,
    reads,
    writes,
    recordBytes,
    readBytes,
    media: r.has(at('media'))
      ? {writeShare: orDefault(r, at('media.writeShare'), 1), bytes: orDefault(r, at('media.size'), 0), readShare: orDefault(r, at('media.readShare'), 0)}
      : null,
    retentionSeconds: retention === undefined || retention === 'forever' ? null : orDefault(r, at('retention'), 0),
    replication: orDefault(r, at('replication'), 1),
    overhead: orDefault(r, at('overhead'), 1),
    compression: orDefault(r, at('compression'), 1),
    yearlyGrowth: orDefault(r, at('growth'), 0),
    latencySeconds: latency,
  }
}

function buildRecordSize(r: FieldResolver, name: string, hasWrites: boolean): Input {
  const at = (field: string): string => `workloads.${name}.${field}`
  if (r.has(at('recordSize')) && r.has(at('recordFields'))) {
    r.report(at('recordFields'), 'give `recordSize` or `recordFields`, not both', 'recordFields are summed into the record size', 'key')
  }
  if (r.has(at('recordFields'))) {
    const fields = r.keys(at('recordFields'))
    const sizes = fields.map((f) => r.get(at(`recordFields.${f}`)) ?? 0)
    return {value: sizes.reduce((a, b) => a + b, 0), path: at('recordFields')}
  }
  if (hasWrites && !r.has(at('recordSize')) && !r.has(at('media'))) {
    r.report(at('writes'), `workload \`${name}\` has writes but no record size`, 'add `recordSize` (e.g. `800 B`) or `recordFields`')
  }
  return orDefault(r, at('recordSize'), 0)
}

function buildComponent(r: FieldResolver, path: string, fallbackName: string): ComponentNode {
  const raw = r.raw(path)
  if (Array.isArray(raw)) return {kind: 'series', name: fallbackName, path, children: raw.map((_, i) => buildComponent(r, `${path}.${i}`, `#${i + 1}`))}
  const node = (raw !== null && typeof raw === 'object' ? raw : {}) as {name?: string; series?: unknown[]; parallel?: unknown[]; availability?: unknown; instances?: number; required?: number}
  const name = node.name ?? fallbackName
  const shapes = ['availability', 'series', 'parallel'].filter((k) => (node as Record<string, unknown>)[k] !== undefined)
  if (shapes.length !== 1) {
    r.report(path, `component \`${name}\` must have exactly one of \`availability\`, \`series\` or \`parallel\` (found ${shapes.length === 0 ? 'none' : shapes.join(', ')})`, 'a component has an availability; a group lists its members under `series` or `parallel`')
  }
  for (const kind of ['series', 'parallel'] as const) {
    const list = node[kind]
    if (Array.isArray(list) && shapes.length === 1) {
      return {kind, name, path, children: list.map((_, i) => buildComponent(r, `${path}.${kind}.${i}`, `${name} #${i + 1}`))}
    }
  }
  const instances = node.instances ?? 1
  const required = node.required ?? 1
  if (required > instances) r.report(`${path}.required`, `component \`${name}\` requires ${required} instances but runs ${instances}`, 'required must be at most instances')
  return {kind: 'component', name, path, availability: orDefault(r, `${path}.availability`, 1), instances, required: Math.min(required, instances)}
}

function buildHorizon(r: FieldResolver, c: Conventions, workloads: readonly Workload[]): number {
  const secondsPerYear = c.daysPerYear.value * c.secondsPerDay.value
  const horizon = r.get('horizon')
  if (horizon !== null) {
    const years = Math.ceil(horizon / secondsPerYear - 1e-9)
    if (years < 1 || years > MAX_HORIZON_YEARS) {
      r.report('horizon', `\`horizon\` must be between 1 and ${MAX_HORIZON_YEARS} years`, 'the storage projection runs year by year')
      return DEFAULT_HORIZON_YEARS
    }
    return years
  }
  const longest = Math.max(0, ...workloads.map((w) => (w.retentionSeconds ? w.retentionSeconds.value / secondsPerYear : 0)))
  return Math.min(MAX_HORIZON_YEARS, Math.max(DEFAULT_HORIZON_YEARS, Math.ceil(longest - 1e-9)))
}

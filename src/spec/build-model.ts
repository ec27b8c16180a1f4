import type {Conventions, Input, Slo, SystemModel, TrafficShape, Workload} from './model.js'
import {buildCapabilities} from './build-capabilities.js'
import {buildComponent} from './build-components.js'
import {buildPlacement, buildWorkloadDesign} from './build-design.js'
import {checkComponentLatency} from './build-component-latency.js'
import {buildWorkload, LATENCY_ORDER, optional} from './build-workload.js'
import {buildSystemProvisioning, buildWorkloadProvisioning, optionalPart} from './build-provisioning.js'
import {buildConnections} from './build-query-facts.js'
import {DEFAULTS, orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {SECONDS_PER_HOUR} from '../quantity/calendar.js'
import {PLATFORMS} from './generated/schema-types.js'

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
  const slo = buildSlo(r, conventions)
  const names = r.keys('workloads')
  const workloads = names.map((name) => ({
    ...buildWorkload(r, name, slo),
    ...optionalPart('provisioning', buildWorkloadProvisioning(r, name)),
    ...optionalPart('design', buildWorkloadDesign(r, name, names)),
    ...optionalPart('capabilities', buildCapabilities(r, name)),
  }))
  const components = r.has('components') ? buildComponent(r, 'components', 'request path') : null
  checkComponentLatency(r, components, workloads, slo)
  return {
    name: String(r.raw('name') ?? ''),
    conventions,
    users,
    traffic: buildTraffic(r, conventions),
    slo,
    workloads,
    components,
    teamEngineers: optional(r, 'team.engineers'),
    ...optionalPart('teamPlatform', PLATFORMS.find((p) => p === r.raw('team.platform'))),
    horizonYears: buildHorizon(r, conventions, workloads),
    ...optionalPart('provisioning', buildSystemProvisioning(r, workloads.map((w) => w.name))),
    ...optionalPart('connections', buildConnections(r)),
    ...optionalPart('zones', buildZones(r)),
    ...optionalPart('consumers', r.has('consumers') ? {groups: atLeastOne(r.raw('consumers.groups')), parallelism: atLeastOne(r.raw('consumers.parallelism')), ...(r.raw('consumers.bufferWhileDown') === true ? {bufferWhileDown: true} : {})} : undefined),
    ...optionalPart('placement', buildPlacement(r)),
  }
}

/** Users are optional: only a rate per user, or a DAU written as a share, needs them (build-workload.ts checks the rates). */
function buildUsers(r: FieldResolver): SystemModel['users'] {
  const mau = r.has('users.mau') ? orDefault(r, 'users.mau', 0) : null
  if (mau && !mau.isDefault && mau.value === 0) r.report('users.mau', '`users.mau` must be greater than zero', 'write the number of monthly active users, e.g. `300M`')
  // MAU missing, invalid or zero is reported above; a DAU derived from it says nothing new.
  const noMau = mau === null || mau.isDefault || mau.value === 0
  if (!r.has('users.dau')) return {mau, dau: null}
  let dau = orDefault(r, 'users.dau', 0)
  let dauShare: Input | null = null
  const written = r.quantity('users.dau')
  if (written?.isShare && mau === null) {
    r.report('users.dau', `\`users.dau\` (\`${r.writtenText('users.dau')}\`) is a share of monthly active users, but \`users.mau\` is not given`, 'add `mau:` (e.g. `mau: 300M`), or write DAU as a count, e.g. `150M`')
    dau = {value: 0, path: 'users.dau', isDefault: true}
  } else if (written?.isShare && mau !== null) {
    dau = noMau && written.value > 0 ? {value: 0, path: 'users.dau', isDefault: true} : scaleInput(written, mau, 'users.dau')
    if (!dau.isDefault) dauShare = {value: written.value, path: 'users.dau', ...(written.samples ? {samples: written.samples} : {})}
  } else if (mau !== null && !noMau && !dau.isDefault && !dau.samples && !mau.samples && r.dependsOn('users.dau', 'users.mau')) {
    // `dau: 50% * mau` is written on MAU as `dau: 50%` is: derived from it the same way, so explain shows 50 % × MAU.
    dauShare = {value: dau.value / mau.value, path: 'users.dau'}
  }
  if (mau !== null && !dau.isDefault && !mau.isDefault && mau.value > 0 && dau.value > mau.value) {
    const dauText = `\`${r.writtenText('users.dau')}\`${written?.isShare ? ' of MAU' : ''}`
    r.report('users.dau', `daily active users (${dauText}) exceed monthly active users (\`${r.writtenText('users.mau')}\`)`, 'every daily user is also a monthly user, so DAU ≤ MAU; write DAU as a share of MAU, e.g. `50%`')
  }
  if (!dau.isDefault && dau.value === 0 && !(noMau && r.dependsOn('users.dau', 'users.mau'))) r.report('users.dau', '`users.dau` must be greater than zero', 'write the number of daily active users, e.g. `150M`, or a share of MAU, e.g. `50%`')
  return {mau, dau, dauShare}
}

function buildTraffic(r: FieldResolver, c: Conventions): TrafficShape {
  const has = (k: string): boolean => r.has(`traffic.${k}`)
  if (has('peakHourShare') && (has('peakFactor') || has('activeWindow'))) {
    r.report('traffic.peakHourShare', 'give `peakHourShare` alone: it already fixes the peak', 'remove `peakFactor` / `activeWindow`, or remove `peakHourShare`')
  }
  if (has('peakHourShare')) {
    const share = orDefault(r, 'traffic.peakHourShare', 1 / 24)
    // The busiest hour carries at least an average hour's share: 3600 s ÷ secondsPerDay.
    if (share.value * c.secondsPerDay.value < SECONDS_PER_HOUR) {
      r.report('traffic.peakHourShare', 'the busiest hour cannot carry less than an average hour (1/24 of the day)', 'use a share of at least 4.17 % with 86,400-second days')
    }
    return {kind: 'peakHourShare', peakHourShare: share}
  }
  if (has('activeWindow')) {
    const window = orDefault(r, 'traffic.activeWindow', c.secondsPerDay.value)
    if (window.value === 0 || window.value > c.secondsPerDay.value) {
      r.report('traffic.activeWindow', `\`traffic.activeWindow\` must be longer than zero and at most one day (got \`${r.writtenText('traffic.activeWindow')}\`)`, 'the hours in which the daily traffic arrives, e.g. `6.5 hours`')
    }
    return {kind: 'activeWindow', activeWindowSeconds: window.value > 0 ? window : {...window, value: c.secondsPerDay.value}, peakFactor: orDefault(r, 'traffic.peakFactor', 1)}
  }
  return {kind: 'peakFactor', peakFactor: orDefault(r, 'traffic.peakFactor', DEFAULTS.peakFactor)}
}

/** The slowest burn-rate alert of the SRE Workbook looks back 3 days; a shorter SLO window leaves it nothing to alert on. */
const MIN_SLO_WINDOW_DAYS = 3

function buildSlo(r: FieldResolver, c: Conventions): Slo {
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
    window: buildSloWindow(r, c),
  }
}

function buildSloWindow(r: FieldResolver, c: Conventions): Input | null {
  const window = optional(r, 'slo.window')
  if (window && window.value < MIN_SLO_WINDOW_DAYS * c.secondsPerDay.value - 1e-9) {
    r.report('slo.window', `\`slo.window\` (\`${r.writtenText('slo.window')}\`) is shorter than ${MIN_SLO_WINDOW_DAYS} days`, 'the slowest burn-rate alert looks back 3 days over a budget of the whole window; write e.g. `30 days` (the SRE Workbook\'s) or `28 days`')
  }
  return window
}

/** The zones a tier is spread over; the schema holds it to a whole number from 2 to 12. */
function buildZones(r: FieldResolver): Input | undefined {
  const zones = r.raw('zones')
  return typeof zones === 'number' && Number.isInteger(zones) && zones >= 2 ? {value: zones, path: 'zones'} : undefined
}

/** A count the schema holds to a whole number of at least 1; 1 when absent. */
function atLeastOne(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1
}

function buildHorizon(r: FieldResolver, c: Conventions, workloads: readonly Workload[]): number {
  const secondsPerYear = c.daysPerYear.value * c.secondsPerDay.value
  const horizon = r.get('horizon')
  if (horizon !== null) {
    const years = Math.ceil(horizon / secondsPerYear - 1e-9)
    if (years < 1 || years > MAX_HORIZON_YEARS) {
      r.report('horizon', `\`horizon\` must be between 1 and ${MAX_HORIZON_YEARS} years (got \`${r.writtenText('horizon')}\`)`, 'the storage projection runs year by year')
      return DEFAULT_HORIZON_YEARS
    }
    return years
  }
  const longest = Math.max(0, ...workloads.map((w) => (w.retentionSeconds ? w.retentionSeconds.value / secondsPerYear : 0)))
  return Math.min(MAX_HORIZON_YEARS, Math.max(DEFAULT_HORIZON_YEARS, Math.ceil(longest - 1e-9)))
}

/** A share times a count (DAU as a share of MAU), sample by sample when either is uncertain. */
function scaleInput(share: {value: number; samples?: Float64Array}, base: Input, path: string): Input {
  const value = share.value * base.value
  if (!share.samples && !base.samples) return {value, path}
  const n = (share.samples ?? base.samples)!.length
  const samples = new Float64Array(n)
  for (let i = 0; i < n; i++) samples[i] = (share.samples ? share.samples[i]! : share.value) * (base.samples ? base.samples[i]! : base.value)
  return {value, path, samples}
}

import type {Connections, Input, QueryFacts, RollupTier} from './model.js'
import {orDefault} from './conventions.js'
import type {FieldResolver} from './fields.js'
import {GEO_QUERIES, UPDATES} from './generated/schema-types.js'
import {FRESHNESS_WORDS} from './freshness-words.js'
import {closest} from './suggest.js'
import {UNITS} from '../quantity/units.js'

/**
 * How a workload is queried, updated and pushed (scripts/schema/spec-query-facts.mjs),
 * with the checks a JSON Schema cannot make: a fact that belongs to an access
 * pattern the workload does not state, updates in place without the keys they
 * keep, fields that mean nothing when records are replaced rather than added.
 */
export function buildQueryFacts(r: FieldResolver, name: string): QueryFacts {
  const at = (field: string): string => `workloads.${name}.${field}`
  const access = r.raw(at('access'))
  const updatesRaw = r.raw(at('updates'))
  const updates = UPDATES.find((u) => u === updatesRaw) ?? null
  if (updates === 'in-place') checkInPlace(r, name)

  const geoRaw = r.raw(at('geo'))
  const geo = GEO_QUERIES.find((g) => g === geoRaw) ?? null
  if (r.has(at('geo')) && access !== 'geo') belongsTo(r, at('geo'), 'geo', 'what a geo query asks for')

  let ranking: QueryFacts['ranking'] = null
  if (r.has(at('ranking'))) {
    if (access !== 'ranking') belongsTo(r, at('ranking'), 'ranking', 'what ranking reads return')
    const member = r.raw(at('ranking.member'))
    const window = stated(r, at('ranking.window'))
    if (window && window.value === 0) r.report(at('ranking.window'), `\`${at('ranking.window')}\` must be longer than zero`, 'the period whose events the ranking counts, e.g. `1 min` or `7 days`; leave it out for a running score')
    ranking = {member: typeof member === 'boolean' ? member : null, refresh: stated(r, at('ranking.refresh')), window: window && window.value > 0 ? window : null}
  }
  const key = r.raw(at('partitionKey'))
  const outgrows = r.raw(at('outgrowsOneNode'))
  const readsOutgrow = r.raw(at('readsOutgrowOneNode'))
  const readHeavy = r.raw(at('readHeavy'))
  if (readHeavy === true && r.has(at('reads')) && r.has(at('writes'))) {
    r.report(at('readHeavy'), `\`readHeavy\` states what \`${name}\`'s \`reads\` and \`writes\` already measure`, 'remove `readHeavy`: the ratio of the stated reads to writes says whether the workload is read-heavy')
  }
  return {updates, geo, ranking, partitionKey: typeof key === 'string' ? key.trim() || null : null, outgrowsOneNode: typeof outgrows === 'boolean' ? outgrows : null, readsOutgrowOneNode: typeof readsOutgrow === 'boolean' ? readsOutgrow : null, readHeavy: typeof readHeavy === 'boolean' ? readHeavy : null, rollups: buildRollups(r, name), analytics: buildAnalytics(r, name), push: buildPush(r, name), resetEvery: buildReset(r, name, updates)}
}

/** `resetEvery`: only for records replaced in place, and longer than zero. */
function buildReset(r: FieldResolver, name: string, updates: QueryFacts['updates']): Input | null {
  const path = `workloads.${name}.resetEvery`
  const period = stated(r, path)
  if (period === null) return null
  if (updates !== 'in-place') {
    r.report(path, `\`resetEvery\` says the records start over each period, but \`${name}\` does not replace them in place`, 'add `updates: in-place` (one record per key, e.g. a player\'s score), or remove `resetEvery`; records that are added and later deleted take `retention`')
    return null
  }
  if (period.value === 0) {
    r.report(path, `\`${path}\` must be longer than zero`, 'the period after which the records start over, e.g. `1 month`; leave it out if they never do')
    return null
  }
  return period
}

/** The top-level `connections`; undefined when the spec states none. */
export function buildConnections(r: FieldResolver): Connections | undefined {
  if (!r.has('connections')) return undefined
  const concurrent = stated(r, 'connections.concurrent')
  if (concurrent && concurrent.value === 0) r.report('connections.concurrent', '`connections.concurrent` must be greater than zero', 'the clients connected at once at peak, e.g. `1M` or `10% * users.dau`; leave `connections` out if clients hold none open')
  const bidirectional = r.raw('connections.bidirectional')
  const singleAnswer = r.raw('connections.singleAnswer')
  return {
    concurrent: concurrent && concurrent.value > 0 ? concurrent : null,
    bidirectional: typeof bidirectional === 'boolean' ? bidirectional : null,
    singleAnswer: typeof singleAnswer === 'boolean' ? singleAnswer : null,
  }
}

/**
 * Updates in place keep one record per key: the spec must say how many keys,
 * and retention, growth and media (which describe records added over time)
 * would be silently ignored, so each is an error at its own key.
 */
function checkInPlace(r: FieldResolver, name: string): void {
  const at = (field: string): string => `workloads.${name}.${field}`
  if (!r.has(at('records'))) {
    r.report(at('updates'), `\`updates: in-place\` keeps one record per key, but \`${name}\` does not say how many keys`, 'add `records:`, the keys held: e.g. `records: 25M` (one score per player) or `records: users.mau`')
  }
  const meaningless: ReadonlyArray<[string, string]> = [
    ['retention', 'each write replaces its key\'s record, so nothing accumulates to expire'],
    ['growth', 'the write volume adds no records; state the keys held (`records`) as they will be'],
    ['media', 'media objects are stored apart and accumulate; describe them in a workload of their own'],
  ]
  for (const [field, why] of meaningless) {
    if (r.has(at(field))) r.report(at(field), `\`${field}\` has no effect with \`updates: in-place\`: ${why}`, `remove \`${field}\`, or write \`updates: append\` if every write adds a record`, 'key')
  }
}

function belongsTo(r: FieldResolver, path: string, access: string, what: string): void {
  r.report(path, `\`${path.split('.').pop()}\` says ${what}, but the workload's \`access\` is not \`${access}\``, `add \`access: ${access}\`, or remove it`, 'key')
}

/**
 * Clients each write is pushed to: `push: {recipients}`, or `push: true` with
 * the fan-out's average followers (or one recipient). Pushes need clients
 * holding connections, which the top level states.
 */
function buildPush(r: FieldResolver, name: string): QueryFacts['push'] {
  const at = (field: string): string => `workloads.${name}.${field}`
  const raw = r.raw(at('push'))
  if (raw === undefined || raw === false || raw === null) return null
  if (!r.has('connections')) {
    r.report(at('push'), `\`push\` sends each write to connected clients, but the spec states no \`connections\``, 'add `connections: {concurrent: …}` at the top level: how many clients hold a connection open at once', 'key')
  }
  const given = stated(r, at('push.recipients'))
  if (given && given.value === 0) {
    r.report(at('push.recipients'), `\`${at('push.recipients')}\` must be at least 1`, 'the connected clients each write goes to; leave `push` out if writes are not pushed')
  }
  const followers = stated(r, at('fanout.averageFollowers'))
  const recipients: Input = given ?? followers ?? {value: 1, path: at('push'), isDefault: true}
  return {recipients}
}

/** A quantity the spec states, or null (build-workload's `optional`, which imports this module). */
function stated(r: FieldResolver, path: string): Input | null {
  return r.has(path) && r.quantity(path) !== null ? orDefault(r, path, 0) : null
}

/** Rollup tiers: the series, and each tier's resolution and retention, longer than zero. */
function buildRollups(r: FieldResolver, name: string): QueryFacts['rollups'] {
  const at = (field: string): string => `workloads.${name}.rollups.${field}`
  if (!r.has(`workloads.${name}.rollups`)) return null
  const series = stated(r, at('series'))
  if (series && series.value === 0) r.report(at('series'), `\`${at('series')}\` must be greater than zero`, 'the distinct series the points belong to, e.g. `10M`')
  const tiers: RollupTier[] = []
  const count = Array.isArray(r.raw(at('tiers'))) ? (r.raw(at('tiers')) as unknown[]).length : 0
  for (let i = 0; i < count; i++) {
    const tier = (field: string): string => at(`tiers.${i}.${field}`)
    const resolution = stated(r, tier('resolution'))
    const retention = stated(r, tier('retention'))
    for (const [input, path, what] of [[resolution, tier('resolution'), 'the interval one point summarises, e.g. `1 min`'], [retention, tier('retention'), 'how long the tier keeps its points, e.g. `30 days`']] as const) {
      if (input && input.value === 0) r.report(path, `\`${path}\` must be longer than zero`, what)
    }
    if (resolution === null || retention === null || resolution.value === 0 || retention.value === 0) continue
    tiers.push({resolution, retention, size: stated(r, tier('size'))})
  }
  return series && series.value > 0 ? {series, tiers} : null
}

/** How stale aggregated results may be (0 s: as the events arrive), and whether end users query them. */
function buildAnalytics(r: FieldResolver, name: string): QueryFacts['analytics'] {
  const at = (field: string): string => `workloads.${name}.analytics.${field}`
  if (!r.has(`workloads.${name}.analytics`)) return null
  const freshness = freshnessOf(r, at('freshness'))
  const userFacing = r.raw(at('userFacing'))
  const late = r.raw(at('lateEvents'))
  const sessionGap = stated(r, at('sessionGap'))
  if (sessionGap && sessionGap.value === 0) r.report(at('sessionGap'), `\`${at('sessionGap')}\` must be longer than zero`, 'the inactivity that ends a session, e.g. `30 min`')
  return freshness ? {freshness, userFacing: typeof userFacing === 'boolean' ? userFacing : null, lateEvents: typeof late === 'boolean' ? late : null, sessionGap} : null
}

/**
 * `freshness` is a duration, or a word an engineer writes for it (`real-time`,
 * `hourly`, `daily`, `batch`: src/spec/freshness-words.ts). Another lone word
 * that names no field is a misspelt one, said so with the words, rather than
 * an unknown field.
 */
function freshnessOf(r: FieldResolver, path: string): Input | null {
  const raw = r.raw(path)
  const word = typeof raw === 'string' ? raw.trim() : null
  if (word !== null && Object.hasOwn(FRESHNESS_WORDS, word)) return {value: FRESHNESS_WORDS[word]!, path}
  if (word !== null && /^[A-Za-z-]+$/.test(word) && r.findReference(path, word) === null && !UNITS.has(word)) {
    const words = Object.keys(FRESHNESS_WORDS)
    const near = closest(word, words)
    r.report(path, `\`${path}\` should be a duration or one of ${words.map((w) => `\`${w}\``).join(', ')}, not \`${word}\``, near ? `did you mean \`${near}\`?` : 'write a duration such as `1 hour`, or `real-time`, `hourly`, `daily` or `batch`')
    return null
  }
  return stated(r, path)
}

import {BYTES, BYTES_PER_SECOND, type Dimension, describeDimension, DIMENSIONLESS, PER_BYTE, PER_SECOND, SECONDS, sameDimension} from '../quantity/dimension.js'
import type {UnitConventions} from '../quantity/units.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import {COUNT_IDS, type CountId, failOnProblem, type Operator, type ParsedThreshold, thresholdQuantity} from './fail-on.js'
import type {ThresholdResult} from './generated/schema-types.js'
import type {Diff, DiffUnit, MetricDelta} from './types.js'

// Whether a threshold holds for this diff, and the change it compared (scripts/diff-schema.mjs).
export type {ThresholdResult} from './generated/schema-types.js'

/** A --fail-on threshold checked against the metrics of both versions: its number in the metric's base unit (a fraction when relative). */
export type Threshold = Omit<ThresholdResult, 'actual' | 'holds'>

/** The dimension a threshold of each unit is written in; `days` and `years` take any duration. */
const DIMENSION: Readonly<Record<DiffUnit, Dimension>> = {
  users: DIMENSIONLESS,
  req: DIMENSIONLESS,
  count: DIMENSIONLESS,
  ratio: DIMENSIONLESS,
  x: DIMENSIONLESS,
  USD: DIMENSIONLESS,
  'USD/B': PER_BYTE,
  'USD/req': DIMENSIONLESS,
  'req/s': PER_SECOND,
  B: BYTES,
  'B/s': BYTES_PER_SECOND,
  s: SECONDS,
  days: SECONDS,
  years: SECONDS,
}

const DESCRIBED: Readonly<Record<DiffUnit, string>> = {
  users: 'a count of users',
  req: 'a count of requests',
  count: 'a count',
  ratio: 'a share (a fraction)',
  x: 'a multiplier',
  USD: 'an amount in US dollars',
  'USD/B': 'a price per byte',
  'USD/req': 'a price per request',
  'req/s': 'a rate per second',
  B: 'a size in bytes',
  'B/s': 'a bandwidth in bytes per second',
  s: 'a duration',
  days: 'a duration in days',
  years: 'a duration in years',
}

const EXAMPLES: Readonly<Record<DiffUnit, string>> = {
  users: '`+1M` or `+20%`',
  req: '`+1M` or `+20%`',
  count: '`+10` or `+20%`',
  ratio: '`-0.001` (a fraction) or `-10%`',
  x: '`+1` or `+50%`',
  USD: '`+$1000` or `+10%`',
  'USD/B': '`+10%`',
  'USD/req': '`+10%`',
  'req/s': '`+1000`, `+1K/s` or `+20%`',
  B: '`+2 TB` or `+20%`',
  'B/s': '`+100 MB/s`, `+1 Gbps` or `+20%`',
  s: '`+5 min` or `-50%`',
  days: '`+365 days` or `+20%`',
  years: '`+2 years` or `+20%`',
}

/**
 * Checks a parsed threshold against the metrics of both versions: the metric
 * must exist in one of them (or be a count of the diff), and an absolute
 * threshold must be in the metric's dimension. Units are read with head's
 * conventions (its day, month, year and byte units).
 */
export function resolveThreshold(t: ParsedThreshold, diff: Diff, conv: UnitConventions): Threshold | Diagnostic {
  const problem = (at: number, message: string, hint: string | null): Diagnostic => failOnProblem(t.index, at, `${message} in \`${t.expression}\``, hint)
  const base = {expression: t.expression, metric: t.metric, operator: t.operator, relative: t.relative}
  const q = thresholdQuantity(t, conv)
  const shown = `\`${t.valueText}\``

  if ((COUNT_IDS as readonly string[]).includes(t.metric)) {
    if (t.relative) return problem(t.valueStart, `\`${t.metric}\` is a count; a relative threshold (${shown}) has no base to be relative to`, `write a number: \`${t.metric} > 0\``)
    if (t.usd || !sameDimension(q.dim, DIMENSIONLESS)) return problem(t.valueStart, `\`${t.metric}\` is a count, but ${shown} is ${t.usd ? 'an amount in US dollars' : describeDimension(q.dim)}`, `write a number: \`${t.metric} > 0\``)
    return {...base, value: q.value, unit: null}
  }

  const metric = diff.metrics.find((m) => m.id === t.metric)
  if (metric === undefined) {
    const ids = [...diff.metrics.map((m) => m.id), ...COUNT_IDS]
    return problem(t.metricStart, `unknown metric \`${t.metric}\``, didYouMean(t.metric, ids) ?? 'the metric ids are those of `sizeup estimate --json`, plus `cost.monthly`, `nodes.total` and the counts `findings.added`, `decisions.changed` …; `sizeup diff --all --format json` lists every one')
  }
  if (t.relative) return {...base, value: q.value, unit: metric.unit}
  const unit = metric.unit
  const mismatch = (what: string): Diagnostic =>
    problem(t.valueStart, `${shown} is ${what}, but \`${t.metric}\` is ${DESCRIBED[unit]}`, `write a change in the metric's unit, e.g. ${EXAMPLES[unit]}`)
  if (t.usd) return unit === 'USD' ? {...base, value: q.value, unit} : mismatch('an amount in US dollars')
  if (sameDimension(q.dim, DIMENSIONLESS)) return {...base, value: q.value, unit}
  if (!sameDimension(q.dim, DIMENSION[unit]) || sameDimension(DIMENSION[unit], DIMENSIONLESS)) return mismatch(describeDimension(q.dim))
  const value = unit === 'days' ? q.value / conv.secondsPerDay : unit === 'years' ? q.value / conv.secondsPerYear : q.value
  return {...base, value, unit}
}

/**
 * Two numbers this close (relative to their size) are equal when compared
 * with a threshold: `> +20%` does not hold for a change of exactly +20 %,
 * even when floating point computes it as 0.20000000000000004.
 */
export const THRESHOLD_TOLERANCE = 1e-9

export function compare(actual: number, op: Operator, limit: number): boolean {
  const equal = actual === limit || (Number.isFinite(actual) && Math.abs(actual - limit) <= THRESHOLD_TOLERANCE * Math.max(Math.abs(actual), Math.abs(limit)))
  switch (op) {
    case '>':
      return actual > limit && !equal
    case '>=':
      return actual > limit || equal
    case '<':
      return actual < limit && !equal
    case '<=':
      return actual < limit || equal
  }
}

/** The counts a threshold can test. */
export function countOf(diff: Diff, id: CountId): number {
  const s = diff.summary
  switch (id) {
    case 'metrics.changed':
      return s.metrics.changed + s.metrics.added + s.metrics.removed
    case 'decisions.changed':
      return diff.decisions.length
    case 'findings.added':
      return s.findings.added
    case 'findings.resolved':
      return s.findings.resolved
    case 'conventions.changed':
      return s.conventions.changed
    case 'workloads.added':
      return s.workloads.added
    case 'workloads.removed':
      return s.workloads.removed
  }
}

/**
 * Whether a threshold holds. A count is compared as it is. A metric's change
 * is compared: head − base, or (head − base) ÷ |base| for a relative threshold
 * (from a base of 0, any rise is +∞ and any fall −∞). A metric present in
 * only one version counts as changed: every threshold on it holds.
 */
export function evaluate(t: Threshold, diff: Diff): ThresholdResult {
  if (t.unit === null) {
    const count = countOf(diff, t.metric as CountId)
    return {...t, actual: count, holds: compare(count, t.operator, t.value)}
  }
  const m = diff.metrics.find((d) => d.id === t.metric)!
  if (m.status === 'added' || m.status === 'removed') return {...t, actual: null, holds: true}
  if (t.relative) {
    const actual = relativeChange(m)
    return {...t, actual: Number.isFinite(actual) ? actual : null, holds: compare(actual, t.operator, t.value)}
  }
  return {...t, actual: m.delta, holds: compare(m.delta!, t.operator, t.value)}
}

function relativeChange(m: MetricDelta): number {
  if (m.relative !== null) return m.relative
  return m.delta! > 0 ? Infinity : m.delta! < 0 ? -Infinity : 0
}

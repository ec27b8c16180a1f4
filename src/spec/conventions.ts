import type {Conventions, Input} from './model.js'
import type {UnitConventions} from '../quantity/units.js'
import type {MathParse} from '../quantity/expression.js'
import type {SourceDocument} from './document.js'
import {DEFAULT_SAMPLING, FieldResolver, type Sampling} from './fields.js'
import {DAYS_PER_MONTH, DAYS_PER_YEAR, SECONDS_PER_DAY} from '../quantity/calendar.js'
import {defaultCalendar, resolveCalendar} from './calendar.js'

/** Defaults, each the common choice in published estimates. */
export const DEFAULTS = {
  secondsPerDay: SECONDS_PER_DAY,
  monthDays: DAYS_PER_MONTH,
  yearDays: DAYS_PER_YEAR,
  targetUtilization: 0.7,
  cacheHotShare: 0.2,
  peakFactor: 2,
} as const

/**
 * Reads the conventions, which must come first: they give `day`, `month`,
 * `year` and `KB` their sizes for every other field. The day is read first,
 * then the month and year in units of that day (calendar.ts says in which
 * order, when one is defined from the other).
 */
export function resolveConventions(source: SourceDocument, mathParse: MathParse | null, sampling: Sampling = DEFAULT_SAMPLING): {conventions: Conventions; units: UnitConventions; resolver: FieldResolver} {
  const byteUnits = (source.data as {conventions?: {byteUnits?: string}} | null)?.conventions?.byteUnits
  const binaryBytes = byteUnits === 'binary'
  const dayResolver = new FieldResolver(source, defaultCalendar(DEFAULTS.secondsPerDay, binaryBytes), mathParse, sampling)
  const secondsPerDay = positive(dayResolver, 'conventions.secondsPerDay', DEFAULTS.secondsPerDay)
  const calendar = resolveCalendar(source, mathParse, sampling, secondsPerDay.value, binaryBytes, positive)
  const {secondsPerMonth, secondsPerYear} = calendar
  const units: UnitConventions = {secondsPerDay: secondsPerDay.value, secondsPerMonth: secondsPerMonth.value, secondsPerYear: secondsPerYear.value, binaryBytes}

  const resolver = new FieldResolver(source, units, mathParse, sampling)
  resolver.diagnostics.push(...dayResolver.diagnostics, ...calendar.diagnostics)
  const daysPerYear: Input = {...secondsPerYear, value: secondsPerYear.value / secondsPerDay.value}
  const conventions: Conventions = {
    secondsPerDay,
    secondsPerMonth,
    daysPerYear,
    byteUnits: binaryBytes ? 'binary' : 'decimal',
    ...(byteUnits === 'binary' || byteUnits === 'decimal' ? {byteUnitsStated: true} : {}),
    targetUtilization: utilization(resolver),
    cacheHotShare: certain(resolver, orDefault(resolver, 'conventions.cacheHotShare', DEFAULTS.cacheHotShare)),
    monthInDays: calendar.monthInDays,
    ...stated(resolver, 'conventions.quarter', 'secondsPerQuarter', 'a quarter of 90 days is `90 days`; leave it out for a year ÷ 4'),
  }
  return {conventions, units, resolver}
}

/** A field's value as an engine input, or the default when absent (or invalid: its error is already recorded). */
export function orDefault(resolver: FieldResolver, path: string, fallback: number): Input {
  const q = resolver.quantity(path)
  if (q === null) return {value: fallback, path, isDefault: true}
  return q.samples ? {value: q.value, path, samples: q.samples} : {value: q.value, path}
}

/** Conventions are definitions, not estimates: a range there is an error. */
export function certain(resolver: FieldResolver, input: Input): Input {
  if (!input.samples) return input
  resolver.report(input.path, `\`${input.path}\` is a convention and cannot be a range`, 'give it one value; put the uncertainty in the inputs it applies to')
  const {samples: _samples, ...rest} = input
  return rest
}

function positive(resolver: FieldResolver, path: string, fallback: number): Input {
  const input = certain(resolver, orDefault(resolver, path, fallback))
  if (!input.isDefault && input.value === 0) {
    resolver.report(path, `\`${path}\` must be greater than zero`, `leave it out for the default, ${path.endsWith('secondsPerDay') ? DEFAULTS.secondsPerDay : path.endsWith('month') ? `${DEFAULTS.monthDays} days` : `${DEFAULTS.yearDays} days`}`)
    return {value: fallback, path, isDefault: true}
  }
  return input
}

/**
 * A convention with no default value of its own (the quarter: a year ÷ 4 unless
 * stated), as a model field only when the spec states it, so that a spec that
 * does not is estimated exactly as before. Zero is refused.
 */
function stated<K extends string>(resolver: FieldResolver, path: string, key: K, hint: string): Partial<Record<K, Input>> {
  if (!resolver.has(path)) return {}
  const input = certain(resolver, orDefault(resolver, path, 0))
  if (input.isDefault) return {}
  if (input.value === 0) {
    resolver.report(path, `\`${path}\` must be greater than zero`, hint)
    return {}
  }
  return {[key]: input} as Partial<Record<K, Input>>
}

/** Target utilisation, given directly or as headroom (its complement); 70 % by default. */
function utilization(resolver: FieldResolver): Input {
  for (const path of ['conventions.targetUtilization', 'conventions.headroom']) certain(resolver, orDefault(resolver, path, 0))
  const direct = resolver.get('conventions.targetUtilization')
  const headroom = resolver.get('conventions.headroom')
  if (direct !== null && headroom !== null) {
    resolver.report('conventions.headroom', 'give `targetUtilization` or `headroom`, not both', 'headroom is 1 − targetUtilization; keep the one you think in')
  }
  if (direct !== null) {
    if (direct === 0) resolver.report('conventions.targetUtilization', '`conventions.targetUtilization` must be greater than 0 %', 'a typical target is 70 % or 80 %')
    return {value: direct || DEFAULTS.targetUtilization, path: 'conventions.targetUtilization'}
  }
  if (headroom !== null) {
    if (headroom >= 1) resolver.report('conventions.headroom', '`conventions.headroom` must be below 100 %', 'a typical headroom is 20 % or 30 %')
    return {value: headroom < 1 ? 1 - headroom : DEFAULTS.targetUtilization, path: 'conventions.headroom'}
  }
  return {value: DEFAULTS.targetUtilization, path: 'conventions.targetUtilization', isDefault: true}
}

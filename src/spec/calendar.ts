import type {Input} from './model.js'
import type {Diagnostic} from './diagnostic.js'
import type {SourceDocument} from './document.js'
import {FieldResolver, type Sampling} from './fields.js'
import type {MathParse} from '../quantity/expression.js'
import {DAYS_PER_MONTH, DAYS_PER_YEAR} from '../quantity/calendar.js'
import type {UnitConventions} from '../quantity/units.js'

const MONTH = 'conventions.month'
const YEAR = 'conventions.year'

/** Reads a calendar length (positive, not a range), or its default: conventions.ts's `positive`. */
export type ReadLength = (resolver: FieldResolver, path: string, fallback: number) => Input

/** The month and year of a spec, in seconds, and whether the month is counted in the spec's days. */
export interface Calendar {
  readonly secondsPerMonth: Input
  readonly secondsPerYear: Input
  /**
   * Whether the month's length follows the length of the day (`30 days`, the
   * default) rather than being fixed in seconds (`2.5M s`): the metrics derived
   * from it then rest on `secondsPerDay` as well.
   */
  readonly monthInDays: boolean
  readonly diagnostics: readonly Diagnostic[]
}

/** The default calendar for a day: a 30-day month and a 365-day year of that day. */
export function defaultCalendar(secondsPerDay: number, binaryBytes: boolean): UnitConventions {
  return {secondsPerDay, secondsPerMonth: DAYS_PER_MONTH * secondsPerDay, secondsPerYear: DAYS_PER_YEAR * secondsPerDay, binaryBytes}
}

/**
 * The month and the year, each read in the units of the other when it is
 * defined from it: `year: 12 months` is twelve of the spec's months (not of
 * the default 30-day month), `month: 1 year / 12` a twelfth of the spec's year.
 * Which one is defined from the other is found by reading each under two
 * lengths of the other: a value that moves depends on it. Both defined from
 * each other is a cycle, refused at the year.
 */
export function resolveCalendar(source: SourceDocument, mathParse: MathParse | null, sampling: Sampling, secondsPerDay: number, binaryBytes: boolean, read: ReadLength): Calendar {
  const at = resolveAt(source, mathParse, sampling, secondsPerDay, binaryBytes, read)
  if (!hasCalendar(source)) return {...at, monthInDays: true}
  // A month in days doubles with the day; one in seconds (`2.5M s`) does not.
  const doubled = resolveAt(source, mathParse, sampling, 2 * secondsPerDay, binaryBytes, read)
  return {...at, monthInDays: doubled.secondsPerMonth.value !== at.secondsPerMonth.value}
}

function resolveAt(source: SourceDocument, mathParse: MathParse | null, sampling: Sampling, secondsPerDay: number, binaryBytes: boolean, read: ReadLength): Omit<Calendar, 'monthInDays'> {
  const provisional = defaultCalendar(secondsPerDay, binaryBytes)
  const resolver = (conv: UnitConventions): FieldResolver => new FieldResolver(source, conv, mathParse, sampling)
  const yearFromMonth = hasCalendar(source) && dependsOn(source, mathParse, sampling, YEAR, provisional, 'secondsPerMonth')
  const monthFromYear = hasCalendar(source) && dependsOn(source, mathParse, sampling, MONTH, provisional, 'secondsPerYear')
  if (yearFromMonth && monthFromYear) {
    const r = resolver(provisional)
    r.report(YEAR, `\`${YEAR}\` (\`${r.writtenText(YEAR)}\`) and \`${MONTH}\` (\`${r.writtenText(MONTH)}\`) are defined from each other`, 'give one of them in days or seconds, e.g. `year: 365 days` with `month: 1 year / 12`')
    return {secondsPerMonth: {value: provisional.secondsPerMonth, path: MONTH, isDefault: true}, secondsPerYear: {value: provisional.secondsPerYear, path: YEAR, isDefault: true}, diagnostics: r.diagnostics}
  }
  if (yearFromMonth) {
    const first = resolver(provisional)
    const secondsPerMonth = read(first, MONTH, provisional.secondsPerMonth)
    const second = resolver({...provisional, secondsPerMonth: secondsPerMonth.value})
    const secondsPerYear = read(second, YEAR, provisional.secondsPerYear)
    return {secondsPerMonth, secondsPerYear, diagnostics: [...first.diagnostics, ...second.diagnostics]}
  }
  if (monthFromYear) {
    const first = resolver(provisional)
    const secondsPerYear = read(first, YEAR, provisional.secondsPerYear)
    const second = resolver({...provisional, secondsPerYear: secondsPerYear.value})
    const secondsPerMonth = read(second, MONTH, provisional.secondsPerMonth)
    return {secondsPerMonth, secondsPerYear, diagnostics: [...first.diagnostics, ...second.diagnostics]}
  }
  const r = resolver(provisional)
  const secondsPerMonth = read(r, MONTH, provisional.secondsPerMonth)
  const secondsPerYear = read(r, YEAR, provisional.secondsPerYear)
  return {secondsPerMonth, secondsPerYear, diagnostics: r.diagnostics}
}

function hasCalendar(source: SourceDocument): boolean {
  const c = (source.data as {conventions?: unknown} | null)?.conventions
  if (c === null || typeof c !== 'object') return false
  return Object.hasOwn(c, 'month') || Object.hasOwn(c, 'year')
}

/** Whether a field's value changes with the length of a month or a year (its problems are left to the real reading). */
function dependsOn(source: SourceDocument, mathParse: MathParse | null, sampling: Sampling, path: string, conv: UnitConventions, length: 'secondsPerMonth' | 'secondsPerYear'): boolean {
  const once = new FieldResolver(source, conv, mathParse, sampling).get(path)
  const twice = new FieldResolver(source, {...conv, [length]: 2 * conv[length]}, mathParse, sampling).get(path)
  return once !== null && twice !== null && once !== twice
}

import type {Unit} from './base-unit.js'
import {SECONDS_PER_DAY} from './calendar.js'

/**
 * Human formatting of numbers, done once, here, for every renderer. Nothing
 * uses the locale (no toLocaleString, no Intl): the same number prints the same
 * on every machine. Three significant figures is the napkin-maths precision;
 * the JSON keeps the exact values.
 */

/** `value` to `digits` significant figures, without exponent or trailing zeros. */
export function significant(value: number, digits = 3): string {
  if (value === 0) return '0'
  if (!Number.isFinite(value)) return value > 0 ? 'too large' : 'too small'
  const magnitude = Math.floor(Math.log10(Math.abs(value)))
  const decimals = Math.max(0, digits - 1 - magnitude)
  let text = value.toFixed(Math.min(decimals, 20))
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '')
  return text === '-0' ? '0' : text
}

/** 1234567.8 → `1,234,568`; grouping with commas, whatever the locale. */
export function grouped(value: number, decimals = 0): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.')
  const withCommas = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${withCommas}${frac ? `.${frac}` : ''}`
}

/**
 * A billion is `bn`: `1.5 B` beside a table's bytes (`0 B`) read as bytes,
 * and in a spec `800 B` is bytes (units.ts), so a count copied from the
 * output into a spec meant something else. `1.5bn` and `1.5B` both read back
 * as a billion (COUNT_SUFFIXES).
 */
const COUNT_SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'bn'],
  [1e6, 'M'],
  [1e3, 'K'],
]

/** 3472.2 → `3.47 K`; 1.5e9 → `1.5 bn`. */
export function formatCount(value: number): string {
  for (const [scale, suffix] of COUNT_SCALES) {
    // Round first so 999,999 becomes `1 M`, not `1000 K`.
    if (Math.abs(value) >= scale * 0.9995) return `${significant(value / scale)} ${suffix}`
  }
  return significant(value)
}

const DECIMAL_BYTES = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB']
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB']

/** The byte unit a value reads best in: 5.5188e16 → {divisor: 1e15, name: 'PB'}. */
export function byteScale(value: number, binary = false): {readonly divisor: number; readonly name: string} {
  const base = binary ? 1024 : 1000
  const names = binary ? BINARY_BYTES : DECIMAL_BYTES
  let i = 0
  let divisor = 1
  // Round first so 999.9 GB becomes `1 TB`, not `1000 GB`.
  while (i < names.length - 1 && Math.abs(value / divisor) >= base * 0.9995) {
    divisor *= base
    i++
  }
  return {divisor, name: names[i]!}
}

/** 5.5188e16 → `55.2 PB` (decimal) or `49 PiB` (binary). */
export function formatBytes(value: number, binary = false): string {
  const {divisor, name} = byteScale(value, binary)
  return `${significant(value / divisor)} ${name}`
}

/** US dollars: `$1,234` from 100 up, `$12.35` below (cents matter only for small bills). */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  return `${sign}$${abs >= 100 ? grouped(abs) : grouped(abs, 2)}`
}

/**
 * Seconds as a duration, the way people write one: `52m 34s`, `6h 30m`,
 * `1h`, `2d 2h`, `1 day`, `5 days`, `8.64s`, `500 ms`. Components that are
 * zero are left out (`1h`, never `1h 0m 0s`); a whole number of days reads
 * as days in words. Below a day the clock is rounded to the second, from a
 * day up to the minute.
 */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s'
  if (!Number.isFinite(seconds)) return significant(seconds)
  if (seconds < 0) return `-${formatDuration(-seconds)}`
  if (seconds < 1e-3) return `${significant(seconds * 1e6)} µs`
  if (seconds < 1) return `${significant(seconds * 1e3)} ms`
  if (seconds < 60) return `${significant(seconds)}s`
  if (seconds < SECONDS_PER_DAY) {
    const total = Math.round(seconds)
    return clock([
      [Math.floor(total / 3600), 'h'],
      [Math.floor((total % 3600) / 60), 'm'],
      [total % 60, 's'],
    ])
  }
  const minutes = Math.round(seconds / 60)
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  if (h === 0 && m === 0) return `${grouped(d)} ${d === 1 ? 'day' : 'days'}`
  return clock([
    [d, 'd'],
    [h, 'h'],
    [m, 'm'],
  ])
}

/** `[[6, 'h'], [0, 'm'], [30, 's']]` → `6h 30s`: the components that are not zero. */
function clock(parts: ReadonlyArray<readonly [number, string]>): string {
  return parts
    .filter(([n]) => n !== 0)
    .map(([n, unit]) => `${unit === 'd' ? grouped(n) : n}${unit}`)
    .join(' ')
}

/** From here up a share is read by its nines (99.95 %, 99.999 %), and keeps its decimals. */
const NINES_FROM = 0.99

/**
 * A fraction as a percentage. Below 99 %, three significant figures, the
 * napkin precision of every other number (a utilisation of 96.2%, a key space
 * 5.22% used, 0.092% of a quota). From 99 % up, up to four decimals:
 * 0.9999 → `99.99%`; a value just short of 1 keeps the decimals that show it
 * is short (0.99999999 → `99.999999%`, not `100%`): nines are what
 * availability is about.
 */
export function formatPercent(ratio: number): string {
  if (Math.abs(ratio) < NINES_FROM) return `${significant(ratio * 100)}%`
  const trim = (text: string): string => text.replace(/0+$/, '').replace(/\.$/, '')
  let decimals = 4
  let text = trim((ratio * 100).toFixed(decimals))
  while (ratio < 1 && text === '100' && decimals < 12) text = trim((ratio * 100).toFixed(++decimals))
  return `${text}%`
}

/** A metric's value in the unit a person reads it in. */
export function formatValue(value: number, unit: Unit, binary = false): string {
  switch (unit) {
    case 'users':
    case 'req':
    case 'count':
      return formatCount(value)
    case 'req/s':
      return `${formatCount(value)}/s`
    case 'B':
      return formatBytes(value, binary)
    case 'B/s':
      return `${formatBytes(value, binary)}/s`
    case 's':
      return formatDuration(value)
    case 'days':
      return `${significant(value, 6)} ${value === 1 ? 'day' : 'days'}`
    case 'years':
      return `${significant(value)} ${value === 1 ? 'year' : 'years'}`
    case 'ratio':
      return formatPercent(value)
    case 'x':
      return `${significant(value)}×`
    case 'USD':
      return formatUsd(value)
    case 'USD/B':
      return formatPricePerSize(value, binary)
    case 'USD/req':
      return `$${significant(value * 1e6)} per million`
  }
}

/** A price per byte as it is quoted, per the size it reads best at: 2e-11 → `$0.02/GB`; 2e-14 → `$0.02/TB`. */
function formatPricePerSize(perByte: number, binary: boolean): string {
  const base = binary ? 1024 : 1000
  const names = binary ? BINARY_BYTES : DECIMAL_BYTES
  if (perByte === 0) return `$0/${names[3]}`
  // The smallest size at which the price is at least a tenth of a cent (`$0.02/GB`, not `$0.00002/MB`).
  let i = 0
  while (i < names.length - 1 && Math.abs(perByte) * base ** i < 0.001) i++
  return `$${significant(perByte * base ** i)}/${names[i]}`
}

/**
 * A number as a sentence quotes it (decision reasons, review findings, plan
 * arithmetic): rates and counts in full below a million, so the reader can
 * redo the sum (`6,944/s`, `300,000`), everything else in human units
 * (`55.2 PB`, `12 M`).
 */
export function formatQuoted(value: number, unit: Unit | undefined): string {
  // A fraction of one (0.01 reads an object a year, 0.3 writes a second) keeps two significant digits; rounded, it would print 0.
  if ((unit === 'req/s' || unit === 'count' || unit === 'users' || unit === undefined) && value > 0 && value < 0.95) return `${significant(value, 2)}${unit === 'req/s' ? '/s' : ''}`
  if (unit === 'req/s' && value < 1e6) return `${grouped(value)}/s`
  if ((unit === 'count' || unit === 'users' || unit === undefined) && value < 1e6) return grouped(value, Number.isInteger(value) ? 0 : 1)
  return unit ? formatValue(value, unit) : String(value)
}

/** The calendar a span is counted in: the spec's day and year. */
export interface SpanCalendar {
  readonly secondsPerDay: number
  readonly secondsPerYear: number
}

/**
 * A span of time (retention, a window) the way a person states it: whole
 * years as years (`5 years`), otherwise days from one day up (`90 days`,
 * `547.5 days`), shorter spans as a clock duration (`6h`, `6h 30m`). Years must
 * be whole to read as years: `730 days` under a 365.25-day year stays days,
 * as written.
 */
export function formatSpan(seconds: number, calendar: SpanCalendar): string {
  const years = seconds / calendar.secondsPerYear
  const wholeYears = Math.round(years)
  if (years >= 1 && Math.abs(years - wholeYears) < 1e-9 * wholeYears) return `${wholeYears} ${wholeYears === 1 ? 'year' : 'years'}`
  const days = seconds / calendar.secondsPerDay
  if (days >= 1) {
    const text = significant(days, 4)
    return `${text} ${text === '1' ? 'day' : 'days'}`
  }
  return formatDuration(seconds)
}

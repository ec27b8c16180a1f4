import type {UnitConventions} from './units.js'

/**
 * The calendar's fixed sizes, in seconds. A spec may state its own day, month
 * and year (conventions); these are the defaults, and the fixed calendar of
 * files shared across specs (overlays, sizeup.config.yaml, --fail-on), which
 * no single spec's conventions can apply to.
 */
export const SECONDS_PER_MINUTE = 60
export const SECONDS_PER_HOUR = 3_600
/** 24 × 3,600. */
export const SECONDS_PER_DAY = 86_400
/** A week is seven of the spec's days, whatever their length. */
export const DAYS_PER_WEEK = 7
/** The default month: 30 days, the common choice in published estimates. */
export const DAYS_PER_MONTH = 30
/** The default year: 365 days (a spec may say 365.25 or 365.2425). */
export const DAYS_PER_YEAR = 365

/** 30 × 86,400 = 2,592,000 s. */
export const SECONDS_PER_MONTH = DAYS_PER_MONTH * SECONDS_PER_DAY
/** 365 × 86,400 = 31,536,000 s. */
export const SECONDS_PER_YEAR = DAYS_PER_YEAR * SECONDS_PER_DAY

/** A day of 86,400 s, a 30-day month, a 365-day year and decimal bytes (1 KB = 1,000 B; KiB is binary). */
export const FIXED_CALENDAR: UnitConventions = {secondsPerDay: SECONDS_PER_DAY, secondsPerMonth: SECONDS_PER_MONTH, secondsPerYear: SECONDS_PER_YEAR, binaryBytes: false}

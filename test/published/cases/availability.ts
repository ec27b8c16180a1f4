import {EXACT, type PublishedCase, type PublishedValue, ROUNDED, type Unit} from '../corpus.js'

/*
 * Availability targets and the downtime they allow: the Google SRE book, the
 * Google Cloud CRE blog, the System Design Primer's "Availability in numbers"
 * and QNX's high-availability cookbook.
 */

type Cell = readonly [number, Unit]
const PERIODS = ['year', 'quarter', 'month', 'week', 'day', 'hour'] as const

/**
 * The SRE book's Table A-1, as printed: a row per target (the base scenario is
 * 90 %), a cell per period. Exact = (1 − target) × period with a 365-day year,
 * 90-day quarter, 30-day month; every cell has three significant figures (or
 * is exact), so ±0.5 %, but two.
 */
const SRE_TABLE: ReadonlyArray<readonly [string, string | undefined, readonly Cell[]]> = [
  ['90%', undefined, [[36.5, 'day'], [9, 'day'], [3, 'day'], [16.8, 'h'], [2.4, 'h'], [6, 'min']]],
  ['95%', 'n95', [[18.25, 'day'], [4.5, 'day'], [1.5, 'day'], [8.4, 'h'], [1.2, 'h'], [3, 'min']]],
  ['99%', 'n99', [[3.65, 'day'], [21.6, 'h'], [7.2, 'h'], [1.68, 'h'], [14.4, 'min'], [36, 's']]],
  // 1.825 days printed as 1.83
  ['99.5%', 'n99_5', [[1.83, 'day'], [10.8, 'h'], [3.6, 'h'], [50.4, 'min'], [7.2, 'min'], [18, 's']]],
  // 10.08 minutes a week printed as 10.1
  ['99.9%', 'n99_9', [[8.76, 'h'], [2.16, 'h'], [43.2, 'min'], [10.1, 'min'], [1.44, 'min'], [3.6, 's']]],
  ['99.95%', 'n99_95', [[4.38, 'h'], [1.08, 'h'], [21.6, 'min'], [5.04, 'min'], [43.2, 's'], [1.8, 's']]],
  // 52.56 minutes a year printed as 52.6, 60.48 seconds a week as 60.5
  ['99.99%', 'n99_99', [[52.6, 'min'], [12.96, 'min'], [4.32, 'min'], [60.5, 's'], [8.64, 's'], [0.36, 's']]],
  // 5.256 minutes printed as 5.26, 1.296 as 1.30
  ['99.999%', 'n99_999', [[5.26, 'min'], [1.3, 'min'], [25.9, 's'], [6.05, 's'], [0.87, 's'], [0.04, 's']]],
]

/** The two cells of the table that are wrong, by target and period. */
const SRE_WRONG: Readonly<Record<string, PublishedValue['wrong']>> = {
  '99.999% day': {correct: 0.864, why: '86,400 s × 0.00001 = 0.864 s: 0.86 s at three significant figures, not 0.87'},
  '99.999% hour': {correct: 0.036, why: '3,600 s × 0.00001 = 0.036 s: rounded to two decimals, 11 % off, where every other cell has three significant figures'},
}

const sreTable: PublishedValue[] = SRE_TABLE.flatMap(([target, scenario, cells]) =>
  cells.map(([published, unit], i) => {
    const period = PERIODS[i]!
    const wrong = SRE_WRONG[`${target} ${period}`]
    const quote = `${target} | per ${period} | ${published} ${unit}`
    return {metric: `availability.slo.downtime.${period}`, scenario, published, unit, tolerance: EXACT, quote, ...(wrong ? {wrong} : {})}
  }),
)

export const AVAILABILITY: readonly PublishedCase[] = [
  {
    id: 'sre-availability-table',
    title: 'Beyer et al., Site Reliability Engineering (2016), Appendix A "Availability Table", Table A-1',
    sources: ['https://sre.google/sre-book/availability-table/', 'k8s4/various: examples/sre/README.md'],
    reading: 'copy',
    values: sreTable,
  },
  {
    id: 'gcp-cre-error-budget',
    title: 'Ross and Brown, "Available . . . or not? That is the question — CRE life lessons", Google Cloud blog (2017)',
    sources: ['https://cloud.google.com/blog/products/gcp/available-or-not-that-is-the-question-cre-life-lessons'],
    reading: 'primary',
    values: [
      // 30 days × 1,440 min = 43,200 min
      {metric: 'convention.secondsPerMonth', published: 43_200, unit: 'min', tolerance: EXACT, quote: 'a fixed period of time (e.g., 30 days, 43200 minutes)'},
      // 43,200 min × (1 − 0.999) = 43.2 min
      {metric: 'availability.slo.downtime.month', published: 43.2, unit: 'min', tolerance: EXACT, quote: 'must not be down for more than 43.2 minutes over the 30 days'},
    ],
  },
  {
    id: 'sre-embracing-risk',
    title: 'Beyer et al., Site Reliability Engineering (2016), chapter 3 "Embracing Risk": "Measuring Service Risk" and "Forming Your Error Budget"',
    sources: ['https://sre.google/sre-book/embracing-risk/'],
    reading: 'copy',
    values: [
      // 365 × 1,440 min × (1 − 0.9999) = 52.56 min
      {metric: 'availability.slo.downtime.year', published: 52.56, unit: 'min', tolerance: EXACT, quote: 'can be down for up to 52.56 minutes in a year and stay within its availability target'},
      // 2,500,000 requests × (1 − 0.9999) = 250
      {metric: 'availability.errorBudget.requestsPerDay', published: 250, unit: 'count', tolerance: EXACT, quote: 'serves 2.5M requests in a day with a daily availability target of 99.99% can serve up to 250 errors'},
    ],
  },
  {
    id: 'gitlab-error-budget',
    title: 'GitLab Handbook, "Engineering Error Budgets": "Budget allocation"',
    sources: ['https://handbook.gitlab.com/handbook/engineering/error-budgets/'],
    reading: 'primary',
    values: [
      // 28 × 1,440 min × (1 − 0.9995) = 20.16 min
      {metric: 'availability.slo.downtime.month', published: 20, unit: 'min', tolerance: ROUNDED, quote: 'allowed unavailability window is `20 minutes per 28 day period`'},
    ],
  },
  {
    id: 'sdp-availability-numbers',
    title: 'Martin, The System Design Primer, README: "Availability in numbers" and "Availability in parallel vs in sequence"',
    sources: ['https://github.com/donnemartin/system-design-primer#availability-in-numbers', 'donnemartin/system-design-primer: README.md'],
    reading: 'copy',
    // A Gregorian year of 31,556,952 s, a month of a twelfth of it (2,629,746 s), 604,800 s weeks, 86,400 s days.
    // The table gives tenths of a second: ±0.5 % (8.6 s for 8.64 s is 0.46 % off).
    values: [
      // 31,556,952 s × 0.001 = 31,556.95 s = 8 h 45 min 56.95 s
      {metric: 'availability.slo.downtime.year', published: 8 * 3600 + 45 * 60 + 57, unit: 's', tolerance: EXACT, quote: '99.9% … Downtime per year | 8h 45min 57s'},
      // 2,629,746 s × 0.001 = 2,629.75 s = 43 min 49.75 s
      {metric: 'availability.slo.downtime.month', published: 43 * 60 + 49.7, unit: 's', tolerance: EXACT, quote: '99.9% … Downtime per month | 43m 49.7s'},
      // 604,800 s × 0.001 = 604.8 s
      {metric: 'availability.slo.downtime.week', published: 10 * 60 + 4.8, unit: 's', tolerance: EXACT, quote: '99.9% … Downtime per week | 10m 4.8s'},
      // 86,400 s × 0.001 = 86.4 s
      {metric: 'availability.slo.downtime.day', published: 60 + 26.4, unit: 's', tolerance: EXACT, quote: '99.9% … Downtime per day | 1m 26.4s'},
      // 31,556,952 s × 0.0001 = 3,155.7 s = 52 min 35.7 s
      {metric: 'availability.slo.downtime.year', scenario: 'four-nines', published: 52 * 60 + 35.7, unit: 's', tolerance: EXACT, quote: '99.99% … Downtime per year | 52min 35.7s'},
      // 2,629,746 s × 0.0001 = 262.97 s
      {metric: 'availability.slo.downtime.month', scenario: 'four-nines', published: 4 * 60 + 23, unit: 's', tolerance: EXACT, quote: '99.99% … Downtime per month | 4m 23s'},
      {
        metric: 'availability.slo.downtime.week',
        scenario: 'four-nines',
        published: 60 + 5,
        unit: 's',
        tolerance: EXACT,
        quote: '99.99% … Downtime per week | 1m 5s',
        wrong: {correct: 60.48, why: '604,800 s × 0.0001 = 60.48 s, "1m 0.5s" in the table\'s style; 65 s is 7.5 % more'},
      },
      // 86,400 s × 0.0001 = 8.64 s
      {metric: 'availability.slo.downtime.day', scenario: 'four-nines', published: 8.6, unit: 's', tolerance: EXACT, quote: '99.99% … Downtime per day | 8.6s'},
      // 0.999 × 0.999 = 0.998001
      {metric: 'availability.composite', published: 99.8, unit: '%', tolerance: EXACT, quote: 'their total availability in sequence would be 99.8%'},
      // 1 − 0.001 × 0.001 = 0.999999
      {metric: 'availability.composite', scenario: 'in-parallel', published: 99.9999, unit: '%', tolerance: EXACT, quote: 'their total availability in parallel would be 99.9999%'},
    ],
  },
  {
    id: 'qnx-series-availability',
    title: 'QNX Neutrino cookbook, "High Availability": "Series calculations"',
    sources: ['http://www.qnx.com/developers/docs/qnxcar2/topic/com.qnx.doc.neutrino.cookbook/topic/s1_ha_Series_calculations.html'],
    reading: 'primary',
    values: [
      // 365 × 86,400 = 31,536,000 s, said as "31 and a half million"
      {metric: 'calendar.secondsPerYear', published: 31.5e6, unit: 's', tolerance: ROUNDED, quote: 'One year has 365 × 24 × 60 × 60 seconds (31 and a half million seconds)'},
      // 31,536,000 s × 0.00001 = 315.36 s
      {metric: 'availability.composite.downtime.year', published: 315, unit: 's', tolerance: EXACT, quote: 'taking the 31 and a half million seconds times 0.00001 gives us 315 seconds'},
      // 0.99999 × 0.99999 = 0.9999800001
      {metric: 'availability.composite', scenario: 'in-series', published: 99.998, unit: '%', tolerance: EXACT, quote: 'connecting the two modules in series will be 99.998%'},
      // 31,536,000 s × (1 − 0.9999800001) = 630.72 s
      {metric: 'availability.composite.downtime.year', scenario: 'in-series', published: 630, unit: 's', tolerance: EXACT, quote: 'we come up with 630 seconds'},
      {metric: 'availability.composite.downtime.year', scenario: 'in-series', published: 10.5, unit: 'min', tolerance: EXACT, quote: 'or 10.5 minutes of downtime'},
    ],
  },
]

import type {CalendarId, ConventionId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Conventions} from '../spec/model.js'

/** Ids of the convention nodes and the calendar figures derived from them. */
export const CONV = {
  secondsPerDay: 'convention.secondsPerDay',
  secondsPerMonth: 'convention.secondsPerMonth',
  daysPerYear: 'convention.daysPerYear',
  secondsPerQuarter: 'convention.secondsPerQuarter',
  targetUtilization: 'convention.targetUtilization',
  cacheHotShare: 'convention.cacheHotShare',
  daysPerMonth: 'calendar.daysPerMonth',
  secondsPerYear: 'calendar.secondsPerYear',
} as const satisfies Record<string, ConventionId | CalendarId>

/** Registers the conventions and the calendar lengths every other metric reads. */
export function addConventions(ledger: Ledger, c: Conventions): void {
  ledger.convention('secondsPerDay', 'Seconds per day', 's', c.secondsPerDay)
  // A month of 30 days is 30 of the spec's days; a year in days counts those days, and one in
  // seconds is divided by the day to give its days: either way both rest on secondsPerDay.
  ledger.convention('secondsPerMonth', 'Seconds per month', 's', c.secondsPerMonth, c.monthInDays === false ? [] : ['secondsPerDay'])
  ledger.convention('daysPerYear', 'Days per year', 'days', c.daysPerYear, ['secondsPerDay'])
  if (c.secondsPerQuarter) ledger.convention('secondsPerQuarter', 'Seconds per quarter', 's', c.secondsPerQuarter)
  ledger.convention('targetUtilization', 'Target utilisation at peak', 'ratio', c.targetUtilization)
  ledger.convention('cacheHotShare', 'Cache hot share of daily reads', 'ratio', c.cacheHotShare)
  ledger.derive(
    CONV.daysPerMonth,
    'Days per month',
    'days',
    'secondsPerMonth ÷ secondsPerDay',
    {secondsPerMonth: CONV.secondsPerMonth, secondsPerDay: CONV.secondsPerDay},
    (v) => v.secondsPerMonth / v.secondsPerDay,
  )
  ledger.derive(
    CONV.secondsPerYear,
    'Seconds per year',
    's',
    'daysPerYear × secondsPerDay',
    {daysPerYear: CONV.daysPerYear, secondsPerDay: CONV.secondsPerDay},
    (v) => v.daysPerYear * v.secondsPerDay,
  )
}

import {CONV} from './conventions.js'
import type {BurnRateAlertName, BurnRateId, InputId, MetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel} from '../spec/model.js'
import {SECONDS_PER_HOUR, SECONDS_PER_MINUTE} from '../quantity/calendar.js'

/** A day of alerting is 86,400 s whatever the spec's day: the alert windows are clock time. */
const CLOCK_DAY_SECONDS = 24 * SECONDS_PER_HOUR
/** The window the SRE Workbook's table is derived for, and the default `slo.window`: 30 days. */
export const DEFAULT_SLO_WINDOW_DAYS = 30

/** One multi-window burn-rate alert: fire when the burn rate over both windows exceeds the threshold. */
export interface BurnRateAlert {
  readonly name: BurnRateAlertName
  /** `page` or `ticket`, as the Workbook's table says. */
  readonly severity: 'page' | 'ticket'
  /** Share of the window's error budget spent when the alert fires at its threshold over the long window. */
  readonly budgetConsumed: number
  readonly longWindowSeconds: number
  /** 1/12 of the long window: the alert resets soon after the errors stop. */
  readonly shortWindowSeconds: number
}

/**
 * The SRE Workbook, ch. 5 "Alerting on SLOs", Table 5-8 (recommended parameters
 * for a 30-day SLO): page at 2 % of the budget spent in 1 h (short window 5 min),
 * page at 5 % in 6 h (30 min), ticket at 10 % in 3 days (6 h). Burn rate =
 * budget consumed × SLO window ÷ long window: 14.4, 6 and 1 for 30 days.
 */
export const BURN_RATE_ALERTS: readonly BurnRateAlert[] = [
  {name: 'fast', severity: 'page', budgetConsumed: 0.02, longWindowSeconds: SECONDS_PER_HOUR, shortWindowSeconds: 5 * SECONDS_PER_MINUTE},
  {name: 'slow', severity: 'page', budgetConsumed: 0.05, longWindowSeconds: 6 * SECONDS_PER_HOUR, shortWindowSeconds: 30 * SECONDS_PER_MINUTE},
  {name: 'ticket', severity: 'ticket', budgetConsumed: 0.1, longWindowSeconds: 3 * CLOCK_DAY_SECONDS, shortWindowSeconds: 6 * SECONDS_PER_HOUR},
]

/** `1 h`, `30 min`, `3 days`: how the formulas and labels write an alert window. */
export function windowText(seconds: number): string {
  if (seconds % CLOCK_DAY_SECONDS === 0) return `${seconds / CLOCK_DAY_SECONDS} day${seconds === CLOCK_DAY_SECONDS ? '' : 's'}`
  if (seconds % SECONDS_PER_HOUR === 0) return `${seconds / SECONDS_PER_HOUR} h`
  return `${seconds / SECONDS_PER_MINUTE} min`
}

export function burnRateId(name: BurnRateAlertName, part: 'threshold' | 'errorRate' | 'exhaustion'): BurnRateId {
  return `availability.burnRate.${name}.${part}`
}

const WINDOW_DAYS: BurnRateId = 'availability.slo.windowDays'

/**
 * The error budget in operation (SRE Workbook ch. 5): for each alert of Table
 * 5-8, the burn-rate threshold (budget consumed × window ÷ long window), the
 * error rate it stands for (threshold × (1 − SLO)), and how long a burn at that
 * rate takes to spend the whole budget (window ÷ threshold). The window is
 * counted in the spec's days and the alert windows in clock hours, so that a
 * 100,000-second napkin day still gives the Workbook's 14.4.
 */
export function addBurnRates(ledger: Ledger, model: SystemModel, slo: InputId): void {
  const stated = model.slo.window
  const window = stated
    ? ledger.input('input.slo.window', 'SLO window', 's', stated)
    : ledger.defaultInput('input.slo.window', 'SLO window', 's', 'slo.window', {secondsPerDay: CONV.secondsPerDay}, (v) => DEFAULT_SLO_WINDOW_DAYS * v.secondsPerDay)
  const days = ledger.derive(WINDOW_DAYS, 'SLO window in days', 'days', 'window ÷ secondsPerDay', {window, secondsPerDay: CONV.secondsPerDay}, (v) => v.window / v.secondsPerDay)
  for (const alert of BURN_RATE_ALERTS) {
    const long = windowText(alert.longWindowSeconds)
    const short = windowText(alert.shortWindowSeconds)
    const consumed = `${alert.budgetConsumed * 100}%`
    const longHours = alert.longWindowSeconds / SECONDS_PER_HOUR
    const title = `${alert.name === 'fast' ? 'Fast-burn page' : alert.name === 'slow' ? 'Slow-burn page' : 'Ticket'} (${consumed} of the budget in ${long}, short window ${short})`
    const threshold = ledger.derive(
      burnRateId(alert.name, 'threshold'),
      `${title}: burn-rate threshold`,
      'x',
      `${consumed} × windowDays × 24 h ÷ ${long}`,
      {windowDays: days},
      (v) => (alert.budgetConsumed * v.windowDays * 24) / longHours,
    )
    const inputs: Record<string, MetricId> = {threshold, availability: slo}
    ledger.derive(burnRateId(alert.name, 'errorRate'), `${title}: error rate at the threshold`, 'ratio', 'threshold × (1 − availability)', inputs, (v) => v.threshold! * (1 - v.availability!))
    ledger.derive(
      burnRateId(alert.name, 'exhaustion'),
      `${title}: time to spend the whole budget at the threshold`,
      's',
      'windowDays × 86400 s ÷ threshold',
      {windowDays: days, threshold},
      (v) => (v.windowDays * CLOCK_DAY_SECONDS) / v.threshold,
    )
  }
}

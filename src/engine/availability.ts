import {addBurnRates} from './burn-rate.js'
import {addBudgetSplit} from './budget-split.js'
import {addComponent} from './components.js'
import {CONV} from './conventions.js'
import {type AvailabilitySource, type CompositeId, type DowntimePeriod, downtimeId, errorBudgetId, inputId, type MetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel} from '../spec/model.js'
import type {Check} from './generated/schema-types.js'
import {SECONDS_PER_HOUR} from '../quantity/calendar.js'

export type {Check} from './generated/schema-types.js'

const SLO = inputId('slo.availability')
const COMPOSITE: CompositeId = 'availability.composite'

interface Period {
  readonly key: DowntimePeriod
  readonly label: string
  readonly formula: string
  readonly inputs: Record<string, MetricId>
  readonly length: (v: Record<string, number>) => number
}

/** A quarter is a year ÷ 4 unless the spec states its length (the SRE book's table uses 90 days). */
const QUARTER_OF_YEAR: Period = {key: 'quarter', label: 'quarter', formula: 'secondsPerYear ÷ 4', inputs: {secondsPerYear: CONV.secondsPerYear}, length: (v) => (v.secondsPerYear ?? 0) / 4}
const QUARTER_STATED: Period = {key: 'quarter', label: 'quarter', formula: 'secondsPerQuarter', inputs: {secondsPerQuarter: CONV.secondsPerQuarter}, length: (v) => v.secondsPerQuarter ?? 0}

/** Downtime periods, longest first: id suffix, label, formula for the period length, inputs. */
function periods(statedQuarter: boolean): readonly Period[] {
  return [
    {key: 'year', label: 'year', formula: 'secondsPerYear', inputs: {secondsPerYear: CONV.secondsPerYear}, length: (v) => v.secondsPerYear ?? 0},
    statedQuarter ? QUARTER_STATED : QUARTER_OF_YEAR,
    {key: 'month', label: 'month', formula: 'secondsPerMonth', inputs: {secondsPerMonth: CONV.secondsPerMonth}, length: (v) => v.secondsPerMonth ?? 0},
    {key: 'week', label: 'week', formula: '7 × secondsPerDay', inputs: {secondsPerDay: CONV.secondsPerDay}, length: (v) => 7 * (v.secondsPerDay ?? 0)},
    {key: 'day', label: 'day', formula: 'secondsPerDay', inputs: {secondsPerDay: CONV.secondsPerDay}, length: (v) => v.secondsPerDay ?? 0},
    // An hour is 3,600 s whatever the spec's day: a day of 100,000 s is a convention for rates, not a longer hour.
    {key: 'hour', label: 'hour', formula: '3600 s', inputs: {}, length: () => SECONDS_PER_HOUR},
  ]
}

/** Allowed downtime for an availability, per period: (1 − A) × period length. */
export function addDowntime(ledger: Ledger, source: AvailabilitySource, availabilityId: MetricId): void {
  for (const p of periods(ledger.has(CONV.secondsPerQuarter))) {
    ledger.derive(
      downtimeId(source, p.key),
      `Allowed downtime per ${p.label}`,
      's',
      `(1 − availability) × ${p.formula}`,
      {availability: availabilityId, ...p.inputs},
      (v) => (1 - v.availability) * p.length(v),
    )
  }
}

/**
 * Failed requests the SLO allows per period (the SRE book's "250 errors a day"
 * at 99.99 % of 2.5 M requests): the month from the requests per month, as
 * before; the other periods from the requests per day scaled by the period's
 * length in days, the hour from 3,600 s of the day.
 */
function addErrorBudget(ledger: Ledger): void {
  for (const p of periods(ledger.has(CONV.secondsPerQuarter))) {
    const label = `Error budget (failed requests per ${p.label})`
    if (p.key === 'month') {
      ledger.derive(errorBudgetId('month'), label, 'req', '(1 − availability) × requestsPerMonth', {availability: SLO, requestsPerMonth: 'requests.total.perMonth'}, (v) => (1 - v.availability) * v.requestsPerMonth)
    } else if (p.key === 'day') {
      ledger.derive(errorBudgetId('day'), label, 'req', '(1 − availability) × requestsPerDay', {availability: SLO, requestsPerDay: 'requests.total.perDay'}, (v) => (1 - v.availability) * v.requestsPerDay)
    } else {
      ledger.derive(
        errorBudgetId(p.key),
        label,
        'req',
        `(1 − availability) × requestsPerDay × ${p.formula.includes(' ') ? `(${p.formula})` : p.formula} ÷ secondsPerDay`,
        {availability: SLO, requestsPerDay: 'requests.total.perDay', secondsPerDay: CONV.secondsPerDay, ...p.inputs},
        (v) => ((1 - v.availability) * v.requestsPerDay * p.length(v)) / v.secondsPerDay!,
      )
    }
  }
}

/**
 * The availability budget: downtime the SLO allows per period, the error budget
 * in requests per month, the composite availability of the declared components,
 * and whether it meets the SLO.
 */
export function addAvailability(ledger: Ledger, model: SystemModel): Check[] {
  const checks: Check[] = []
  if (model.slo.availability) {
    ledger.input(SLO, 'Availability SLO', 'ratio', model.slo.availability)
    addDowntime(ledger, 'slo', SLO)
    if (ledger.has('requests.total.perDay')) addErrorBudget(ledger)
    addBurnRates(ledger, model, SLO)
  }
  if (model.components) {
    const composite = addComponent(ledger, model.components, COMPOSITE)
    addDowntime(ledger, 'composite', composite)
    addBudgetSplit(ledger, model.components)
    if (model.slo.availability) {
      const pass = ledger.branch([composite, SLO], ([a, slo]) => a! >= slo!)
      checks.push({
        id: 'availability.meetsSlo',
        pass,
        message: pass ? 'the declared components meet the availability SLO' : 'the declared components cannot meet the availability SLO',
        metrics: [composite, SLO],
      })
    }
  }
  return checks
}

import {addComponent} from './components.js'
import {CONV} from './conventions.js'
import {type AvailabilitySource, type CompositeId, type DowntimePeriod, downtimeId, inputId, type MetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel} from '../spec/model.js'
import type {Check} from './generated/schema-types.js'

export type {Check} from './generated/schema-types.js'

const SLO = inputId('slo.availability')
const COMPOSITE: CompositeId = 'availability.composite'

/** Downtime periods: id suffix, label, formula for the period length, inputs. */
const PERIODS: ReadonlyArray<{key: DowntimePeriod; label: string; formula: string; inputs: Record<string, MetricId>; length: (v: Record<string, number>) => number}> = [
  {key: 'year', label: 'year', formula: 'secondsPerYear', inputs: {secondsPerYear: CONV.secondsPerYear}, length: (v) => v.secondsPerYear ?? 0},
  {key: 'quarter', label: 'quarter', formula: 'secondsPerYear ÷ 4', inputs: {secondsPerYear: CONV.secondsPerYear}, length: (v) => (v.secondsPerYear ?? 0) / 4},
  {key: 'month', label: 'month', formula: 'secondsPerMonth', inputs: {secondsPerMonth: CONV.secondsPerMonth}, length: (v) => v.secondsPerMonth ?? 0},
  {key: 'week', label: 'week', formula: '7 × secondsPerDay', inputs: {secondsPerDay: CONV.secondsPerDay}, length: (v) => 7 * (v.secondsPerDay ?? 0)},
  {key: 'day', label: 'day', formula: 'secondsPerDay', inputs: {secondsPerDay: CONV.secondsPerDay}, length: (v) => v.secondsPerDay ?? 0},
]

/** Allowed downtime for an availability, per period: (1 − A) × period length. */
export function addDowntime(ledger: Ledger, source: AvailabilitySource, availabilityId: MetricId): void {
  for (const p of PERIODS) {
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
 * The availability budget: downtime the SLO allows per period, the error budget
 * in requests per month, the composite availability of the declared components,
 * and whether it meets the SLO.
 */
export function addAvailability(ledger: Ledger, model: SystemModel): Check[] {
  const checks: Check[] = []
  if (model.slo.availability) {
    ledger.input(SLO, 'Availability SLO', 'ratio', model.slo.availability)
    addDowntime(ledger, 'slo', SLO)
    ledger.derive(
      'availability.errorBudget.requestsPerMonth',
      'Error budget (failed requests per month)',
      'req',
      '(1 − availability) × requestsPerMonth',
      {availability: SLO, requestsPerMonth: 'requests.total.perMonth'},
      (v) => (1 - v.availability) * v.requestsPerMonth,
    )
  }
  if (model.components) {
    const composite = addComponent(ledger, model.components, COMPOSITE)
    addDowntime(ledger, 'composite', composite)
    if (model.slo.availability) {
      const pass = ledger.value(composite) >= ledger.value(SLO)
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

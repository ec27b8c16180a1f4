import {CONV} from './conventions.js'
import {inputId, type InputId, type MetricId, metricId, type Scope, SYSTEM, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel} from '../spec/model.js'

/**
 * The cost at prices the spec states ("CDN at $0.02 per GB": egress per day ×
 * price), per day and per month, per workload and in total. It stands beside
 * the monthly cost of the plan (cost/), which prices the chosen technologies
 * from the catalogue: this one is the estimate being reproduced, at its
 * author's prices.
 */

type Part = 'egress' | 'storage' | 'requests'
const PARTS: readonly Part[] = ['egress', 'storage', 'requests']
const PRICE: Readonly<Record<Part, InputId>> = {egress: inputId('prices.egress'), storage: inputId('prices.storage'), requests: inputId('prices.requests')}

/** The stated prices, as inputs every workload's cost reads. */
export function addPrices(ledger: Ledger, model: SystemModel): void {
  const prices = model.provisioning?.prices
  if (!prices) return
  if (prices.egress) ledger.input(PRICE.egress, 'Egress price', 'USD/B', prices.egress)
  if (prices.storage) ledger.input(PRICE.storage, 'Storage price per month', 'USD/B', prices.storage)
  if (prices.requests) ledger.input(PRICE.requests, 'Request price', 'USD/req', prices.requests)
}

/**
 * One workload's cost at the stated prices: bytes sent out a day (average
 * egress × secondsPerDay) × the egress price; storage held (provisioned at
 * the fill, or the data kept) × the price per byte-month; requests a day ×
 * the request price. Each per day and per month, and their sums.
 */
export function addWorkloadSpend(ledger: Ledger, name: string): void {
  const scope = workloadScope(name)
  const perDay: Partial<Record<Part, MetricId>> = {}
  if (ledger.has(PRICE.egress)) {
    perDay.egress = ledger.derive(
      metricId(scope, 'spend.egress.perDay'),
      'Egress cost per day',
      'USD',
      'egressAvg × secondsPerDay × egressPrice',
      {egressAvg: metricId(scope, 'bandwidth.egress.avg'), secondsPerDay: CONV.secondsPerDay, egressPrice: PRICE.egress},
      (v) => v.egressAvg * v.secondsPerDay * v.egressPrice,
    )
    perMonth(ledger, scope, 'egress', 'Egress cost per month')
  }
  if (ledger.has(PRICE.storage)) {
    const provisioned = metricId(scope, 'storage.provisioned')
    const held = ledger.has(provisioned) ? provisioned : metricId(scope, 'storage.total')
    const month = ledger.derive(metricId(scope, 'spend.storage.perMonth'), 'Storage cost per month', 'USD', 'held × storagePrice', {held, storagePrice: PRICE.storage}, (v) => v.held * v.storagePrice)
    perDay.storage = ledger.derive(metricId(scope, 'spend.storage.perDay'), 'Storage cost per day', 'USD', 'perMonth ÷ daysPerMonth', {perMonth: month, daysPerMonth: CONV.daysPerMonth}, (v) => v.perMonth / v.daysPerMonth)
  }
  if (ledger.has(PRICE.requests)) {
    perDay.requests = ledger.derive(
      metricId(scope, 'spend.requests.perDay'),
      'Request cost per day',
      'USD',
      'requestsPerDay × requestPrice',
      {requestsPerDay: metricId(scope, 'requests.total.perDay'), requestPrice: PRICE.requests},
      (v) => v.requestsPerDay * v.requestPrice,
    )
    perMonth(ledger, scope, 'requests', 'Request cost per month')
  }
  if (Object.keys(perDay).length > 0) addTotals(ledger, scope, perDay)
}

/** The system's cost: each part the sum of the workloads' own. */
export function addSystemSpend(ledger: Ledger, workloads: readonly string[]): void {
  const perDay: Partial<Record<Part, MetricId>> = {}
  for (const part of PARTS) {
    for (const period of ['perDay', 'perMonth'] as const) {
      const parts = Object.fromEntries(workloads.map((w) => [w, metricId(workloadScope(w), `spend.${part}.${period}`)] as const).filter(([, id]) => ledger.has(id)))
      if (Object.keys(parts).length === 0) continue
      const id = ledger.sum(`spend.${part}.${period}`, `${part === 'egress' ? 'Egress' : part === 'storage' ? 'Storage' : 'Request'} cost ${period === 'perDay' ? 'per day' : 'per month'}`, 'USD', parts)
      if (period === 'perDay') perDay[part] = id
    }
  }
  if (Object.keys(perDay).length > 0) addTotals(ledger, SYSTEM, perDay)
}

function perMonth(ledger: Ledger, scope: Scope, part: 'egress' | 'requests', label: string): void {
  const perDay = metricId(scope, `spend.${part}.perDay`)
  ledger.derive(metricId(scope, `spend.${part}.perMonth`), label, 'USD', 'perDay × daysPerMonth', {perDay, daysPerMonth: CONV.daysPerMonth}, (v) => v.perDay * v.daysPerMonth)
}

function addTotals(ledger: Ledger, scope: Scope, perDay: Partial<Record<Part, MetricId>>): void {
  const day = ledger.sum(metricId(scope, 'spend.perDay'), 'Cost per day at the stated prices', 'USD', perDay)
  ledger.derive(metricId(scope, 'spend.perMonth'), 'Cost per month at the stated prices', 'USD', 'perDay × daysPerMonth', {perDay: day, daysPerMonth: CONV.daysPerMonth}, (v) => v.perDay * v.daysPerMonth)
}

import {BURN_RATE_ALERTS, burnRateId, windowText} from '../engine/burn-rate.js'
import type {MetricId} from '../engine/ids.js'

/**
 * The burn-rate alerts of the SLO (SRE Workbook ch. 5, Table 5-8), one row per
 * alert, for the terminal and the design document alike: each formats the
 * metrics its own way through `cell`. Null when the report has no SLO.
 */
export function burnRateTable(has: (id: MetricId) => boolean, cell: (id: MetricId) => string): {readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]} | null {
  if (!has(burnRateId('fast', 'threshold'))) return null
  const head = ['alert', 'long window', 'short window', 'budget spent', 'burn rate', 'error rate', 'budget gone in']
  const rows = BURN_RATE_ALERTS.map((a) => [
    `${a.name} (${a.severity})`,
    windowText(a.longWindowSeconds),
    windowText(a.shortWindowSeconds),
    `${a.budgetConsumed * 100}%`,
    cell(burnRateId(a.name, 'threshold')),
    cell(burnRateId(a.name, 'errorRate')),
    cell(burnRateId(a.name, 'exhaustion')),
  ])
  return {head, rows}
}

export const BURN_RATE_TITLE = 'Burn-rate alerts (SRE Workbook, multi-window)'

import {workloadMetricId} from '../../engine/ids.js'
import {findMetric} from '../../engine/metrics.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {code} from '../../spec/sinks/markdown.js'
import type {Numbers} from './numbers.js'

/**
 * Which month the monthly bill is: the cost prices storage at `storage.total`,
 * the data kept once every retention window is full, so it is a month of the
 * year in which the longest window fills (its days ÷ daysPerYear, rounded
 * up), at most the horizon; storage, machines and egress are all for the spec's
 * traffic without growth.
 */
export interface BillYear {
  readonly year: number
  /** `year 5 of 5, retention full`: short, for the summary. */
  readonly short: string
  /** The basis, for the cost section. */
  readonly basis: string
}

export function billYear(report: EstimateReport, n: Numbers): BillYear {
  const daysPerYear = n.raw('convention.daysPerYear')
  let longestDays = 0
  for (const w of report.workloads) {
    const kept = findMetric(report.metrics, workloadMetricId(w, 'storage.total'))
    const days = findMetric(report.metrics, workloadMetricId(w, 'storage.retentionDays'))
    if (kept && kept.value > 0 && days) longestDays = Math.max(longestDays, days.value)
  }
  const horizon = report.horizonYears
  // A hair over a whole year (1,825.000001 days) is that year, not the next.
  const fills = Math.max(1, Math.ceil(Number((longestDays / daysPerYear).toPrecision(12))))
  const year = Math.min(horizon, fills)
  const window = n.retention(longestDays * n.raw('convention.secondsPerDay'))
  const when = fills <= horizon ? `the longest window, ${window}, is full in year ${year}` : `the longest window, ${window}, outlasts the horizon, so this is a month after it`
  const first = year === 1 ? '' : `; a month of year 1 would store ${code('storage.year.1', false)} = ${n.metric('storage.year.1')}`
  return {
    year,
    short: fills <= horizon ? `year ${year} of ${horizon}, retention full` : `retention full, after year ${horizon}`,
    basis: `${fills <= horizon ? `The bill of a month in year ${year} of the ${horizon}-year horizon` : 'The bill of a month once every retention window is full'}: storage is the data kept once every retention window is full, at the spec's traffic without growth (${code('storage.total', false)} = ${n.metric('storage.total')}; ${when})${first}. Machines and egress are for the same traffic.`,
  }
}

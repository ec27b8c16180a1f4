import type {MetricNode} from '../../engine/ledger.js'
import {workloadMetricId} from '../../engine/ids.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {md} from '../../spec/sinks/markdown.js'

/** The formula of a request count the spec does not describe (a workload without reads, say). */
const NOT_DESCRIBED = /^0 \(not described\)$/

/**
 * The metrics that are zero only because a workload has no traffic of some
 * kind: a request count the spec does not describe, and every metric that is
 * zero with such a metric among its inputs (a write rate, the bandwidth and
 * storage per day it gives). A zero for any other reason (a stated 0) is not
 * one. Each node is visited once, however the metrics share inputs.
 */
export function zeroForLackOfTraffic(report: EstimateReport): ReadonlySet<string> {
  const memo = new Map<string, boolean>()
  const visit = (id: string): boolean => {
    const known = memo.get(id)
    if (known !== undefined) return known
    memo.set(id, false) // a cycle (there are none) cannot recurse forever
    const m: MetricNode | undefined = report.metrics[id]
    const zero = m !== undefined && m.kind === 'metric' && m.value === 0 && ((m.formula !== null && NOT_DESCRIBED.test(m.formula)) || Object.values(m.inputs).some(visit))
    memo.set(id, zero)
    return zero
  }
  return new Set(Object.keys(report.metrics).filter(visit))
}

/** The workloads with neither reads nor writes: their traffic rows are all zeros. */
export function idleWorkloads(report: EstimateReport, zero: ReadonlySet<string>): string[] {
  return report.workloads.filter((w) => zero.has(workloadMetricId(w, 'requests.read.perDay')) && zero.has(workloadMetricId(w, 'requests.write.perDay')))
}

/** The one sentence that says what was left out, and why; null when nothing was. */
export function leftOutNote(report: EstimateReport, zero: ReadonlySet<string>): string | null {
  const idle = idleWorkloads(report, zero)
  if (zero.size === 0) return null
  const who = idle.length > 0 ? ` (${idle.map((w) => md(w)).join(', ')} ${idle.length === 1 ? 'has' : 'have'} neither reads nor writes)` : ''
  return `Rows that are zero only because a workload has no traffic of that kind are left out of these tables and the appendix${who}.`
}

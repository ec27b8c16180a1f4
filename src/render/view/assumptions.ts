import type {EstimateReport} from '../../analysis/estimate-report.js'
import {code, md} from '../../spec/sinks/markdown.js'
import type {Numbers} from './numbers.js'

export interface AssumptionsView {
  readonly conventions: readonly {readonly label: string; readonly value: string; readonly setBy: string}[]
  /** Every number taken from the spec (or defaulted), with the spec path it came from. */
  readonly inputs: readonly {readonly label: string; readonly value: string; readonly path: string}[]
}

export function assumptionsView(report: EstimateReport, n: Numbers): AssumptionsView {
  return {
    conventions: report.conventions.map((c) => ({label: md(c.label), value: md(c.display), setBy: c.source === 'default' ? 'default' : code(c.path)})),
    inputs: Object.values(report.metrics)
      .filter((m) => m.kind === 'input')
      .map((m) => ({label: md(m.label), value: n.value(m.value, m.unit), path: m.source === null ? 'default' : code(m.source)})),
  }
}

import {byteScale, significant} from '../../quantity/format.js'
import type {EstimateReport} from '../../analysis/estimate-report.js'
import {axisRange} from './chart-axis.js'
import type {Numbers} from './numbers.js'

/** The storage projection (`storage.year.N`) as a Mermaid bar chart and a table. */
export interface GrowthView {
  /** The unit the chart's bars are in (`PB`), chosen from the largest year. */
  readonly unit: string
  /** The value axis, from zero (`0 --> 56`), so bars compare by length. */
  readonly axis: string
  readonly years: readonly {readonly year: string; readonly bar: string; readonly stored: string}[]
}

export function growthView(report: EstimateReport, n: Numbers): GrowthView {
  const values = Array.from({length: report.horizonYears}, (_, i) => ({year: i + 1, bytes: n.raw(`storage.year.${i + 1}`)}))
  const {divisor, name} = byteScale(Math.max(0, ...values.map((v) => v.bytes)), n.binary)
  return {
    unit: name,
    axis: axisRange(values.map((v) => v.bytes / divisor)),
    years: values.map((v) => ({year: String(v.year), bar: significant(v.bytes / divisor), stored: n.value(v.bytes, 'B')})),
  }
}

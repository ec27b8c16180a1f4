/**
 * Compiled (not run) by ids.test.ts: every `@ts-expect-error` below must meet
 * an error, or the directive itself is one. So each line under a directive is
 * an id the compiler refuses.
 */
import {componentId, inputId, metricId, type MetricId, SYSTEM, workloadMetricId, workloadScope} from '../../src/engine/ids.js'
import {metricValue, type Metrics, optionalMetric} from '../../src/engine/metrics.js'

declare const metrics: Metrics
declare const w: string
declare const year: number

// The ids the engine makes compile.
export const made: readonly MetricId[] = [
  'qps.write.peak',
  'storage.total',
  'storage.year.5',
  `storage.year.${year}`,
  'availability.slo.downtime.year',
  'availability.composite',
  'availability.composite.2.1',
  componentId('availability.composite', 2),
  'traffic.peakFactor',
  'convention.secondsPerDay',
  'calendar.secondsPerYear',
  `workload.${w}.qps.write.peak`,
  'workload.posts.storage.text.existing',
  metricId(workloadScope(w), 'cache.hotBytes'),
  workloadMetricId(w, 'storage.retentionDays'),
  inputId('users.dau'),
]
metricValue(metrics, 'qps.write.peak')
optionalMetric(metrics, `workload.${w}.bandwidth.egress.media.avg`)

// @ts-expect-error misspelt: qps.wirte.peak
metricValue(metrics, 'qps.wirte.peak')
// @ts-expect-error misspelt: storage.totl, in a workload's id
metricValue(metrics, `workload.${w}.storage.totl`)
// @ts-expect-error misspelt suffix given to a constructor
metricId(workloadScope(w), 'storage.totl')
// @ts-expect-error a workload's own figure has no system-wide sum
metricId(SYSTEM, 'storage.recordBytes')
// @ts-expect-error a system-wide figure has no per-workload one
workloadMetricId(w, 'traffic.peakFactor')
// @ts-expect-error misspelt convention
metricValue(metrics, 'convention.secondsPerDya')
// @ts-expect-error the downtime periods are day, week, month, quarter and year
metricValue(metrics, 'availability.slo.downtime.decade')
// @ts-expect-error every estimate has qps.write.peak: reading it as optional would let a fallback hide a bug
optionalMetric(metrics, 'qps.write.peak')
// @ts-expect-error nor a workload's storage total
optionalMetric(metrics, `workload.${w}.storage.total`)

import type {MetricId} from './ids.js'

/** The metrics a reader (or an interviewer) asks for first: explain, sensitivity and practice start here. */
export const HEADLINE_METRICS = [
  'qps.write.avg',
  'qps.write.peak',
  'qps.read.avg',
  'qps.read.peak',
  'storage.perDay',
  'storage.total',
  'bandwidth.ingress.avg',
  'bandwidth.egress.avg',
  'cache.hotBytes',
  'availability.slo.downtime.year',
] as const satisfies readonly MetricId[]

export type HeadlineMetric = (typeof HEADLINE_METRICS)[number]

import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {metricValue} from '../engine/metrics.js'
import type {Capability} from '../spec/generated/schema-types.js'
import type {Workload} from '../spec/model.js'
import type {Fact} from './types.js'

/** Each capability's fact name (`needsObjectStorage` …) and how a reason names it. */
const NAMED: Readonly<Record<Capability, {readonly fact: string; readonly words: string}>> = {
  'object-storage': {fact: 'needsObjectStorage', words: 'object storage'},
  cdn: {fact: 'needsCdn', words: 'a CDN'},
  'mobile-push': {fact: 'needsMobilePush', words: 'push to phones'},
  email: {fact: 'needsEmail', words: 'email'},
  sms: {fact: 'needsSms', words: 'SMS'},
  'card-payments': {fact: 'needsCardPayments', words: 'card payments'},
  dashboards: {fact: 'needsDashboards', words: 'dashboards'},
  alerting: {fact: 'needsAlerting', words: 'alerting'},
}

/**
 * A workload's facts of what it relies on that a provider sells
 * (`capabilities:`): one yes/no fact per capability, the list as a reason
 * words it, and the emails it sends a day (its writes, when it sends email).
 * Unstated: null, and conditions on them do not fire.
 */
export function capabilityFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const named = w.capabilities ?? []
  const from = `workloads.${w.name}.capabilities`
  const each = Object.fromEntries(
    Object.entries(NAMED).map(([c, n]): [string, Fact] => [n.fact, {value: named.length > 0 ? named.includes(c as Capability) : null, from}]),
  )
  const writesPerDay = workloadMetricId(w.name, 'requests.write.perDay')
  return {
    ...each,
    hasCapabilities: {value: named.length > 0, from},
    capabilityNames: {value: named.length > 0 ? named.map((c) => NAMED[c].words).join(', ') : null, from},
    emailsPerDay: {value: named.includes('email') && w.writes !== null ? metricValue(e.metrics, writesPerDay) : null, unit: 'count', from: writesPerDay},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const CAPABILITY_FACT_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(NAMED).map((n): [string, string] => [n.fact, `relies on ${n.words}`])),
  hasCapabilities: 'capabilities named',
  capabilityNames: 'capabilities',
  emailsPerDay: 'emails sent a day',
}

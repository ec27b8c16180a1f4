import type {SystemModel} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The system's facts the queue decision reads besides its numbers: the
 * background jobs its writes start that are not media (`jobs:`), and the
 * consumer groups that each read every event (`consumers.groups`), and whether
 * the writes must wait out their store's outage (`consumers.bufferWhileDown`), and
 * the freshest results any workload's aggregation wants (`analytics.freshness`:
 * under an hour, a stream job reads the events as they come). Unstated: null,
 * and conditions on them do not fire.
 */
export function queueSystemFacts(model: SystemModel): Record<string, Fact> {
  const withJobs = model.workloads.filter((w) => (w.design?.jobs?.length ?? 0) > 0)
  // "reverse-index and snippets (crawled)", for the reasons.
  const named = withJobs.map((w) => `${and(w.design!.jobs!)} (${w.name})`).join('; ')
  return {
    backgroundJobs: {value: withJobs.length > 0 ? true : null, from: 'workloads.*.jobs'},
    backgroundJobNames: {value: withJobs.length > 0 ? named : null, from: 'workloads.*.jobs'},
    consumerGroups: {value: model.consumers?.groups ?? null, unit: 'count', from: 'consumers.groups'},
    bufferWhileDown: {value: model.consumers?.bufferWhileDown === true ? true : null, from: 'consumers.bufferWhileDown'},
    ...freshestAnalytics(model),
  }
}

/** The least staleness any workload's aggregated results allow, and whose it is (the first stated, on a tie); null when none aggregates. */
function freshestAnalytics(model: SystemModel): Record<string, Fact> {
  let seconds: number | null = null
  let who: string | null = null
  for (const w of model.workloads) {
    const freshness = w.facts.analytics?.freshness.value
    if (freshness === undefined || (seconds !== null && freshness >= seconds)) continue
    seconds = freshness
    who = w.name
  }
  return {
    freshestAnalytics: {value: seconds, unit: 's', from: who === null ? 'workloads.*.analytics.freshness' : `workloads.${who}.analytics.freshness`},
    freshestAnalyticsOf: {value: who, from: 'workloads.*.analytics.freshness'},
  }
}

function and(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const QUEUE_FACT_LABELS: Readonly<Record<string, string>> = {
  backgroundJobs: 'background jobs that are not media',
  backgroundJobNames: 'background jobs',
  consumerGroups: 'consumer groups reading every event',
  bufferWhileDown: 'writes kept while their store is down',
  freshestAnalytics: 'staleness the freshest aggregated results allow',
  freshestAnalyticsOf: 'workload whose aggregation wants the freshest results',
}

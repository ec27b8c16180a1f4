import type {SystemModel} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * The system's facts the compute decision reads besides the traffic's shape:
 * the platform the team already runs (`team.platform`), and whether any
 * workload's writes feed an aggregation (`analytics`), a job that runs
 * continuously or for hours rather than per request. Unstated platform: null.
 */
export function computeFacts(model: SystemModel): Record<string, Fact> {
  return {
    platform: {value: model.teamPlatform ?? null, from: 'team.platform'},
    analyticsJobs: {value: model.workloads.some((w) => w.facts.analytics !== null), from: 'workloads.*.analytics'},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const COMPUTE_FACT_LABELS: Readonly<Record<string, string>> = {
  platform: 'platform the team runs',
  analyticsJobs: 'writes aggregated by a job',
}

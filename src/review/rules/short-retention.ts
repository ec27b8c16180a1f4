import {workloadMetricId} from '../../engine/ids.js'
import {choiceName, decisionFor, rate, retentionText, size, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Records that expire within a day, sized as if they were data of record. */
export const rule: Rule = {
  id: 'short-retention',
  summary: 'A workload keeps what it writes for less than a day, yet its records go to a database.',
  description:
    'Data kept for seconds or hours (presence heartbeats, sessions, locks, rate-limit counters) is transient state: each record is overwritten or expires long before a database would compact it, and durability buys nothing. Stored in a database, it is sized by its write rate (the plan counts partitions or nodes for every write) rather than by its tiny size. It belongs in memory with a time to live (Redis, Memcached) — or the retention is a typo (`30 s` meant `30 days`).',
  fix: 'keep short-lived state in an in-memory store with a TTL, or correct the retention if the data is meant to be kept',
  check: ({model, estimate, decisions, thresholds}) => {
    const limit = thresholds.minimumRetentionDays! * model.conventions.secondsPerDay.value
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const retention = w.retentionSeconds?.value
      const store = decisionFor(decisions, 'datastore', w.name)
      // Files in an object store are not records; a store of record for minutes is what this is about.
      if (retention === undefined || retention >= limit || !w.writes || !store || store.choice.id === 'object-storage') continue
      const writes = workloadMetric(estimate, w, 'qps.write.peak')
      hits.push({
        path: `workloads.${w.name}.retention`,
        message: `\`${w.name}\` keeps its records for ${retentionText(model, retention)} (${size(workloadMetric(estimate, w, 'storage.total'))} held), yet they go to ${choiceName(store)}, sized for peak writes of ${rate(writes)}: data kept under ${retentionText(model, limit)} is transient state`,
        metrics: [workloadMetricId(w.name, 'qps.write.peak'), workloadMetricId(w.name, 'storage.total')],
      })
    }
    return hits
  },
}

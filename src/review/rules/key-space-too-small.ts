import {workloadMetricId} from '../../engine/ids.js'
import {count, percent, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** A key space that cannot name every record the workload must hold. */
export const rule: Rule = {
  id: 'key-space-too-small',
  summary: 'A workload\'s key space (alphabet^length) has fewer keys than the records it holds over the retention or the horizon.',
  description:
    'Short codes and ids are drawn from a key space of alphabet^length keys: 62^7 ≈ 3.5 trillion for seven characters of [0-9a-zA-Z]. Every record held needs its own key, so when the records held over the retention (the horizon, for data kept forever) pass the keys possible, the scheme runs out: new records collide with old ones or cannot be named at all. Long before that, randomly drawn keys collide often and each write retries. The finding gives the shortest length that fits.',
  fix: 'lengthen the key (the finding says how long is enough) or widen its alphabet, or expire and reuse keys with a retention',
  check: ({model, estimate, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const keys = w.provisioning?.keys
      if (!keys || !estimate.metrics.has(workloadMetricId(w.name, 'keys.usedShare'))) continue
      const used = workloadMetric(estimate, w, 'keys.usedShare')
      if (used <= thresholds.maxUsedShare!) continue
      const shortest = workloadMetric(estimate, w, 'keys.minLength')
      hits.push({
        path: `workloads.${w.name}.keys.length`,
        message: `\`${w.name}\` holds ${count(workloadMetric(estimate, w, 'records.held'))} records, but ${keys.alphabet.value}^${keys.length.value} = ${count(workloadMetric(estimate, w, 'keys.possible'))} keys name only ${percent(1 / used)} of them: keys of ${shortest} characters are the shortest that fit`,
        metrics: [workloadMetricId(w.name, 'records.held'), workloadMetricId(w.name, 'keys.possible'), workloadMetricId(w.name, 'keys.minLength')],
      })
    }
    return hits
  },
}

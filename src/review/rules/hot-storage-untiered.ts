import {decisionFor, retentionText, size, storageMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Petabytes kept on database disks for longer than anyone reads most of them. */
export const rule: Rule = {
  id: 'hot-storage-untiered',
  summary: 'A store keeps more than a petabyte on database or block storage, for longer than a month, with no colder tier.',
  description:
    'Database storage is SSD attached to the nodes (or a managed database\'s own), billed per copy: ~0.08 $/GB-month for gp3 volumes, against ~0.0125 $/GB-month for S3 Standard-IA and under 0.004 for Glacier classes. Most data of a long retention is old and rarely read. Past a petabyte on database disks the difference is tens of thousands of dollars a month, and hundreds of nodes exist only to hold cold bytes. Data kept no longer than a month is not worth tiering (the infrequent-access classes bill 30 days at least).',
  fix: 'move data past its active period to object storage (or an infrequent-access class) and keep only recent data in the database; or shorten the retention',
  check: ({model, decisions, plan, thresholds, stated}) => {
    if (!plan) return []
    const day = model.conventions.secondsPerDay.value
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const store = decisionFor(decisions, 'datastore', w.name)
      if (!store) continue
      const retention = w.retentionSeconds?.value ?? Number.POSITIVE_INFINITY
      if (retention <= thresholds.tierAfterDays! * day) continue
      const items = plan.items.filter((i) => i.component === store.id && i.storage && i.storage.medium !== 'object')
      const stored = items.reduce((sum, i) => sum + i.storage!.logicalBytes * i.storage!.copies, 0)
      if (stored <= thresholds.hotBytes!) continue
      const logical = Math.max(...items.map((i) => i.storage!.logicalBytes))
      const copies = stored / logical
      const kept = w.retentionSeconds ? `for ${retentionText(model, retention)}` : 'forever'
      hits.push({
        path: stated(`workloads.${w.name}.retention`) ? `workloads.${w.name}.retention` : `workloads.${w.name}`,
        message: `\`${w.name}\` keeps ${size(stored)} on ${store.choice.technology ?? store.choice.id} storage (${size(logical)} × ${Number.isInteger(copies) ? copies : copies.toFixed(1)} copies) ${kept}, past ${size(thresholds.hotBytes!)}, with no colder tier for data older than ${thresholds.tierAfterDays} days`,
        metrics: [...new Set(items.map(storageMetric))],
      })
    }
    return hits
  },
}

import {workloadMetricId} from '../../engine/ids.js'
import {decisionFor, fact, size, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Media objects kept as blobs next to their records, where they outweigh the records or are too large. */
export const rule: Rule = {
  id: 'media-in-database',
  summary: 'A workload keeps its media in the database although media outweighs its text or its objects are large.',
  description:
    'Keeping media as blob columns is simple (one system, one backup, one transaction) while the media is small and a minor part of the data. Past that, the database grows by the media\'s volume — replicated, backed up and restored at database prices and speeds — and large objects are served worse than by a file or object store: To BLOB or Not To BLOB (Sears, van Ingen, Gray) found objects above 1 MB better in the filesystem. The methodology moves media to its own store once it outweighs text by an order of magnitude.',
  fix: 'store the media in an object store (behind a CDN when users read it) and keep only its key or URL in the record',
  check: ({model, estimate, decisions, thresholds}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const path = decisionFor(decisions, 'media-path', w.name)
      if (!w.media || path?.choice.id !== 'in-database') continue
      // A workload with media (checked above) has its media bytes.
      const media = workloadMetric(estimate, w, 'storage.media.perDay')
      const text = workloadMetric(estimate, w, 'storage.text.perDay')
      const ratio = text > 0 ? media / text : Number.POSITIVE_INFINITY
      const object = w.media.bytes.value
      const dominates = ratio >= thresholds.mediaToTextRatio!
      const large = object >= thresholds.largeObjectBytes!
      if (!dominates && !large) continue
      const why = [
        dominates ? `${size(media)} of media a day against ${size(text)} of text (${text > 0 ? fact(ratio, 'x') : 'no text'}, at least ${fact(thresholds.mediaToTextRatio!, 'x')})` : null,
        large ? `objects of ${size(object)} (at least ${size(thresholds.largeObjectBytes!)})` : null,
      ].filter((s) => s !== null)
      hits.push({
        path: `workloads.${w.name}.media`,
        message: `\`${w.name}\` keeps its media in the database: ${why.join(', and ')}`,
        metrics: [workloadMetricId(w.name, 'storage.media.perDay'), workloadMetricId(w.name, 'storage.text.perDay')],
      })
    }
    return hits
  },
}

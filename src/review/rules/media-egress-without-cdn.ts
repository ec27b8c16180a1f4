import {workloadMetricId} from '../../engine/ids.js'
import {choiceName, decisionFor, fact, workloadMetric} from '../lookups.js'
import type {Rule, RuleHit} from '../types.js'

/** Media read by users at volume, served from the origin instead of a CDN. */
export const rule: Rule = {
  id: 'media-egress-without-cdn',
  summary: 'Readers fetch media at a high peak rate, but the media path has no CDN in front of it.',
  description:
    'Media served from the origin (an object store, or the database) pays internet egress on every byte (~0.09 $/GB from AWS, against ~0.05 $/GB through a CDN) and an object store\'s ~80 ms to the first byte on every read, from wherever the reader is. A CDN caches popular objects at edges close to readers and takes most of that traffic off the origin. The rule fires from a peak media egress of about one gigabit per second.',
  fix: 'serve the media through a CDN in front of the object store (media path `object-storage-cdn`), with cache-friendly immutable object keys',
  check: ({model, estimate, decisions, thresholds, stated}) => {
    const hits: RuleHit[] = []
    for (const w of model.workloads) {
      const path = decisionFor(decisions, 'media-path', w.name)
      if (!w.media || !path || path.choice.id === 'object-storage-cdn') continue
      // A workload with media (checked above) has its media egress.
      const egress = workloadMetric(estimate, w, 'bandwidth.egress.media.peak')
      if (egress <= thresholds.mediaEgressBytesPerSecond!) continue
      hits.push({
        path: stated(`workloads.${w.name}.media.readShare`) ? `workloads.${w.name}.media.readShare` : `workloads.${w.name}.media`,
        message: `\`${w.name}\` serves ${fact(egress, 'B/s')} of media at peak from ${choiceName(path)}, with no CDN in front (above ${fact(thresholds.mediaEgressBytesPerSecond!, 'B/s')})`,
        metrics: [workloadMetricId(w.name, 'bandwidth.egress.media.peak')],
      })
    }
    return hits
  },
}

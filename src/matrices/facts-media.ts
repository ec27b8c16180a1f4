import type {Estimate} from '../engine/estimate.js'
import {workloadMetricId} from '../engine/ids.js'
import {optionalMetric} from '../engine/metrics.js'
import type {Workload} from '../spec/model.js'
import type {Fact} from './types.js'

/**
 * A workload's facts of how its media reach storage, beside the average size
 * (facts.ts): the largest object a client uploads (`media.maxSize`) and who
 * uploads (`media.uploadsFrom`). Unstated: null, and conditions on them do not
 * fire.
 */
export function mediaUploadFacts(w: Workload): Record<string, Fact> {
  const from = (field: string): string => `workloads.${w.name}.media.${field}`
  return {
    mediaMaxBytes: {value: w.media?.maxBytes?.value ?? null, unit: 'B', from: from('maxSize')},
    uploadsFrom: {value: w.media?.uploadsFrom ?? null, from: from('uploadsFrom')},
    mediaEdits: {value: w.media?.edits ?? null, from: from('edits')},
    mediaDuplicateShare: {value: w.media?.duplicateShare?.value ?? null, unit: 'ratio', from: from('duplicateShare')},
  }
}

/**
 * How many media objects a workload keeps, and how many of them are small
 * (`media.smallShare`, under 1 MB): what the object-layout decision weighs.
 * Null without media, or without the share stated.
 */
export function mediaLayoutFacts(e: Estimate, w: Workload): Record<string, Fact> {
  const held = workloadMetricId(w.name, 'media.objects.held')
  const small = workloadMetricId(w.name, 'media.objects.small.held')
  return {
    mediaObjectsHeld: {value: w.media ? optionalMetric(e.metrics, held) : null, unit: 'count', from: held},
    mediaSmallShare: {value: w.media?.smallShare?.value ?? null, unit: 'ratio', from: `workloads.${w.name}.media.smallShare`},
    mediaSmallObjectsHeld: {value: w.media?.smallShare ? optionalMetric(e.metrics, small) : null, unit: 'count', from: small},
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const MEDIA_FACT_LABELS: Readonly<Record<string, string>> = {
  mediaMaxBytes: 'largest object uploaded',
  uploadsFrom: 'uploads come from',
  mediaEdits: 'how stored files change',
  mediaDuplicateShare: 'uploads already stored',
  mediaObjectsHeld: 'media objects held',
  mediaSmallShare: 'share of objects under 1 MB',
  mediaSmallObjectsHeld: 'objects under 1 MB held',
}

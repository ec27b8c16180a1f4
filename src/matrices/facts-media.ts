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
  }
}

/** What a reader calls these facts (src/matrices/fact-labels.ts spreads them in). */
export const MEDIA_FACT_LABELS: Readonly<Record<string, string>> = {
  mediaMaxBytes: 'largest object uploaded',
  uploadsFrom: 'uploads come from',
}

import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the de-duplication matrix (data/matrices/dedup.yaml), spread into
 * CASES. Scores by hand (none / file-hash / block-hash).
 */
/** The unit of the fact it adds (src/matrices/facts-media.ts). */
export const DEDUP_FACT_UNITS: Readonly<Record<string, Unit>> = {
  mediaDuplicateShare: 'ratio',
}

export const DEDUP_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  dedup: [
    // versions-share-blocks (10 GB ≥ 4,194,304 B): block-hash 3, file-hash −1, none 0.
    {name: 'files edited in place and kept as revisions (Xu: Google Drive)', facts: {mediaEdits: 'in-place', mediaDuplicateShare: null, mediaObjectBytes: 500e3, mediaMaxBytes: 10e9}, choice: 'block-hash', runnerUp: 'none'},
    // repeated-uploads (30 % ≥ 5 %): file-hash 2, block-hash 1.
    {name: 'attachments written once, 30 % of them forwarded copies', facts: {mediaEdits: 'none', mediaDuplicateShare: 0.3}, choice: 'file-hash', runnerUp: 'block-hash'},
    // few-repeats (1 % < 5 %): none 2.
    {name: 'photos written once, 1 % uploaded twice', facts: {mediaEdits: 'none', mediaDuplicateShare: 0.01}, choice: 'none', runnerUp: 'file-hash'},
  ],
}

import type {MatrixCase} from './cases.js'

/**
 * Cases of the sync matrix (data/matrices/sync.yaml), spread into CASES.
 * Scores by hand (whole-file / block-delta / content-defined).
 */
export const SYNC_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  sync: [
    // edited-in-place (10 GB ≥ 4 MB): block-delta 3, content-defined 1.
    {name: '500 KB files up to 10 GB, edited in place (Xu: Google Drive)', facts: {mediaEdits: 'in-place', mediaObjectBytes: 500e3, mediaMaxBytes: 10e9}, choice: 'block-delta', runnerUp: 'content-defined'},
    // edited-with-insertions (50 MB ≥ 4 MB): content-defined 3, block-delta 1.
    {name: 'documents and source trees up to 50 MB, edited by inserting text', facts: {mediaEdits: 'insertions', mediaObjectBytes: 200e3, mediaMaxBytes: 50e6}, choice: 'content-defined', runnerUp: 'block-delta'},
    // one-block (2 MB < 4 MB, no larger file): whole-file 2.
    {name: 'notes of at most 2 MB, edited', facts: {mediaEdits: 'insertions', mediaObjectBytes: 20e3, mediaMaxBytes: 2e6}, choice: 'whole-file', runnerUp: 'block-delta'},
    // written-once: whole-file 3.
    {name: 'photos written once', facts: {mediaEdits: 'none', mediaObjectBytes: 3e6, mediaMaxBytes: 50e6}, choice: 'whole-file', runnerUp: 'block-delta'},
  ],
}

import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices about how media and files move (the upload method),
 * spread into CASES. Sizes are the authors' own; the arithmetic of each score
 * is in its name's comment.
 */
/** The units of the facts these matrices add (src/matrices/facts-media.ts). */
export const MEDIA_FACT_UNITS: Readonly<Record<string, Unit>> = {
  mediaMaxBytes: 'B',
}

export const MEDIA_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  upload: [
    // large-objects (300 MB ≥ 100 MB): multipart +2, resumable +2, single −1; large-maximum (1 GB ≥ 100 MB): +1 each;
    // from-devices: resumable +2 → resumable 5, multipart 3, single −1.
    {name: '300 MB videos (1 GB at most) uploaded from phones and browsers (Xu: YouTube)', facts: {mediaObjectBytes: 300e6, mediaMaxBytes: 1e9, uploadsFrom: 'devices'}, choice: 'resumable', runnerUp: 'multipart'},
    // small-objects does not fire (the 10 GB maximum ≥ 5 MiB); large-maximum +1 each; beyond-one-request (10 GB > 5 GB): single −5;
    // from-devices (10 GB ≥ 5 MiB): resumable +2 → resumable 3, multipart 1, single −5.
    {name: '500 KB files on average, 10 GB at most, from users\' devices (Xu: Google Drive)', facts: {mediaObjectBytes: 500e3, mediaMaxBytes: 10e9, uploadsFrom: 'devices'}, choice: 'resumable', runnerUp: 'multipart'},
    // small-objects (200 KB < 5 MiB, no maximum stated): single +2; nothing else fires → single 2; multipart and resumable 0 (file order).
    {name: '200 KB photos from phones (Primer: Instagram-like feed)', facts: {mediaObjectBytes: 200e3, mediaMaxBytes: null, uploadsFrom: 'devices'}, choice: 'single-request', runnerUp: 'multipart'},
    // large-maximum (5 TB): +1 each; beyond-one-request: single −5; from-servers (5 TB ≥ 100 MB): multipart +2 → multipart 3, resumable 1.
    {name: 'objects of 59 MB on average, up to 5 TB, from applications\' servers (an S3-like store)', facts: {mediaObjectBytes: 59.3e6, mediaMaxBytes: 5e12, uploadsFrom: 'servers'}, choice: 'multipart', runnerUp: 'resumable'},
  ],
}

import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the matrices about how media and events move (the upload method,
 * the clock a stream aggregation windows by), spread into CASES. Sizes are the authors' own; the arithmetic of each score
 * is in its name's comment.
 */
/** The units of the facts these matrices add (src/matrices/facts-media.ts). */
export const MEDIA_FACT_UNITS: Readonly<Record<string, Unit>> = {
  mediaMaxBytes: 'B',
  analyticsFreshness: 's',
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
  'stream-time': [
    // late-events: watermark +2, late-updates +2, processing −2; results-used-at-once (60 s < 1 hour): watermark +1
    // → watermark 3, late-updates 2, processing −2.
    {name: 'ad clicks counted every minute for billing, late events (Xu: ad click aggregation)', facts: {hasAnalytics: true, analyticsLateEvents: true, analyticsFreshness: 60, delivery: 'exactly-once'}, choice: 'event-time-watermark', runnerUp: 'event-time-late-updates'},
    // late-events +2 each; results-read-later (1 hour ≥ 1 hour): late-updates +1 → late-updates 3, watermark 2.
    {name: 'app events from phones that were offline, an hourly report', facts: {hasAnalytics: true, analyticsLateEvents: true, analyticsFreshness: 3600, delivery: 'at-least-once'}, choice: 'event-time-late-updates', runnerUp: 'event-time-watermark'},
    // no-late-events: processing +2 → processing 2; the others 0 (watermark first: the default).
    {name: 'server request logs counted every minute, none late', facts: {hasAnalytics: true, analyticsLateEvents: false, analyticsFreshness: 60, delivery: null}, choice: 'processing-time', runnerUp: 'event-time-watermark'},
    // no-late-events +2, loss-tolerated +2 → processing 4.
    {name: 'metrics fired and forgotten, none late (Xu: metrics monitoring)', facts: {hasAnalytics: true, analyticsLateEvents: false, analyticsFreshness: 60, delivery: 'at-most-once'}, choice: 'processing-time', runnerUp: 'event-time-watermark'},
  ],
}

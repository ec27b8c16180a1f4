import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the object-layout matrix (data/matrices/object-layout.yaml), spread
 * into CASES. Scores by hand (file-per-object / packed-volumes / database-blobs).
 */
/** The units of the facts it adds (src/matrices/facts-media.ts). */
export const OBJECT_LAYOUT_FACT_UNITS: Readonly<Record<string, Unit>> = {
  mediaObjectsHeld: 'count',
  mediaSmallShare: 'ratio',
  mediaSmallObjectsHeld: 'count',
}

export const OBJECT_LAYOUT_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  'object-layout': [
    // 0.68 bn objects a year × 5 years = 3.4 bn held, 20 % under 1 MB = 680 M ≥ 100 M: packed 3, a file each −1;
    // 59.3 MB on average ≥ 1 MB: a file each +2 → packed-volumes 3, file-per-object 1.
    {name: '3.4 bn objects, a fifth under 1 MB, 59 MB on average (Xu and Lam: S3-like object storage)', facts: {mediaObjectBytes: 59.3e6, mediaObjectsHeld: 3.4e9, mediaSmallShare: 0.2, mediaSmallObjectsHeld: 680e6}, choice: 'packed-volumes', runnerUp: 'file-per-object'},
    // 1.8 M videos of 300 MB, 1 % under 1 MB = 18,250 < 100 M: a file each 2.
    {name: '1.8 M videos of 300 MB, hardly any small', facts: {mediaObjectBytes: 300e6, mediaObjectsHeld: 1.825e6, mediaSmallShare: 0.01, mediaSmallObjectsHeld: 18_250}, choice: 'file-per-object', runnerUp: 'packed-volumes'},
    // 50 KB < 256 KB and 10 M < 100 M held: rows 3; the 10 M small objects stay under 100 M.
    {name: '10 M thumbnails of 50 KB', facts: {mediaObjectBytes: 50e3, mediaObjectsHeld: 10e6, mediaSmallShare: 1, mediaSmallObjectsHeld: 10e6}, choice: 'database-blobs', runnerUp: 'file-per-object'},
  ],
}

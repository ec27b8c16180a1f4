import type {MatrixCase} from './cases.js'

/**
 * Cases of the bookkeeping matrix (data/matrices/bookkeeping.yaml), spread
 * into CASES. Scores by hand (in-place / double-entry / event-sourcing).
 */
const unstated = {transactionAcrossKeys: null, ledger: null, replayable: null, peakWriteQps: null}

export const BOOKKEEPING_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  bookkeeping: [
    // current-state: in-place 2; the others 0 (double-entry first by file order).
    {name: 'rooms reserved per room type, updated in the booking (Xu and Lam: hotel reservation)', facts: {...unstated, transactionAcrossKeys: true, peakWriteQps: 8}, choice: 'in-place', runnerUp: 'double-entry'},
    // ledger: double-entry 3, event-sourcing 2, in-place −2.
    {name: 'a debit and a credit for every payment (Xu and Lam: payment system)', facts: {...unstated, transactionAcrossKeys: false, ledger: true, peakWriteQps: 23}, choice: 'double-entry', runnerUp: 'event-sourcing'},
    // ledger: double-entry 3, events 2, in place −2; replay: events +3, in place −2; 2 M/s > 5,000/s: events +1
    // → event-sourcing 6, double-entry 3, in-place −4.
    {name: 'transfers replayed from the start at 2 M/s (Xu and Lam: digital wallet)', facts: {...unstated, transactionAcrossKeys: true, ledger: true, replayable: true, peakWriteQps: 2e6}, choice: 'event-sourcing', runnerUp: 'double-entry'},
  ],
}

import {describe, expect, it} from 'vitest'
import {select} from '../../src/matrices/select.js'
import {reportOfFile, reportOfYaml} from '../helpers/analysis.js'
import {diagnosticsOf, MINIMAL} from '../helpers/spec.js'
import {toFacts} from './cases.js'
import {flipsOf, matrixById} from './flips-of.js'

/*
 * The bookkeeping decision (data/matrices/bookkeeping.yaml): asked of a
 * workload whose transactions write under other keys, a ledger, or one whose
 * every past state must be replayed; flip points worked out by hand.
 */

const matrix = matrixById('bookkeeping')
const unstated = {transactionAcrossKeys: null, ledger: null, replayable: null, peakWriteQps: null}

describe('bookkeeping', () => {
  it('a payment ledger is double-entry; a replay would make it events, no ledger a balance in place', () => {
    // ledger: double-entry 3, event-sourcing 2, in-place −2.
    // Replayable: event-sourcing 2 + 3 = 5 > 3. Not a ledger (and nothing else asks): not asked.
    // Transactions across keys as well: nothing changes (current-state needs no ledger).
    const d = select(matrix, toFacts({...unstated, transactionAcrossKeys: false, ledger: true, peakWriteQps: 40}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['double-entry', 3, 'event-sourcing', 2])
    expect(flipsOf(d.flipPoints)).toEqual({ledger: ['other no → not asked'], replayable: ['other yes → event-sourcing']})
  })

  it('the wallet replays 2 M transfers a second: event sourcing, and the rate alone does not decide it', () => {
    // ledger 3 / 2 / −2; replay: events +3, in place −2; 2 M/s > 5,000/s: events +1 → 6, 3, −4.
    // Without the replay: double-entry 3, events 2 (the rate criterion needs a ledger or replay: it still fires) + 1 = 3,
    // a tie that file order gives double-entry. Under 5,000/s: events 5 > 3, no change.
    const d = select(matrix, toFacts({...unstated, transactionAcrossKeys: true, ledger: true, replayable: true, peakWriteQps: 2e6}))
    expect([d.choice.id, d.choice.score, d.runnerUp?.id, d.runnerUp?.score]).toEqual(['event-sourcing', 6, 'double-entry', 3])
    expect(d.reasons[0]).toMatch(/^every past state must be rebuilt by replaying/)
    expect(flipsOf(d.flipPoints)).toEqual({replayable: ['other no → double-entry']})
  })

  it('reads the published designs: the payment ledger, the wallet\'s transfers, the hotel\'s reservations', async () => {
    const decided = async (file: string): Promise<string[][]> =>
      (await reportOfFile(`examples/published-designs/${file}.yaml`)).decisions.filter((d) => d.matrix === 'bookkeeping').map((d) => [d.id, d.choice.id])
    expect(await decided('xu-payment')).toEqual([['bookkeeping.payments', 'in-place'], ['bookkeeping.ledger', 'double-entry']])
    expect(await decided('xu-digital-wallet')).toEqual([['bookkeeping.transfers', 'event-sourcing']])
    expect(await decided('xu-hotel-reservation')).toEqual([['bookkeeping.reservations', 'in-place']])
  })

  it('`replayable` is read from the spec, and without writes it is an error at the key', async () => {
    const report = await reportOfYaml(`${MINIMAL}    replayable: true\n`)
    expect(report.decisions.find((d) => d.id === 'bookkeeping.items')?.choice.id).toBe('event-sourcing')
    // MINIMAL's workload without its writes line: `replayable` on line 9 at column 5.
    const problems = (await diagnosticsOf(`${MINIMAL.replace('    writes: {perUserPerDay: 1}\n', '')}    replayable: true\n`)).map((p) => `${p.line}:${p.column}: ${p.message} | ${p.hint}`)
    expect(problems).toEqual(['9:5: `workloads.items.replayable` asks for every past state to be replayed from the writes, but `items` has no `writes` | add `writes:` (a rate), or remove `replayable`'])
  })
})

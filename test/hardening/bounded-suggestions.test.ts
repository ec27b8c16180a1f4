import {describe, expect, it} from 'vitest'
import {closest, didYouMean, MAX_SUGGESTION_STEPS, suggestionBudget} from '../../src/spec/suggest.js'
import {sizeup} from '../helpers/analysis.js'
import {MINIMAL} from '../helpers/spec.js'

/*
 * Issue 12: did-you-mean over names of 120,000 characters took 70 s: the edit
 * distance filled a table of |typo| × |name| for every name. Now a name whose
 * length alone puts it too far is not compared, only the band of the table
 * that could give an acceptable distance is filled, and all of it, names
 * looked at included, is counted against a budget of steps, which the test
 * reads instead of a clock.
 */

const spent = (run: (budget: ReturnType<typeof suggestionBudget>) => unknown): number => {
  const budget = suggestionBudget()
  run(budget)
  return MAX_SUGGESTION_STEPS - Math.max(0, budget.steps)
}

describe('did-you-mean does bounded work whatever the names', () => {
  const long = 'a'.repeat(120_000)

  it('names of 120,000 characters cost a step each', () => {
    const names = [...Array.from({length: 1000}, () => long), 'storage.total']
    let found: string | null = null
    // A step per name, and one band of the table (12 rows of at most 2 × 4 + 1 cells) for the one compared.
    expect(spent((b) => (found = closest('storage.totl', names, b)))).toBeLessThanOrEqual(1001 + 12 * 9)
    expect(found).toBe('storage.total')
  })

  it('a 100-character typo against 100,000 names of its length stops at the budget', () => {
    const typo = 'b'.repeat(100)
    const names = Array.from({length: 100_000}, (_, i) => `${'b'.repeat(60)}${String(i).padStart(40, 'c')}`)
    expect(spent((b) => closest(typo, names, b))).toBeLessThanOrEqual(MAX_SUGGESTION_STEPS)
  })

  it('one budget serves many questions against one list: past it, no suggestion', () => {
    const names = Array.from({length: 100_000}, (_, i) => `workload.w${i}.storage.total`)
    const budget = suggestionBudget()
    const hints = Array.from({length: 1000}, () => didYouMean('workload.w99999.storage.totl', names, budget))
    expect(hints[0]).toBe('did you mean `workload.w99999.storage.total`?')
    expect(hints.at(-1)).toBeNull()
    expect(budget.steps).toBeLessThanOrEqual(0)
  })

  it('explain still suggests the metric next to a workload with a 120,000-character name', async () => {
    const spec = MINIMAL.replace('  items:\n    writes: {perUserPerDay: 1}\n    reads: {perUserPerDay: 10}\n    recordSize: 1 KB\n', `  ? ${long}\n  : {writes: {perUserPerDay: 1}, reads: {perUserPerDay: 10}, recordSize: 1 KB}\n`)
    const out = await sizeup(['explain', '-', 'storage.totl'], spec)
    expect(out.status).toBe(2)
    expect(out.stderr).toContain('did you mean `storage.total`?')
  })
})

/** Longer than any key, flag or metric id sizeup knows: such a word is no typo of one. */
const MAX_TYPO_LENGTH = 100

/**
 * Steps one did-you-mean may take, a step being a candidate looked at or a
 * cell of the distance table filled: some 50 ms on a slow machine. That is a
 * typo against all 100,000 metric ids of a 1,000-workload spec (~4 million
 * steps), or a 100-character typo against ~700 candidates of its length
 * (~7,000 cells each). When the steps run out, the best candidate so far is
 * the suggestion: a hostile list of long or many names costs this and no more.
 */
export const MAX_SUGGESTION_STEPS = 5_000_000

/** Steps left to spend on suggestions; one budget may be shared by many questions against one list. */
export interface SuggestionBudget {
  steps: number
}

/** A fresh budget for one suggestion, or for a batch of them (every unknown metric of one configuration). */
export function suggestionBudget(): SuggestionBudget {
  return {steps: MAX_SUGGESTION_STEPS}
}

/**
 * The closest candidate to a mistyped word, if it is close enough to be what
 * was meant (within a third of its length, at least 2 edits). A candidate
 * whose length alone puts it further is not compared at all, and each
 * comparison stops once it cannot beat the best so far.
 */
export function closest(word: string, candidates: readonly string[], budget: SuggestionBudget = suggestionBudget()): string | null {
  if (word.length > MAX_TYPO_LENGTH) return null
  const lower = word.toLowerCase()
  const limit = Math.max(2, Math.floor(word.length / 3))
  const rows = new Rows()
  let best: string | null = null
  let bestDistance = limit + 1
  for (const c of candidates) {
    if (--budget.steps < 0) break
    // Lower-casing never shortens a text, so a candidate this much longer stays too far once lower-cased.
    if (c.length - lower.length >= bestDistance) continue
    const dist = boundedDistance(lower, c.toLowerCase(), bestDistance - 1, budget, rows)
    if (dist === null) continue
    best = c
    bestDistance = dist
    if (dist === 0) break
  }
  return best
}

export function didYouMean(word: string, candidates: readonly string[], budget?: SuggestionBudget): string | null {
  const match = closest(word, candidates, budget)
  return match ? `did you mean \`${match}\`?` : null
}

/**
 * The edit distance of a and b if it is at most `max`, else null (also when
 * the budget runs out). Only cells within `max` of the diagonal can lead to an
 * answer that small, so only they are filled: O(|a| × max) rather than
 * O(|a| × |b|). Three rows are kept (the third for adjacent swaps), in typed
 * arrays reused from one candidate to the next.
 */
function boundedDistance(a: string, b: string, max: number, budget: SuggestionBudget, rows: Rows): number | null {
  if (Math.abs(a.length - b.length) > max) return null
  const far = max + 1
  let [before, previous, current] = rows.of(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : far
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    budget.steps -= to - from + 1
    if (budget.steps < 0) return null
    // The cells just outside the band are read as "too far"; everything further out is never read.
    current[from - 1] = from === 1 && i <= max ? i : far
    if (to < b.length) current[to + 1] = far
    let left = current[from - 1]!
    let rowBest = left
    const ai = a.charCodeAt(i - 1)
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1)
      let d = previous[j - 1]! + (ai === bj ? 0 : 1)
      if (previous[j]! + 1 < d) d = previous[j]! + 1
      if (left + 1 < d) d = left + 1
      if (j > 1 && aBefore === bj && ai === b.charCodeAt(j - 2) && before[j - 2]! + 1 < d) d = before[j - 2]! + 1
      if (d > far) d = far
      current[j] = d
      left = d
      if (d < rowBest) rowBest = d
    }
    // Distances never shrink down the table: once a whole row is past max, so is the answer.
    if (rowBest > max) return null
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  const d = previous[b.length]!
  return d <= max ? d : null
}

/** Three rows of the distance table, grown as needed and reused. */
class Rows {
  private rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0), new Int32Array(0)]

  of(length: number): [Int32Array, Int32Array, Int32Array] {
    if (this.rows[0].length < length) this.rows = [new Int32Array(length), new Int32Array(length), new Int32Array(length)]
    return [...this.rows]
  }
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({length: rows}, (_, i) => Array.from({length: cols}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** Longer than any key, flag or metric id sizeup knows. */
const MAX_TYPO_LENGTH = 100

/** The closest candidate to a mistyped word, if it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | null {
  // Edit distance is quadratic: a word longer than any name is no typo of one.
  if (word.length > MAX_TYPO_LENGTH) return null
  const lower = word.toLowerCase()
  let best: string | null = null
  let bestDistance = Infinity
  for (const c of candidates) {
    const dist = editDistance(lower, c.toLowerCase())
    if (dist < bestDistance) {
      best = c
      bestDistance = dist
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3))
  return bestDistance <= limit ? best : null
}

export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const match = closest(word, candidates)
  return match ? `did you mean \`${match}\`?` : null
}

/**
 * The growth-and-retention factor of the year-by-year storage projection
 * (storage.ts), its text as explain prints it, and that text read back as a
 * kernel term (kernel.ts), so that the compiled evaluator (program.ts) runs a
 * year's storage over whole arrays instead of calling its closure per sample.
 * The text, the function and the term live together so they cannot drift.
 */

/** Σ over years j ≤ k of (1+g)^(j−1) × the part of year j inside (k − R, k]. */
export function heldYears(k: number, retentionYears: number, growth: number): number {
  const windowStart = k - retentionYears
  let total = 0
  for (let j = 1; j <= k; j++) {
    const overlap = Math.max(0, Math.min(j, k) - Math.max(j - 1, windowStart))
    total += (1 + growth) ** (j - 1) * overlap
  }
  return total
}

/** How the Σ of heldYears(year, retentionDays ÷ daysPerYear, growth) reads in a formula's text. */
export const heldYearsText = (year: number): string => `Σ_{j=1..${year}} (1 + growth)^(j−1) × overlap(year j, retention window)`

/** The same text as a sticky pattern: group 1 is the year. */
export const HELD_YEARS_TERM = /Σ_\{j=1\.\.(\d+)\} \(1 \+ growth\)\^\(j−1\) × overlap\(year j, retention window\)/y

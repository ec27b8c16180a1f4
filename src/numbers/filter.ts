import type {ReferenceNumber, Section} from './types.js'

export interface NumbersQuery {
  /** Words that must all appear in the key, unit or note (case-insensitive). */
  readonly words: readonly string[]
  readonly section: Section | null
  /** Only figures flagged with this word (DISPUTED, DERIVED, VENDOR …). */
  readonly flag: string | null
}

/** The figures matching a query, in catalog order. */
export function filterNumbers(all: readonly ReferenceNumber[], q: NumbersQuery): ReferenceNumber[] {
  const words = q.words.map((w) => w.toLowerCase())
  return all.filter((n) => {
    if (q.section !== null && n.section !== q.section) return false
    if (q.flag !== null && !n.note.toUpperCase().includes(q.flag.toUpperCase())) return false
    const haystack = `${n.key} ${n.unit} ${n.note}`.toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
}

import {flipBecomesText, flipPointValueText, flipRangeText} from '../../matrices/flip-text.js'
import type {Flip, FlipPoint} from '../../matrices/types.js'
import {md} from '../../spec/sinks/markdown.js'

/** One row of a decision's "what would change it" table; `input` and `here` only on a fact's first row. */
export interface FlipRow {
  readonly input: string
  readonly here: string
  readonly at: string
  readonly becomes: string
}

export interface FlipsView {
  readonly rows: readonly FlipRow[]
  /** The inputs no value of which alone changes the choice, with their values: `record size (131 B), consistency (eventual)`; null when there are none. */
  readonly steady: string | null
}

/**
 * A decision's flip points for the design document, escaped for Markdown.
 * Other values of a stated property that lead to the same option share a row
 * (`timeline or range → Wide-column store`); numbers keep one row per side.
 */
export function flipsView(points: readonly FlipPoint[]): FlipsView {
  const rows: FlipRow[] = []
  const steady: string[] = []
  for (const p of points) {
    const here = md(flipPointValueText(p))
    if (p.flips.length === 0) {
      steady.push(`${md(p.label)} (${here})`)
      continue
    }
    groups(p.flips).forEach((group, i) =>
      rows.push({
        input: i === 0 ? md(p.label) : '',
        here: i === 0 ? here : '',
        at: group.map((f) => md(flipRangeText(f, p.unit))).join(' or '),
        becomes: md(flipBecomesText(group[0]!)),
      }),
    )
  }
  return {rows, steady: steady.length ? steady.join(', ') : null}
}

/** Flips in their order, those of other stated values that become the same option together. */
function groups(flips: readonly Flip[]): Flip[][] {
  const out: Flip[][] = []
  for (const f of flips) {
    const same = f.direction === 'other' && f.is !== undefined ? out.find((g) => g[0]!.direction === 'other' && g[0]!.is !== undefined && g[0]!.becomes?.id === f.becomes?.id) : undefined
    if (same) same.push(f)
    else out.push([f])
  }
  return out
}

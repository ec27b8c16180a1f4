import type {DecisionOutcomes} from '../analysis/decision-outcomes.js'
import {DEFAULT_REGRET_SOURCE} from '../matrices/under-uncertainty.js'
import {formatCount, formatPercent, formatUsd, grouped, significant} from '../quantity/format.js'

/**
 * Decisions under uncertainty in words, for every sink: the estimate's
 * terminal table, the design document's section and `explain` format the
 * Report's `outcomes` here, each passing its own escaping of user text
 * (option labels and ids come from the knowledge, decision ids from the spec).
 */
export type Escape = (text: string) => string

type Band = {readonly p5: number; readonly p50: number; readonly p95: number}
type Outcome = DecisionOutcomes['decisions'][number]

/** `p50 (p5–p95)`. */
export const bandText = (b: Band, f: (v: number) => string): string => `${f(b.p50)} (${f(b.p5)}–${f(b.p95)})`
export const nodesText = (v: number): string => formatCount(Math.round(v))
/** Dollars of regret: whole and grouped from 10 up (no digits past a float's precision), a few significant digits below. */
export const regretText = (v: number): string => (Math.abs(v) >= 10 ? grouped(Math.round(v)) : significant(v))

export interface OutcomeRow {
  readonly decision: string
  readonly shares: string
  readonly nodes: string
  readonly monthly: string
  readonly leastRegret: string
}

const varies = (b: Band | null | undefined): boolean => b !== null && b !== undefined && b.p95 > b.p5

/** The decisions worth a row: a choice not the same in every world, or nodes or cost that vary. */
export function outcomeRows(o: DecisionOutcomes, esc: Escape): OutcomeRow[] {
  return o.decisions
    .filter((d) => d.shares.length > 1 || d.shares[0]?.share !== 1 || varies(d.nodes) || varies(d.monthlyUsd))
    .map((d) => ({
      decision: esc(d.id),
      shares: sharesText(d, esc),
      nodes: d.nodes === null ? '–' : bandText(d.nodes, nodesText),
      monthly: d.monthlyUsd === null || d.monthlyUsd === undefined ? '–' : bandText(d.monthlyUsd, formatUsd),
      leastRegret: d.leastRegret === null ? (o.unpicked?.includes(d.id) === true ? 'not weighed: the re-planning budget ran out' : '–') : `${esc(d.leastRegret.label)} (expected regret ${d.leastRegret.expected.map((e) => `${esc(e.option)} ${regretText(e.regretUsd)}`).join(', ')})`,
    }))
}

export const sharesText = (d: Pick<Outcome, 'shares'>, esc: Escape): string => d.shares.map((s) => `${esc(s.label)} in ${formatPercent(s.share)}`).join(', ') || 'does not arise'

export const weightsText = (o: Pick<DecisionOutcomes, 'weights'>): string =>
  `over-provisioning × ${significant(o.weights.overProvision)}, under-provisioning × ${significant(o.weights.underProvision)}, exponent ${significant(o.weights.exponent)}`

/** Where the weights come from, as a parenthesis: Netflix's defaults, or the spec. */
export const weightsSourceText = (o: Pick<DecisionOutcomes, 'weights'>): string =>
  o.weights.source === DEFAULT_REGRET_SOURCE ? "the spend regret of Netflix's service-capacity-modeling" : o.weights.source.startsWith('spec (uncertainty.regret);') ? "stated in the spec's uncertainty.regret, the rest Netflix's spend regret" : "stated in the spec's uncertainty.regret"

import type {DesignReport} from '../analysis/report.js'
import {formatPercent, formatUsd, significant} from '../quantity/format.js'
import {terminal} from '../spec/sinks/terminal.js'
import {bandText, nodesText, regretText, sharesText, weightsSourceText, weightsText} from './outcomes-text.js'

/**
 * `explain <decision id>`: what a decision chose and, for a spec with ranges,
 * how it fares across the sampled worlds — each option's share of them, the
 * bands of its nodes and monthly cost, each contender's expected regret in its
 * two sides, and why the pick wins. Read from the Report (its `decisions` and
 * `outcomes`); nothing is computed again.
 */
export interface DecisionExplanation {
  readonly id: string
  readonly question: string
  readonly choice: {readonly option: string; readonly label: string; readonly score: number}
  readonly runnerUp: {readonly option: string; readonly label: string; readonly score: number} | null
  readonly reasons: readonly string[]
  /** Null for a spec without ranges: one world, the choice above. */
  readonly outcomes: DecisionOutcome | null
}

type Outcomes = NonNullable<DesignReport['outcomes']>
type Outcome = Outcomes['decisions'][number]
type Contender = NonNullable<Outcome['leastRegret']>['expected'][number] & {readonly label: string}

export interface DecisionOutcome {
  readonly worlds: number
  readonly regretWorlds: number
  readonly shares: Outcome['shares']
  readonly nodes: Outcome['nodes']
  readonly monthlyUsd: NonNullable<Outcome['monthlyUsd']> | null
  readonly weights: Outcomes['weights']
  /** True when several options win but the re-planning budget ran out before this decision (`outcomes.unpicked`): no pick was made. */
  readonly unpicked: boolean
  /** Null when one option wins in every world, or when the decision is unpicked. */
  readonly leastRegret: {readonly option: string; readonly label: string; readonly contenders: readonly Contender[]; readonly why: string} | null
}

/** The explanation of decision `id` in the report, or null when it has no such decision. */
export function explainDecision(report: DesignReport, id: string): DecisionExplanation | null {
  const d = report.decisions.find((x) => x.id === id)
  if (!d) return null
  const o = report.outcomes
  const outcome = o?.decisions.find((x) => x.id === id)
  const scored = (s: {id: string; label: string; score: number}) => ({option: s.id, label: s.label, score: s.score})
  return {
    id,
    question: d.question,
    choice: scored(d.choice),
    runnerUp: d.runnerUp === null ? null : scored(d.runnerUp),
    reasons: d.reasons,
    outcomes: !o || !outcome ? null : {
      worlds: o.worlds,
      regretWorlds: o.regretWorlds,
      shares: outcome.shares,
      nodes: outcome.nodes,
      monthlyUsd: outcome.monthlyUsd ?? null,
      weights: o.weights,
      unpicked: o.unpicked?.includes(id) === true,
      leastRegret: leastRegretOf(o, outcome),
    },
  }
}

function leastRegretOf(o: Outcomes, d: Outcome): DecisionOutcome['leastRegret'] {
  const pick = d.leastRegret
  if (pick === null) return null
  const label = (option: string): string => d.shares.find((s) => s.option === option)?.label ?? option
  const contenders = pick.expected.map((e) => ({...e, label: label(e.option)}))
  return {option: pick.option, label: pick.label, contenders, why: whyText(o, d, contenders, pick.option)}
}

/** A regret in the weights' units: whole above 10, three significant digits below (0 is `0`). */
const usd = regretText

/** Why the pick wins, in a sentence: its regret against the others', and on which side each is wrong. */
function whyText(o: Outcomes, d: Outcome, contenders: readonly Contender[], option: string): string {
  const best = contenders.find((c) => c.option === option)!
  const others = contenders.filter((c) => c !== best)
  if (others.every((c) => c.regretUsd === best.regretUsd)) {
    // Equal regrets from weights of zero are not bills that agree: say which weights gave them.
    const wrong = contenders.some((c) => (c.underShare ?? 0) > 0 || (c.overShare ?? 0) > 0)
    const zeroWeight = o.weights.underProvision === 0 || o.weights.overProvision === 0
    if (wrong && zeroWeight) return `every contender's regret is the same because a weight that counts its mistakes is zero (running short × ${significant(o.weights.underProvision)}, overpaying × ${significant(o.weights.overProvision)}): the pick is the one that wins most often`
    if (wrong) return `every contender's expected regret comes out the same (${usd(best.regretUsd)}): the pick is the one that wins most often`
    return `no contender's bill differs from the world's own choice in the ${o.regretWorlds} worlds (no regret either way): the pick is the one that wins most often`
  }
  const side = (c: Contender): string => {
    const parts = [c.underShare! > 0 ? `runs short in ${formatPercent(c.underShare!)} of the worlds (× ${significant(o.weights.underProvision)})` : '', c.overShare! > 0 ? `overpays in ${formatPercent(c.overShare!)} (× ${significant(o.weights.overProvision)})` : ''].filter(Boolean)
    return parts.length === 0 ? 'is never wrong' : parts.join(' and ')
  }
  const most = d.shares[0]
  const although = most && most.option !== option ? `, although ${most.label} wins in more worlds (${formatPercent(most.share)})` : ''
  return `the lowest expected regret, ${usd(best.regretUsd)} against ${others.map((c) => `${c.label}'s ${usd(c.regretUsd)}`).join(', ')}${although}: where it is not the world's own choice it ${side(best)}; ${others.map((c) => `${c.label} ${side(c)}`).join('; ')}`
}

/** The explanation as `explain` prints it. */
export function decisionExplanationText(e: DecisionExplanation): string {
  const t = terminal
  const lines = [t(`${e.id} — ${e.question} = ${e.choice.label}`)]
  lines.push(t(`    chosen:   ${e.choice.label} (score ${significant(e.choice.score)})${e.runnerUp ? `, runner-up ${e.runnerUp.label} (${significant(e.runnerUp.score)})` : ''}`))
  for (const reason of e.reasons) lines.push(t(`    because:  ${reason}`))
  const o = e.outcomes
  if (o === null) {
    lines.push('    outcomes: the spec has no ranges: one world, decided once')
    return lines.join('\n')
  }
  lines.push(t(`    outcomes: in ${o.worlds} sampled worlds, ${sharesText(o, (s) => s)}`))
  if (o.nodes !== null) lines.push(`    nodes:    ${bandText(o.nodes, nodesText)} (p50, p5–p95)`)
  if (o.monthlyUsd !== null) lines.push(`    monthly:  ${bandText(o.monthlyUsd, formatUsd)} (its component's lines of the bill)`)
  const r = o.leastRegret
  if (r === null) {
    lines.push(o.unpicked ? '    regret:   not weighed: several options win, but the re-planning budget of this run ran out before this decision (a spec with many ranged workloads)' : '    regret:   the same option wins in every world: no pick to make')
    return lines.join('\n')
  }
  lines.push(t(`    regret:   each contender re-planned and priced in the first ${o.regretWorlds} worlds; ${weightsText(o)} (${weightsSourceText(o)})`))
  const width = Math.max(...r.contenders.map((c) => c.label.length))
  for (const c of r.contenders) {
    const sides = c.overUsd === undefined ? '' : `   running short ${usd(c.underUsd!)} (${formatPercent(c.underShare!)} of worlds), overpaying ${usd(c.overUsd)} (${formatPercent(c.overShare!)})`
    lines.push(t(`      ${c.label.padEnd(width)}  expected ${usd(c.regretUsd)}${sides}`))
  }
  lines.push(t(`    pick:     ${r.label}: ${r.why}`))
  return lines.join('\n')
}

import {formatQuoted} from '../quantity/format.js'
import {flipPoints} from './flip.js'
import {score, type Weights} from './score.js'
import type {CriterionResult, Decision, Fact, Facts, Matrix, ScoredOption} from './types.js'

export type {Weights} from './score.js'

/**
 * Scores every option of a matrix against the facts and returns the choice,
 * the runner-up and the reasons in numbers. Pure and deterministic: ties go to
 * the matrix's default, then to file order.
 */
export function select(matrix: Matrix, facts: Facts, subject: string | null = null, weights: Weights = {}, withFlipPoints = true): Decision {
  const {totals, fired, ranked} = score(matrix, facts, weights)
  const criteria: CriterionResult[] = matrix.criteria.map((c, i) => ({id: c.id, fired: fired[i]!, scores: c.scores, reason: fillReason(c.reason, facts, matrix), source: c.source}))
  const scored = (i: number): ScoredOption | null => {
    const o = ranked[i]
    return o ? {id: o.id, label: o.label, technology: o.technology, score: totals.get(o.id)!} : null
  }
  const choice = scored(0)!
  const runnerUp = scored(1)
  const winner = matrix.options.find((o) => o.id === choice.id)!
  return {
    id: subject ? `${matrix.id}.${subject}` : matrix.id,
    matrix: matrix.id,
    title: matrix.title,
    question: matrix.question,
    subject,
    choice,
    runnerUp,
    reasons: reasonsFor(choice.id, runnerUp?.id ?? null, criteria, weights, matrix),
    criteria,
    // A sampled world needs only the choice (analysis/decision-outcomes.ts): its flip points are the base's.
    flipPoints: withFlipPoints ? flipPoints(matrix, facts, choice.id, weights) : [],
    // A summary may name facts too (the partitioning decision's shard key).
    summary: fillReason(winner.summary, facts, matrix),
    references: winner.references,
  }
}

/** Fired rows that favour the choice over the runner-up, by how much they separate the two. */
function reasonsFor(choice: string, runnerUp: string | null, rows: readonly CriterionResult[], weights: Weights, matrix: Matrix): string[] {
  const margin = (scores: Readonly<Record<string, number>>): number => (scores[choice] ?? 0) - (runnerUp ? (scores[runnerUp] ?? 0) : 0)
  const deciding = rows
    .map((row, index) => ({row, index, margin: margin(row.scores)}))
    .filter((r) => r.row.fired && r.margin > 0)
    .sort((a, b) => b.margin - a.margin || a.index - b.index)
    .map((r) => r.row.reason)
  if (margin(weights) > 0) deciding.push('the organisation overlay prefers it')
  if (deciding.length === 0) deciding.push(choice === matrix.default ? 'no criterion separates the options; this is the matrix default' : 'it scores highest on the criteria that apply')
  return deciding
}

/** `{peakWriteQps}` → `6,944/s`; `{relationalPrimaryWriteQps}` → `5,000/s`. */
function fillReason(template: string, facts: Facts, matrix: Matrix): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const threshold = matrix.thresholds[name]
    if (threshold) return formatFact({value: threshold.value, unit: threshold.unit})
    const fact = facts[name]
    return fact ? formatFact(fact) : whole
  })
}

/** A fact as a reason quotes it: rates in full (6,944/s), other quantities in human units. */
export function formatFact(fact: Fact): string {
  const {value} = fact
  if (value === null) return 'unknown'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string') return value
  return formatQuoted(value, fact.unit)
}

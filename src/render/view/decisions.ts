import type {Decision} from '../../matrices/types.js'
import {code, md, mdCited, mdLink} from '../../spec/sinks/markdown.js'
import {type FlipsView, flipsView} from './flips.js'
import {points} from './numbers.js'
import {decisionName, optionName} from './summary.js'

export interface DecisionView {
  readonly name: string
  readonly question: string
  readonly choice: string
  readonly choicePoints: string
  /** Null when the matrix had a single option. */
  readonly runnerUp: {readonly name: string; readonly points: string; readonly margin: string} | null
  readonly summary: string
  readonly reasons: readonly string[]
  /** The matrix rows that fired, with what each gave the choice and the runner-up. */
  readonly rows: readonly {readonly criterion: string; readonly reason: string; readonly choice: string; readonly runnerUp: string; readonly source: string}[]
  /** The values of each input at which the choice would change (flip points). */
  readonly flips: FlipsView
  readonly references: readonly string[]
}

export function decisionsView(decisions: readonly Decision[]): DecisionView[] {
  return decisions.map((d) => {
    const runnerUp = d.runnerUp
    const margin = runnerUp ? d.choice.score - runnerUp.score : 0
    return {
      name: decisionName(d),
      question: md(d.question),
      choice: optionName(d.choice),
      choicePoints: pointsText(d.choice.score),
      runnerUp: runnerUp ? {name: optionName(runnerUp), points: pointsText(runnerUp.score), margin: pointsText(margin)} : null,
      summary: md(d.summary),
      reasons: d.reasons.map(md),
      rows: d.criteria
        .filter((c) => c.fired)
        .map((c) => ({
          criterion: code(c.id),
          reason: md(c.reason),
          choice: points(c.scores[d.choice.id] ?? 0),
          runnerUp: runnerUp ? points(c.scores[runnerUp.id] ?? 0) : '–',
          source: mdCited(c.source),
        })),
      flips: flipsView(d.flipPoints),
      references: d.references.map((r) => mdLink(r.title, r.url)),
    }
  })
}

function pointsText(value: number): string {
  const text = points(value).replace(/^\+/, '')
  return `${text} point${Math.abs(value) === 1 ? '' : 's'}`
}

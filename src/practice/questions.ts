import type {MetricNode, Unit} from '../engine/ledger.js'
import type {PracticeData} from './types.js'

/** One estimate to ask: the metric, the question, and what the answer is written in. */
export interface Question {
  readonly metricId: string
  readonly text: string
  readonly unit: Unit
  /** What the answer is in (`requests per second`) and an example (`3.5K/s`). */
  readonly expect: string
  readonly example: string
}

/**
 * The question for a metric: its text in data/practice.yaml; a workload's
 * metric (`workload.posts.qps.write.avg`) is asked as its system metric's
 * question with the workload's name in front; any other by its label.
 */
export function questionFor(node: MetricNode, data: PracticeData): Question {
  const scoped = /^workload\.([^.]+)\.(.+)$/.exec(node.id)
  const own = data.questions[node.id]
  const system = scoped ? data.questions[scoped[2]!] : undefined
  const text = own ?? (system !== undefined ? `${scoped![1]}: ${system}` : `${node.label}?`)
  const hint = data.units[node.unit]
  return {metricId: node.id, text, unit: node.unit, expect: hint.expect, example: hint.example}
}

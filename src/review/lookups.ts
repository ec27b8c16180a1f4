import type {Estimate} from '../engine/estimate.js'
import {type MetricId, workloadMetricId, type WorkloadSuffix} from '../engine/ids.js'
import type {Unit} from '../engine/ledger.js'
import {metricValue} from '../engine/metrics.js'
import type {ComponentNode, SystemModel, Workload} from '../spec/model.js'
import type {Decision} from '../matrices/types.js'
import type {NodePlan, ScalingPlan} from '../plan/types.js'
import {formatDuration, formatPercent, formatQuoted, formatSpan} from '../quantity/format.js'

/**
 * What several rules look up in the context: a decision, a metric, the plan
 * items of a decision, the leaves of the component tree; and how they quote
 * numbers (the way decision reasons quote them, through formatFact).
 */

/** The decision of a matrix, for a workload or for the system. */
export function decisionFor(decisions: readonly Decision[], matrix: string, subject: string | null = null): Decision | undefined {
  return decisions.find((d) => d.matrix === matrix && d.subject === subject)
}

/** `Cassandra (wide-column)`, `cache-aside`: the choice as a message names it. */
export function choiceName(d: Decision): string {
  return d.choice.technology ? `${d.choice.technology} (${d.choice.id})` : d.choice.id
}

/**
 * A workload's own metric: one every estimate has, or one the rule has checked
 * the spec calls for (media figures after `w.media`). Missing, it is a bug.
 */
export function workloadMetric(estimate: Estimate, w: Workload, suffix: WorkloadSuffix): number {
  return metricValue(estimate.metrics, workloadMetricId(w.name, suffix))
}

/**
 * The metric a plan item's storage is sized from. The sizer sets it with a
 * typed id (plan/context.ts storedData); the plan's JSON type widens it to a
 * string, so it is narrowed back here, once.
 */
export function storageMetric(item: NodePlan): MetricId {
  return item.storage!.from as MetricId
}

/** The plan items that size a decision (`datastore.posts`, `cache.posts`), optionally of one role. */
export function planItems(plan: ScalingPlan | null, component: string, role?: string): NodePlan[] {
  return (plan?.items ?? []).filter((i) => i.component === component && (role === undefined || i.role === role))
}

/** A number with its unit, as decision reasons quote it: `6,944/s`, `55.2 PB`, `1 M`. */
export const fact = (value: number, unit: Unit): string => formatQuoted(value, unit)

export const rate = (value: number): string => fact(value, 'req/s')
export const size = (value: number): string => fact(value, 'B')
export const percent = (ratio: number): string => formatPercent(ratio)
export const duration = (seconds: number): string => formatDuration(seconds)
export const count = (value: number): string => fact(value, 'count')

/** `5 years`, `30 days`, `30s`: a duration as a person reads it, counted in the spec's days and years. */
export function retentionText(model: SystemModel, seconds: number): string {
  const day = model.conventions.secondsPerDay.value
  return formatSpan(seconds, {secondsPerDay: day, secondsPerYear: model.conventions.daysPerYear.value * day})
}

/** A leaf of the component tree, and whether a parallel group above it covers its failure. */
export interface Leaf {
  readonly node: Extract<ComponentNode, {kind: 'component'}>
  /** True when some ancestor is a parallel group of two or more members: another branch can serve. */
  readonly covered: boolean
}

/** Every component (leaf) of the tree, in document order. */
export function leaves(node: ComponentNode, covered = false): Leaf[] {
  if (node.kind === 'component') return [{node, covered}]
  const redundant = covered || (node.kind === 'parallel' && node.children.length > 1)
  return node.children.flatMap((c) => leaves(c, redundant))
}

/** True when the tree has a parallel group of two or more members anywhere. */
export function hasParallelGroup(node: ComponentNode): boolean {
  if (node.kind === 'component') return false
  return (node.kind === 'parallel' && node.children.length > 1) || node.children.some(hasParallelGroup)
}

/**
 * Components a request passes through on the shortest way along the tree: a
 * series adds its members, a parallel group takes its shortest branch (one
 * branch serves a request).
 */
export function hops(node: ComponentNode): number {
  if (node.kind === 'component') return 1
  const counts = node.children.map(hops)
  return node.kind === 'series' ? counts.reduce((a, b) => a + b, 0) : Math.min(...counts)
}

/** The tightest latency target stated: its percentile name and seconds; null when none is. */
export function tightestLatency(model: SystemModel): {readonly percentile: string; readonly seconds: number} | null {
  let best: {percentile: string; seconds: number} | null = null
  for (const [percentile, input] of Object.entries(model.slo.latencySeconds)) {
    if (best === null || input.value < best.seconds) best = {percentile, seconds: input.value}
  }
  return best
}

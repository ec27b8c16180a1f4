import type {Estimate} from '../engine/estimate.js'
import type {FigureId, MetricId, ZoneLossId} from '../engine/ids.js'
import {Ledger, type MetricNode, type Unit} from '../engine/ledger.js'
import type {FigureReader} from './figures.js'

/**
 * The plan's own ledger: every metric of the estimate, adopted as it is, so
 * that what the plan derives (Kafka's partitions and brokers, the counts that
 * survive a zone loss …) is a metric like any other, with its formula, its
 * inputs and the figures of the knowledge it reads. The Report lists them
 * after the estimate's (report --json, the appendix, explain).
 */
export function planLedger(estimate: Estimate): Ledger {
  return Ledger.extending(estimate.metrics)
}

/** What the plan derived beyond the estimate, in derivation order. */
export function planMetrics(ledger: Ledger, estimate: Estimate): MetricNode[] {
  return ledger.all().filter((n) => !estimate.metrics.has(n.id))
}

/** `Apache Kafka` → `apache-kafka`: a technology as a word in a metric id. */
export function technologySlug(technology: string): string {
  return technology.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** A figure of the knowledge as an input node of the plan's ledger: `figure.<technology>.<name>`, citing its source. */
export function figureNode(ledger: Ledger, f: FigureReader, technology: string, name: string, label: string, unit: Unit): FigureId {
  const cited = f.cite(name)
  return referenceOnce(ledger, `figure.${technologySlug(technology)}.${name}`, `${technology}: ${label}`, unit, cited.value, cited.source)
}

/**
 * The utilisation the plan divides by: the spec's convention, or (when the
 * plan is asked for another) a figure of its own.
 */
export function utilisationNode(ledger: Ledger, util: number): MetricId {
  const convention = 'convention.targetUtilization' as const
  if (ledger.has(convention) && ledger.value(convention) === util) return convention
  return referenceOnce(ledger, 'figure.plan.targetUtilization', 'Target utilisation the plan was asked for', 'ratio', util, 'planScaling(…, targetUtilization)')
}

/**
 * `ledger.derive`, once: a second sizing of the same metric (two decisions
 * that choose the same log for the same scope) reads the first, which the same
 * inputs gave.
 */
export function deriveOnce(ledger: Ledger): Ledger['derive'] {
  return (id, label, unit, formula, inputs, compute, cost) => (ledger.has(id) ? id : ledger.derive(id, label, unit, formula, inputs, compute, cost))
}

/** `ledger.reference`, once: a figure two sizers read is one input node. */
export function referenceOnce<I extends FigureId | ZoneLossId>(ledger: Ledger, id: I, label: string, unit: Unit, value: number, source: string): I {
  return ledger.has(id) ? id : ledger.reference(id, label, unit, value, source)
}

import type {Ledger} from '../../engine/ledger.js'
import type {MetricId, TechMetricId} from '../../engine/ids.js'
import type {Unit} from '../../engine/ledger.js'
import type {SystemModel, Workload} from '../../spec/model.js'
import type {TechnologyCapacity} from '../capacities.js'
import type {ModelFigure} from './figures.js'

/** What a technology model reads: the ledger (the estimate's nodes and the models' so far), the workload, the chosen technology's capacities. */
export interface ModelContext {
  readonly ledger: Ledger
  readonly model: SystemModel
  readonly workload: Workload
  /** The catalog name of the chosen technology (`Redis`, `Amazon S3 + CloudFront` …). */
  readonly technology: string
  readonly capacity: TechnologyCapacity
  /** The decision that chose it (`cache:posts`), for the labels. */
  readonly decision: string
}

/** A published figure as a ledger node, put once however many workloads use it. */
export function referenceFigure<I extends TechMetricId>(ledger: Ledger, id: I, label: string, figure: ModelFigure): I {
  return ledger.has(id) ? id : ledger.reference(id, label, figure.unit, figure.value, figure.source)
}

/** A capacity figure of data/capacities.yaml (overlay applied) as a ledger node, with its source; null when the catalog lacks it. */
export function capacityFigure<I extends TechMetricId>(ledger: Ledger, id: I, label: string, unit: Unit, capacity: TechnologyCapacity, name: string, technology: string): I | null {
  const f = capacity.figures[name]
  if (!f) return null
  return ledger.has(id) ? id : ledger.reference(id, `${label} (${technology})`, unit, f.value, f.source)
}

/** The node if the ledger has it. */
export function present<I extends MetricId>(ledger: Ledger, id: I): I | null {
  return ledger.has(id) ? id : null
}

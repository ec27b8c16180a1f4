import type {Input, RateBasis, SystemModel, Workload, WorkloadFacts} from '../spec/model.js'

/** A rate as the spec states it: `2` `perUserPerDay`. */
export interface StatedRate {
  readonly basis: RateBasis
  readonly amount: number
}

/** What one workload must do, as the spec states it (numbers in base units). */
export interface WorkloadRequirement {
  readonly name: string
  readonly description: string | null
  readonly writes: StatedRate | null
  readonly reads: StatedRate | null
  /** Records held before any new writes; null when not stated. */
  readonly existingRecords: number | null
  /** Seconds data is kept; null means forever. */
  readonly retentionSeconds: number | null
  readonly access: WorkloadFacts['access']
  readonly transactions: boolean | null
  readonly relationships: boolean | null
  readonly ordering: boolean | null
  readonly fanout: {readonly averageFollowers: number; readonly maxFollowers: number | null} | null
}

/** The functional (workloads) and non-functional (users, SLO) requirements of the spec. */
export interface Requirements {
  readonly users: {readonly mau: number; readonly dau: number}
  readonly slo: {
    readonly availability: number | null
    /** Latency targets in seconds by percentile (`p99`), in the order p50, p90, p95, p99, p999. */
    readonly latencySeconds: Readonly<Record<string, number>>
    readonly consistency: 'strong' | 'eventual' | null
    readonly durability: number | null
  }
  readonly workloads: readonly WorkloadRequirement[]
}

const PERCENTILES = ['p50', 'p90', 'p95', 'p99', 'p999']

/** Reads the requirements off the model; descriptions come from the spec's data, which the model does not keep. */
export function requirementsOf(model: SystemModel, data: unknown): Requirements {
  const latency: Record<string, number> = {}
  for (const p of PERCENTILES) {
    const target = model.slo.latencySeconds[p]
    if (target) latency[p] = target.value
  }
  return {
    users: {mau: model.users.mau.value, dau: model.users.dau.value},
    slo: {
      availability: valueOf(model.slo.availability),
      latencySeconds: latency,
      consistency: model.slo.consistency,
      durability: valueOf(model.slo.durability),
    },
    workloads: model.workloads.map((w) => workloadRequirement(w, describedAs(data, w.name))),
  }
}

function workloadRequirement(w: Workload, description: string | null): WorkloadRequirement {
  const rate = (r: Workload['reads']): StatedRate | null => (r ? {basis: r.basis, amount: r.amount.value} : null)
  const f = w.facts
  return {
    name: w.name,
    description,
    writes: rate(w.writes),
    reads: rate(w.reads),
    existingRecords: valueOf(w.existingRecords),
    retentionSeconds: valueOf(w.retentionSeconds),
    access: f.access,
    transactions: f.transactions,
    relationships: f.relationships,
    ordering: f.ordering,
    fanout: f.fanout ? {averageFollowers: f.fanout.averageFollowers.value, maxFollowers: valueOf(f.fanout.maxFollowers)} : null,
  }
}

function valueOf(input: Input | null): number | null {
  return input ? input.value : null
}

function describedAs(data: unknown, workload: string): string | null {
  const workloads = (data as {workloads?: Record<string, {description?: unknown}>} | null)?.workloads
  const description = workloads?.[workload]?.description
  return typeof description === 'string' ? description : null
}

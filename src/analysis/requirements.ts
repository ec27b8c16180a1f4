import type {Requirements, StatedRate, WorkloadRequirement} from '../analysis/generated/schema-types.js'
import type {Input, SystemModel, Workload} from '../spec/model.js'

// What the spec asks for, in base units, as report --json publishes it (scripts/report-schema.mjs).
export type {Requirements, StatedRate, WorkloadRequirement} from '../analysis/generated/schema-types.js'

const PERCENTILES = ['p50', 'p90', 'p95', 'p99', 'p999']

/** Reads the requirements off the model; descriptions come from the spec's data, which the model does not keep. */
export function requirementsOf(model: SystemModel, data: unknown): Requirements {
  const latency: Record<string, number> = {}
  for (const p of PERCENTILES) {
    const target = model.slo.latencySeconds[p]
    if (target) latency[p] = target.value
  }
  return {
    users: {mau: valueOf(model.users.mau), dau: valueOf(model.users.dau)},
    slo: {
      availability: valueOf(model.slo.availability),
      latencySeconds: latency,
      consistency: model.slo.consistency,
      durability: valueOf(model.slo.durability),
    },
    workloads: model.workloads.map((w) => workloadRequirement(w, describedAs(data, w.name))),
    connections: model.connections ? {concurrent: model.connections.concurrent?.value ?? null, bidirectional: model.connections.bidirectional} : null,
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
    queries: {
      updates: f.updates,
      geo: f.geo,
      ranking: f.ranking ? {member: f.ranking.member, refreshSeconds: valueOf(f.ranking.refresh), windowSeconds: valueOf(f.ranking.window)} : null,
      pushRecipients: f.push ? f.push.recipients.value : null,
      partitionKey: f.partitionKey,
      analytics: f.analytics ? {freshnessSeconds: f.analytics.freshness.value, userFacing: f.analytics.userFacing} : null,
      rollups: f.rollups ? {series: f.rollups.series.value, tiers: f.rollups.tiers.map((t) => ({resolutionSeconds: t.resolution.value, retentionSeconds: t.retention.value}))} : null,
    },
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

import {CONV} from './conventions.js'
import {inputId, type MetricId, workloadMetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'

/** A rollup tier's bytes kept and days kept, for the totals and the year-by-year projection. */
export interface RollupHeld {
  readonly total: MetricId
  readonly days: MetricId
}

/**
 * Downsampling: each rollup tier keeps one point per series per resolution
 * for its own retention, so it holds series × (secondsPerDay ÷ resolution) ×
 * days kept points, each stored like a record (size × overhead × replication
 * ÷ compression). Xu's metrics: 10 M series at 1 minute for 30 days are
 * 432 B points. Returns each tier's total and days kept, and their sum, which
 * the text data kept adds to the raw points.
 */
export function addRollups(ledger: Ledger, w: Workload, stored: {overhead: MetricId; replication: MetricId; compression: MetricId; recordSize: MetricId}): {sum: MetricId; tiers: RollupHeld[]} | null {
  const rollups = w.facts.rollups
  if (rollups === null || rollups.tiers.length === 0) return null
  const at = (field: string) => inputId(`workloads.${w.name}.rollups.${field}`)
  const series = ledger.input(at('series'), 'Series', 'count', rollups.series)
  const tiers: RollupHeld[] = []
  rollups.tiers.forEach((t, i) => {
    const n = i + 1
    const resolution = ledger.input(at(`tiers.${i}.resolution`), `Rollup ${n} resolution`, 's', t.resolution)
    const retention = ledger.input(at(`tiers.${i}.retention`), `Rollup ${n} retention`, 's', t.retention)
    const size = t.size ? ledger.input(at(`tiers.${i}.size`), `Rollup ${n} point size`, 'B', t.size) : stored.recordSize
    const points = ledger.derive(workloadMetricId(w.name, `rollups.${n}.pointsPerDay`), `Rollup ${n}: points per day`, 'count', 'series × secondsPerDay ÷ resolution', {series, secondsPerDay: CONV.secondsPerDay, resolution}, (v) => (v.series * v.secondsPerDay) / v.resolution)
    const days = ledger.derive(workloadMetricId(w.name, `rollups.${n}.retentionDays`), `Rollup ${n}: days kept`, 'days', 'retention ÷ secondsPerDay', {retention, secondsPerDay: CONV.secondsPerDay}, (v) => v.retention / v.secondsPerDay)
    const total = ledger.derive(
      workloadMetricId(w.name, `rollups.${n}.total`),
      `Rollup ${n}: data kept`,
      'B',
      'pointsPerDay × retentionDays × pointSize × overhead × replication ÷ compression',
      {pointsPerDay: points, retentionDays: days, pointSize: size, overhead: stored.overhead, replication: stored.replication, compression: stored.compression},
      (v) => (v.pointsPerDay * v.retentionDays * v.pointSize * v.overhead * v.replication) / v.compression,
    )
    tiers.push({total, days})
  })
  const sum = ledger.sum(workloadMetricId(w.name, 'rollups.total'), 'Rollups: data kept', 'B', Object.fromEntries(tiers.map((t, i) => [`rollup${i + 1}`, t.total])))
  return {sum, tiers}
}

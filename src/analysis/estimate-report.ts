import type {Check} from '../engine/availability.js'
import type {Estimate, Uncertainty} from '../engine/estimate.js'
import type {MetricNode} from '../engine/ledger.js'
import type {UnitConventions} from '../quantity/units.js'
import type {Input, SystemModel} from '../spec/model.js'
import {formatDuration, formatPercent, grouped, significant} from '../quantity/format.js'

export const REPORT_SCHEMA_VERSION = 1

/** A convention in force, how it reads, and whether the spec or the default set it. */
export interface ConventionEntry {
  readonly name: string
  readonly label: string
  /** In base units (seconds, days, fraction); strings for named choices. */
  readonly value: number | string
  readonly display: string
  readonly source: 'default' | 'spec'
  /** Spec path that sets it. */
  readonly path: string
}

/**
 * The canonical result of `estimate`: what every renderer reads and what
 * `--json` prints. No timestamps or absolute paths, so the same input gives
 * byte-identical output.
 */
export interface EstimateReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly file: string
  readonly name: string
  readonly description: string | null
  readonly workloads: readonly string[]
  readonly horizonYears: number
  readonly conventions: readonly ConventionEntry[]
  readonly metrics: Readonly<Record<string, MetricNode>>
  readonly checks: readonly Check[]
  /** Monte Carlo bands and sensitivity when the spec has ranges; null when it is exact. */
  readonly uncertainty: Uncertainty | null
  /** The spec's scenarios, estimated side by side: headline values by metric id (empty when it has none). */
  readonly scenarios: readonly ScenarioSummary[]
}

/** One scenario's headline figures. */
export interface ScenarioSummary {
  readonly name: string
  readonly metrics: Readonly<Record<string, number>>
}

export function buildEstimateReport(file: string, model: SystemModel, description: string | null, estimate: Estimate, scenarios: readonly ScenarioSummary[] = []): EstimateReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file,
    name: model.name,
    description,
    workloads: estimate.workloads,
    horizonYears: estimate.horizonYears,
    conventions: conventionEntries(model, estimate),
    metrics: estimate.metrics,
    checks: estimate.checks,
    uncertainty: estimate.uncertainty,
    scenarios,
  }
}

function entry(name: string, label: string, input: Input, value: number | string, display: string): ConventionEntry {
  return {name, label, value, display, source: input.isDefault ? 'default' : 'spec', path: input.path}
}

function conventionEntries(model: SystemModel, estimate: Estimate): ConventionEntry[] {
  const c = model.conventions
  const day = c.secondsPerDay.value
  const monthDays = c.secondsPerMonth.value / day
  const peak = estimate.metrics['traffic.peakFactor']!
  const binary = c.byteUnits === 'binary'
  return [
    entry('secondsPerDay', 'Seconds per day', c.secondsPerDay, day, `${grouped(day)} s`),
    entry('month', 'Month', c.secondsPerMonth, c.secondsPerMonth.value, `${significant(monthDays, 6)} days (${grouped(c.secondsPerMonth.value)} s)`),
    entry('year', 'Year', c.daysPerYear, c.daysPerYear.value, `${significant(c.daysPerYear.value, 7)} days`),
    {
      name: 'byteUnits',
      label: 'Byte units',
      value: c.byteUnits,
      display: binary ? 'binary (1 KB = 1,024 B)' : 'decimal (1 KB = 1,000 B)',
      source: c.byteUnits === 'binary' ? 'spec' : 'default',
      path: 'conventions.byteUnits',
    },
    entry('targetUtilization', 'Target utilisation at peak', c.targetUtilization, c.targetUtilization.value, `${formatPercent(c.targetUtilization.value)} (headroom ${formatPercent(1 - c.targetUtilization.value)})`),
    entry('cacheHotShare', 'Cache hot share of daily reads', c.cacheHotShare, c.cacheHotShare.value, formatPercent(c.cacheHotShare.value)),
    trafficEntry(model, peak.value),
  ]
}

function trafficEntry(model: SystemModel, effective: number): ConventionEntry {
  const t = model.traffic
  const factor = `${significant(effective)}×`
  switch (t.kind) {
    case 'peakFactor':
      return entry('peakFactor', 'Peak factor', t.peakFactor, effective, `${factor} the daily average`)
    case 'peakHourShare':
      return entry('peakFactor', 'Peak factor', t.peakHourShare, effective, `${factor} (busiest hour carries ${formatPercent(t.peakHourShare.value)} of the day)`)
    case 'activeWindow':
      return entry('peakFactor', 'Peak factor', t.activeWindowSeconds, effective, `${factor} (traffic within a ${formatDuration(t.activeWindowSeconds.value)} window)`)
  }
}

/** The report's calendar and byte units: what `2 days` or `1 PB` mean for it (its spec's conventions). */
export function unitConventionsOf(report: EstimateReport): UnitConventions {
  const value = (id: string): number => {
    const node = report.metrics[id]
    if (!node) throw new Error(`sizeup internal error: the report has no ${id}`)
    return node.value
  }
  return {
    secondsPerDay: value('convention.secondsPerDay'),
    secondsPerMonth: value('convention.secondsPerMonth'),
    secondsPerYear: value('calendar.secondsPerYear'),
    binaryBytes: report.conventions.some((c) => c.name === 'byteUnits' && c.value === 'binary'),
  }
}

import type {ConventionEntry, EstimateReport, ScenarioSummary} from './generated/schema-types.js'
import type {Estimate} from '../engine/estimate.js'
import type {MetricId} from '../engine/ids.js'
import {metricValue} from '../engine/metrics.js'
import type {UnitConventions} from '../quantity/units.js'
import {formatDuration, formatPercent, grouped, significant} from '../quantity/format.js'
import type {LoadedSpec} from '../spec/load.js'
import type {Input, SystemModel} from '../spec/model.js'

export const REPORT_SCHEMA_VERSION = 1

// The canonical result of `estimate` (what --json prints; no timestamps or absolute paths): scripts/estimate-schema.mjs.
export type {ConventionEntry, EstimateReport, ScenarioSummary} from './generated/schema-types.js'

export function buildEstimateReport(file: string, model: SystemModel, description: string | null, estimate: Estimate, scenarios: readonly ScenarioSummary[] = []): EstimateReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    file,
    name: model.name,
    description,
    workloads: estimate.workloads,
    horizonYears: estimate.horizonYears,
    conventions: conventionEntries(model, estimate),
    metrics: estimate.metrics.toRecord(),
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
  const peak = metricValue(estimate.metrics, 'traffic.peakFactor')
  const binary = c.byteUnits === 'binary'
  return [
    entry('secondsPerDay', 'Seconds per day', c.secondsPerDay, day, `${grouped(day)} s`),
    entry('month', 'Month', c.secondsPerMonth, c.secondsPerMonth.value, `${significant(monthDays, 6)} days (${grouped(c.secondsPerMonth.value)} s)`),
    entry('year', 'Year', c.daysPerYear, c.daysPerYear.value, `${significant(c.daysPerYear.value, 7)} days`),
    // Listed only when stated: a year ÷ 4 otherwise, as the quarter's downtime formula says.
    ...(c.secondsPerQuarter ? [entry('quarter', 'Quarter', c.secondsPerQuarter, c.secondsPerQuarter.value, `${significant(c.secondsPerQuarter.value / day, 6)} days (${grouped(c.secondsPerQuarter.value)} s)`)] : []),
    ...fillEntry(model),
    {
      name: 'byteUnits',
      label: 'Byte units',
      value: c.byteUnits,
      display: binary ? 'binary (1 KB = 1,024 B)' : 'decimal (1 KB = 1,000 B)',
      source: c.byteUnitsStated ? 'spec' : 'default',
      path: 'conventions.byteUnits',
    },
    entry('targetUtilization', 'Target utilisation at peak', c.targetUtilization, c.targetUtilization.value, `${formatPercent(c.targetUtilization.value)} (headroom ${formatPercent(1 - c.targetUtilization.value)})`),
    entry('cacheHotShare', 'Cache hot share of daily reads', c.cacheHotShare, c.cacheHotShare.value, formatPercent(c.cacheHotShare.value)),
    trafficEntry(model, peak),
  ]
}

/** The storage fill, listed only when the spec states one (nothing is provisioned at a fill otherwise). */
function fillEntry(model: SystemModel): ConventionEntry[] {
  const fill = model.provisioning?.storageFill
  if (!fill) return []
  const of = model.provisioning?.storageFillOf === 'logical' ? 'one copy (logical bytes)' : 'every replica (bytes as stored)'
  return [entry('storageFill', 'Storage fill', fill, fill.value, `${formatPercent(fill.value)} of ${of}`)]
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
  const value = (id: MetricId): number => metricValue(report.metrics, id)
  return {
    secondsPerDay: value('convention.secondsPerDay'),
    secondsPerMonth: value('convention.secondsPerMonth'),
    secondsPerYear: value('calendar.secondsPerYear'),
    binaryBytes: report.conventions.some((c) => c.name === 'byteUnits' && c.value === 'binary'),
  }
}

/** The estimate report of a loaded, estimated spec (its description read from the spec's text). */
export function estimateReportOf(spec: LoadedSpec, estimate: Estimate, scenarios: readonly ScenarioSummary[]): EstimateReport {
  const description = (spec.source.data as {description?: unknown} | null)?.description
  return buildEstimateReport(spec.file, spec.model, typeof description === 'string' ? description : null, estimate, scenarios)
}

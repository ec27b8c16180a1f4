import {CONV} from './conventions.js'
import {inputId, metricId, type Scope, workloadMetricId, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Workload} from '../spec/model.js'
import {SECONDS_PER_HOUR, SECONDS_PER_MINUTE} from '../quantity/calendar.js'

/**
 * Counts beside bytes: the records a workload writes per day, month and year,
 * and holds over its retention (the horizon when kept forever) with the
 * records already stored; the media objects it receives a day and holds.
 * Published estimates state these ("360 million shortlinks in 3 years") and a
 * key space or a per-server limit is checked against them. They need no size,
 * so a workload that states none is still counted. Like `storage.total`, the
 * figures held are at the first year's rate (growth is in the projection).
 */
export function addWorkloadCounts(ledger: Ledger, w: Workload): void {
  if (w.writes === null && w.existingRecords === null) return
  const scope = workloadScope(w.name)
  const retentionDays = workloadMetricId(w.name, 'storage.retentionDays')
  const perDay = ledger.derive(metricId(scope, 'records.perDay'), 'Records written per day', 'count', 'writesPerDay', {writesPerDay: metricId(scope, 'requests.write.perDay')}, (v) => v.writesPerDay)
  addPeriods(ledger, scope, 'records', 'Records written')
  const held = {perDay, retentionDays}
  if (w.existingRecords && w.facts.updates === 'in-place') {
    ledger.derive(metricId(scope, 'records.held'), 'Records held (one per key, updated in place)', 'count', 'records', {records: inputId(`workloads.${w.name}.records`)}, (v) => v.records)
  } else if (w.existingRecords) {
    ledger.derive(metricId(scope, 'records.held'), 'Records held (over retention, with those already stored)', 'count', 'perDay × retentionDays + existing', {...held, existing: inputId(`workloads.${w.name}.records`)}, (v) => v.perDay * v.retentionDays + v.existing)
  } else {
    ledger.derive(metricId(scope, 'records.held'), 'Records held (over retention)', 'count', 'perDay × retentionDays', held, (v) => v.perDay * v.retentionDays)
  }
  if (w.media) {
    const objects = ledger.derive(
      metricId(scope, 'media.objects.perDay'),
      'Media objects per day',
      'count',
      'writesPerDay × mediaWriteShare',
      {writesPerDay: metricId(scope, 'requests.write.perDay'), mediaWriteShare: inputId(`workloads.${w.name}.media.writeShare`)},
      (v) => v.writesPerDay * v.mediaWriteShare,
    )
    const heldObjects = ledger.derive(metricId(scope, 'media.objects.held'), 'Media objects held (over retention)', 'count', 'perDay × retentionDays', {perDay: objects, retentionDays}, (v) => v.perDay * v.retentionDays)
    if (w.media.smallShare) {
      const share = ledger.input(inputId(`workloads.${w.name}.media.smallShare`), 'Share of media objects under 1 MB', 'ratio', w.media.smallShare)
      ledger.derive(metricId(scope, 'media.objects.small.held'), 'Media objects under 1 MB held', 'count', 'held × smallShare', {held: heldObjects, smallShare: share}, (v) => v.held * v.smallShare)
    }
  }
}

/** Records written per month and per year, from per day, in the spec's calendar. */
function addPeriods(ledger: Ledger, scope: Scope, what: 'records', label: string): void {
  const perDay = metricId(scope, `${what}.perDay`)
  ledger.derive(metricId(scope, `${what}.perMonth`), `${label} per month`, 'count', 'perDay × daysPerMonth', {perDay, daysPerMonth: CONV.daysPerMonth}, (v) => v.perDay * v.daysPerMonth)
  ledger.derive(metricId(scope, `${what}.perYear`), `${label} per year`, 'count', 'perDay × daysPerYear', {perDay, daysPerYear: CONV.daysPerYear}, (v) => v.perDay * v.daysPerYear)
}

/**
 * The system's counts: each the sum of the workloads' own (records of every
 * kind together, as "items held"), where any workload has them.
 */
export function addSystemCounts(ledger: Ledger, workloads: readonly Workload[]): void {
  const across = (suffix: 'records.perDay' | 'records.held' | 'media.objects.perDay' | 'media.objects.held', label: string): boolean => {
    const parts = Object.fromEntries(workloads.map((w) => [w.name, metricId(workloadScope(w.name), suffix)] as const).filter(([, id]) => ledger.has(id)))
    if (Object.keys(parts).length === 0) return false
    ledger.sum(suffix, label, 'count', parts)
    return true
  }
  if (across('records.perDay', 'Records written per day')) {
    addPeriods(ledger, '', 'records', 'Records written')
    across('records.held', 'Records held')
  }
  if (across('media.objects.perDay', 'Media objects per day')) across('media.objects.held', 'Media objects held')
}

/**
 * Storage growth in periods shorter than a day ("1,500 GB a minute, 25 GB a
 * second"): new data per day spread evenly over the spec's day. A minute and
 * an hour are 60 s and 3,600 s; only the day follows the convention, as for rates.
 */
export function addGrowthRates(ledger: Ledger, scope: Scope): void {
  const perDay = metricId(scope, 'storage.perDay')
  const perSecond = ledger.derive(metricId(scope, 'storage.perSecond'), 'New data per second', 'B/s', 'perDay ÷ secondsPerDay', {perDay, secondsPerDay: CONV.secondsPerDay}, (v) => v.perDay / v.secondsPerDay)
  ledger.derive(metricId(scope, 'storage.perMinute'), 'New data per minute', 'B', 'perSecond × 60 s', {perSecond}, (v) => v.perSecond * SECONDS_PER_MINUTE)
  ledger.derive(metricId(scope, 'storage.perHour'), 'New data per hour', 'B', 'perSecond × 3600 s', {perSecond}, (v) => v.perSecond * SECONDS_PER_HOUR)
}

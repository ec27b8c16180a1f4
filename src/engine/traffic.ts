import {CONV} from './conventions.js'
import {inputId, type MetricId, metricId, type Scope, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {Rate, TrafficShape, Workload} from '../spec/model.js'
import {DAYS_PER_WEEK, SECONDS_PER_HOUR, SECONDS_PER_MINUTE} from '../quantity/calendar.js'

export const PEAK_FACTOR = 'traffic.peakFactor' satisfies MetricId
const ACTIVE_WINDOW = inputId('traffic.activeWindow')

/** The effective peak factor: peak rate ÷ 24-hour average rate. */
export function addPeakFactor(ledger: Ledger, shape: TrafficShape): void {
  const label = 'Effective peak factor'
  switch (shape.kind) {
    case 'peakFactor': {
      const pf = ledger.input(inputId('traffic.peakFactor'), 'Peak factor', 'x', shape.peakFactor)
      ledger.derive(PEAK_FACTOR, label, 'x', 'peakFactor', {peakFactor: pf}, (v) => v.peakFactor)
      return
    }
    case 'peakHourShare': {
      // If the busiest hour carries share s of the day, its rate is s × day ÷ 3600 s
      // against an average of day ÷ secondsPerDay, so the factor is s × secondsPerDay ÷ 3600.
      const share = ledger.input(inputId('traffic.peakHourShare'), 'Busiest hour share', 'ratio', shape.peakHourShare)
      ledger.derive(
        PEAK_FACTOR,
        label,
        'x',
        'peakHourShare × secondsPerDay ÷ 3600 s',
        {peakHourShare: share, secondsPerDay: CONV.secondsPerDay},
        (v) => (v.peakHourShare * v.secondsPerDay) / SECONDS_PER_HOUR,
      )
      return
    }
    case 'activeWindow': {
      // Traffic squeezed into a window runs at secondsPerDay ÷ window times the
      // 24-hour average, times any burst factor within the window.
      const window = ledger.input(ACTIVE_WINDOW, 'Active window', 's', shape.activeWindowSeconds)
      const pf = ledger.input(inputId('traffic.peakFactor'), 'Peak factor within the window', 'x', shape.peakFactor)
      ledger.derive(
        PEAK_FACTOR,
        label,
        'x',
        'secondsPerDay ÷ activeWindow × peakFactor',
        {secondsPerDay: CONV.secondsPerDay, activeWindow: window, peakFactor: pf},
        (v) => (v.secondsPerDay / v.activeWindow) * v.peakFactor,
      )
    }
  }
}

/** Requests per day for one direction (reads or writes) of a workload. */
function addPerDay(ledger: Ledger, w: Workload, dir: 'reads' | 'writes', rate: Rate): MetricId {
  const scope = workloadScope(w.name)
  const amount = ledger.input(inputId(`workloads.${w.name}.${dir}.${rate.basis}`), `${dir} ${rate.basis}`, 'req', rate.amount)
  const id = metricId(scope, `requests.${dir === 'reads' ? 'read' : 'write'}.perDay`)
  const label = `${dir === 'reads' ? 'Reads' : 'Writes'} per day`
  switch (rate.basis) {
    case 'perUserPerDay':
      return ledger.derive(id, label, 'req', 'perUserPerDay × dau', {perUserPerDay: amount, dau: 'input.users.dau'}, (v) => v.perUserPerDay * v.dau)
    case 'perUserPerMonth':
      return ledger.derive(
        id,
        label,
        'req',
        'perUserPerMonth × mau ÷ daysPerMonth',
        {perUserPerMonth: amount, mau: 'input.users.mau', daysPerMonth: CONV.daysPerMonth},
        (v) => (v.perUserPerMonth * v.mau) / v.daysPerMonth,
      )
    case 'perSecond':
      return ledger.derive(id, label, 'req', 'perSecond × secondsPerDay', {perSecond: amount, secondsPerDay: CONV.secondsPerDay}, (v) => v.perSecond * v.secondsPerDay)
    case 'perDay':
      return ledger.derive(id, label, 'req', 'perDay', {perDay: amount}, (v) => v.perDay)
    case 'perMonth':
      return ledger.derive(id, label, 'req', 'perMonth ÷ daysPerMonth', {perMonth: amount, daysPerMonth: CONV.daysPerMonth}, (v) => v.perMonth / v.daysPerMonth)
    // A minute and an hour are fixed lengths of time; a day is the spec's secondsPerDay, as for perSecond.
    case 'perMinute':
      return ledger.derive(id, label, 'req', 'perMinute × secondsPerDay ÷ 60 s', {perMinute: amount, secondsPerDay: CONV.secondsPerDay}, (v) => (v.perMinute * v.secondsPerDay) / SECONDS_PER_MINUTE)
    case 'perHour':
      return ledger.derive(id, label, 'req', 'perHour × secondsPerDay ÷ 3600 s', {perHour: amount, secondsPerDay: CONV.secondsPerDay}, (v) => (v.perHour * v.secondsPerDay) / SECONDS_PER_HOUR)
    case 'perWeek':
      return ledger.derive(id, label, 'req', 'perWeek ÷ 7', {perWeek: amount}, (v) => v.perWeek / DAYS_PER_WEEK)
    case 'perYear':
      return ledger.derive(id, label, 'req', 'perYear ÷ daysPerYear', {perYear: amount, daysPerYear: CONV.daysPerYear}, (v) => v.perYear / v.daysPerYear)
  }
}

/** Per-day, per-month, average and peak rates for one direction in one scope. */
export function addRates(ledger: Ledger, scope: Scope, dir: 'read' | 'write' | 'total', perDayId: MetricId): void {
  const noun = dir === 'read' ? 'read' : dir === 'write' ? 'write' : 'total'
  ledger.derive(
    metricId(scope, `requests.${dir}.perMonth`),
    `${cap(noun)} requests per month`,
    'req',
    'perDay × daysPerMonth',
    {perDay: perDayId, daysPerMonth: CONV.daysPerMonth},
    (v) => v.perDay * v.daysPerMonth,
  )
  const avg = ledger.derive(
    metricId(scope, `qps.${dir}.avg`),
    `Average ${noun} QPS`,
    'req/s',
    'perDay ÷ secondsPerDay',
    {perDay: perDayId, secondsPerDay: CONV.secondsPerDay},
    (v) => v.perDay / v.secondsPerDay,
  )
  ledger.derive(
    metricId(scope, `qps.${dir}.peak`),
    `Peak ${noun} QPS`,
    'req/s',
    'average × peakFactor',
    {average: avg, peakFactor: PEAK_FACTOR},
    (v) => v.average * v.peakFactor,
  )
  // Traffic that arrives within a window (a 6.5-hour trading day) averages over the window, not the day:
  // 1 bn orders ÷ 23,400 s = 42,735/s, where the 24-hour average is 11,574/s.
  if (ledger.has(ACTIVE_WINDOW)) {
    ledger.derive(
      metricId(scope, `qps.${dir}.windowAvg`),
      `Average ${noun} QPS within the active window`,
      'req/s',
      'perDay ÷ activeWindow',
      {perDay: perDayId, activeWindow: ACTIVE_WINDOW},
      (v) => v.perDay / v.activeWindow,
    )
  }
}

/** All traffic metrics of one workload. */
export function addWorkloadTraffic(ledger: Ledger, w: Workload): void {
  const scope = workloadScope(w.name)
  const read = w.reads ? addPerDay(ledger, w, 'reads', w.reads) : zero(ledger, metricId(scope, 'requests.read.perDay'), 'Reads per day')
  const write = w.writes ? addPerDay(ledger, w, 'writes', w.writes) : zero(ledger, metricId(scope, 'requests.write.perDay'), 'Writes per day')
  addTotalsAndRates(ledger, scope, read, write)
}

/** Total per day, every rate, and the read:write ratio, given reads and writes per day. */
export function addTotalsAndRates(ledger: Ledger, scope: Scope, readPerDay: MetricId, writePerDay: MetricId): void {
  const total = ledger.sum(metricId(scope, 'requests.total.perDay'), 'Requests per day', 'req', {reads: readPerDay, writes: writePerDay})
  addRates(ledger, scope, 'read', readPerDay)
  addRates(ledger, scope, 'write', writePerDay)
  addRates(ledger, scope, 'total', total)
  if (ledger.branch([writePerDay], ([writes]) => writes! > 0)) {
    ledger.derive(
      metricId(scope, 'ratio.readWrite'),
      'Read:write ratio',
      'x',
      'readsPerDay ÷ writesPerDay',
      {readsPerDay: readPerDay, writesPerDay: writePerDay},
      (v) => v.readsPerDay / v.writesPerDay,
    )
  }
}

function zero(ledger: Ledger, id: MetricId, label: string): MetricId {
  return ledger.derive(id, label, 'req', '0 (not described)', {}, () => 0)
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

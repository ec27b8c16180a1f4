import {CONV} from './conventions.js'
import {type InputId, inputId, type MetricId, metricId, type Scope, workloadMetricId, workloadScope} from './ids.js'
import type {Ledger} from './ledger.js'
import type {SystemModel, Workload} from '../spec/model.js'
import {addRollups, type RollupHeld} from './rollups.js'
import {heldYears, heldYearsText} from './held-years.js'

/** Ids of a scope's text and media figures (media only when there is any). */
export type ByPart = Partial<Record<'text' | 'media', MetricId>>

/** Spec-path prefix of a workload, for its input ids. */
const at = (w: Workload, field: string): InputId => inputId(`workloads.${w.name}.${field}`)

/**
 * Storage of one workload: bytes per stored record, new data per day, month and
 * year (text and media apart), the total kept over retention, and the
 * year-by-year projection with growth. Stored bytes include replication and
 * overhead and are divided by compression; media is stored as it arrives
 * (already compressed), times replication.
 */
export function addWorkloadStorage(ledger: Ledger, model: SystemModel, w: Workload): void {
  const scope = workloadScope(w.name)
  const writesPerDay = metricId(scope, 'requests.write.perDay')
  const record = ledger.input(at(w, 'recordSize'), 'Record size', 'B', w.recordBytes)
  const replication = ledger.input(at(w, 'replication'), 'Replication factor', 'x', w.replication)
  const overhead = ledger.input(at(w, 'overhead'), 'Index and overhead factor', 'x', w.overhead)
  const compression = ledger.input(at(w, 'compression'), 'Compression ratio', 'x', w.compression)

  const stored = ledger.derive(
    workloadMetricId(w.name, 'storage.recordBytes'),
    'Stored bytes per record',
    'B',
    'recordSize × overhead × replication ÷ compression',
    {recordSize: record, overhead, replication, compression},
    (v) => (v.recordSize * v.overhead * v.replication) / v.compression,
  )
  // Updates in place rewrite their key's record: the writes add nothing, and what is held is one record per key (the existing records).
  const inPlace = w.facts.updates === 'in-place'
  const text = inPlace
    ? ledger.derive(metricId(scope, 'storage.text.perDay'), 'New text data per day', 'B', "0: updates in place rewrite their key's record", {}, () => 0)
    : ledger.derive(
        metricId(scope, 'storage.text.perDay'),
        'New text data per day',
        'B',
        'writesPerDay × storedRecordBytes',
        {writesPerDay, storedRecordBytes: stored},
        (v) => v.writesPerDay * v.storedRecordBytes,
      )
  const parts: ByPart = {text}
  if (w.media) {
    const share = ledger.input(at(w, 'media.writeShare'), 'Share of writes with media', 'ratio', w.media.writeShare)
    const size = ledger.input(at(w, 'media.size'), 'Media size', 'B', w.media.bytes)
    parts.media = ledger.derive(
      metricId(scope, 'storage.media.perDay'),
      'New media data per day',
      'B',
      'writesPerDay × mediaWriteShare × mediaSize × replication',
      {writesPerDay, mediaWriteShare: share, mediaSize: size, replication},
      (v) => v.writesPerDay * v.mediaWriteShare * v.mediaSize * v.replication,
    )
  }
  const existing: ByPart = {}
  if (w.existingRecords) {
    const records = ledger.input(at(w, 'records'), 'Records already stored', 'count', w.existingRecords)
    existing.text = ledger.derive(
      workloadMetricId(w.name, 'storage.text.existing'),
      inPlace ? 'Data held: one record per key, updated in place' : 'Data already stored',
      'B',
      'records × storedRecordBytes',
      {records, storedRecordBytes: stored},
      (v) => v.records * v.storedRecordBytes,
    )
  }
  const retentionDays = addRetention(ledger, model, w)
  // Rollups (downsampled tiers) are kept beside the raw points, each for its own retention.
  const rollups = addRollups(ledger, w, {overhead, replication, compression, recordSize: record})
  addStorageTotals(ledger, scope, parts, retentionDays, existing, rollups?.sum ?? null)
  addProjection(ledger, model, scope, metricId(scope, 'storage.perDay'), {
    growth: ledger.input(at(w, 'growth'), 'Yearly growth', 'ratio', w.yearlyGrowth),
    retentionDays,
    existing: existing.text ?? null,
    rollups: rollups?.tiers ?? [],
  })
}

/** Days of data kept: the retention, or the whole horizon when data is kept forever. */
function addRetention(ledger: Ledger, model: SystemModel, w: Workload): MetricId {
  const id = workloadMetricId(w.name, 'storage.retentionDays')
  if (w.retentionSeconds === null) {
    const horizon = ledger.has(inputId('horizon'))
      ? inputId('horizon')
      : ledger.input(inputId('horizon'), 'Projection horizon', 'years', {value: model.horizonYears, path: 'horizon'})
    return ledger.derive(id, 'Days of data kept (forever: the horizon)', 'days', 'horizonYears × daysPerYear', {horizonYears: horizon, daysPerYear: CONV.daysPerYear}, (v) => v.horizonYears * v.daysPerYear)
  }
  const retention = ledger.input(at(w, 'retention'), 'Retention', 's', w.retentionSeconds)
  return ledger.derive(id, 'Days of data kept', 'days', 'retention ÷ secondsPerDay', {retention, secondsPerDay: CONV.secondsPerDay}, (v) => v.retention / v.secondsPerDay)
}

/**
 * Per-day, per-month, per-year and retained totals for a scope, given the
 * per-day parts (`text`, `media`). Shared by workloads and the system. A
 * workload's rollups are text kept beside the raw points.
 */
export function addStorageTotals(
  ledger: Ledger,
  scope: Scope,
  perDayParts: Readonly<ByPart>,
  retentionDays: MetricId | null,
  existing: Readonly<ByPart> = {},
  rollups: MetricId | null = null,
): void {
  const perDay = ledger.sum(metricId(scope, 'storage.perDay'), 'New data per day', 'B', perDayParts)
  ledger.derive(metricId(scope, 'storage.perMonth'), 'New data per month', 'B', 'perDay × daysPerMonth', {perDay, daysPerMonth: CONV.daysPerMonth}, (v) => v.perDay * v.daysPerMonth)
  ledger.derive(metricId(scope, 'storage.perYear'), 'New data per year', 'B', 'perDay × daysPerYear', {perDay, daysPerYear: CONV.daysPerYear}, (v) => v.perDay * v.daysPerYear)
  if (retentionDays === null) return
  const totals: ByPart = {}
  // Text before media, the order the callers add them in: the sum's formula reads `text + media`.
  for (const part of ['text', 'media'] as const) {
    const id = perDayParts[part]
    if (id === undefined) continue
    const label = `${part === 'text' ? 'Text' : 'Media'} data kept over retention`
    const already = existing[part]
    const besides = part === 'text' ? rollups : null
    const inputs: Record<string, MetricId> = {perDay: id, retentionDays, ...(already ? {existing: already} : {}), ...(besides ? {rollups: besides} : {})}
    const formula = ['perDay × retentionDays', already ? 'existing' : null, besides ? 'rollups' : null].filter((t) => t !== null).join(' + ')
    totals[part] = ledger.derive(metricId(scope, `storage.${part}.total`), label, 'B', formula, inputs, (v) => v.perDay! * v.retentionDays! + (v.existing ?? 0) + (v.rollups ?? 0))
  }
  // At the first year's volume: growth is in the year-by-year projection (storage.year.N).
  ledger.sum(metricId(scope, 'storage.total'), 'Data kept over retention (no growth)', 'B', totals)
}

/**
 * Bytes held at the end of each year of the horizon. Year j's writes are
 * perDay × daysPerYear × (1 + growth)^(j−1); at the end of year k the store
 * holds the part of each year that falls inside the retention window
 * (k − retentionYears, k].
 */
function addProjection(ledger: Ledger, model: SystemModel, scope: Scope, perDay: MetricId, p: {growth: MetricId; retentionDays: MetricId; existing: MetricId | null; rollups?: readonly RollupHeld[]}): void {
  const formula = (year: number): string => `perDay × daysPerYear × ${heldYearsText(year)}`
  // A rollup tier fills over its own retention and then holds steady: at the end of year k it holds min(1, k × daysPerYear ÷ its days) of its total.
  const tiers = p.rollups ?? []
  const rollupTerms = tiers.map((_, i) => `rollup${i + 1} × min(1, ${'${year}'} × daysPerYear ÷ rollup${i + 1}Days)`)
  const rollupInputs = Object.fromEntries(tiers.flatMap((t, i) => [[`rollup${i + 1}`, t.total], [`rollup${i + 1}Days`, t.days]]))
  for (let year = 1; year <= model.horizonYears; year++) {
    const id = metricId(scope, `storage.year.${year}`)
    const label = `Data held at the end of year ${year}`
    const inputs = {perDay, daysPerYear: CONV.daysPerYear, growth: p.growth, retentionDays: p.retentionDays}
    const held = (v: Readonly<Record<keyof typeof inputs, number>>): number => v.perDay * v.daysPerYear * heldYears(year, v.retentionDays / v.daysPerYear, v.growth)
    const rolled = (v: Readonly<Record<string, number>>): number => tiers.reduce((sum, _, i) => sum + v[`rollup${i + 1}`]! * Math.min(1, (year * v.daysPerYear!) / v[`rollup${i + 1}Days`]!), 0)
    const terms = [formula(year), p.existing ? 'existing' : null, ...rollupTerms.map((t) => t.replace('${year}', String(year)))].filter((t) => t !== null)
    if (p.existing || tiers.length > 0) {
      const all: Record<string, MetricId> = {...inputs, ...(p.existing ? {existing: p.existing} : {}), ...rollupInputs}
      ledger.derive(id, label, 'B', terms.join(' + '), all, (v) => held(v as Readonly<Record<keyof typeof inputs, number>>) + (v.existing ?? 0) + rolled(v))
    } else ledger.derive(id, label, 'B', formula(year), inputs, held)
  }
}

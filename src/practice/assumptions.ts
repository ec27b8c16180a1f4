import {isCollection, isMap, isPair, isScalar, type Node} from 'yaml'
import type {Input, Rate, SystemModel, Workload} from '../spec/model.js'
import {formatCount, formatPercent, formatValue, grouped, significant} from '../quantity/format.js'
import type {Unit} from '../engine/ledger.js'
import type {LoadedSpec} from '../spec/load.js'
import {scanLiteral} from '../quantity/literal.js'
import {unitConventions} from './answer.js'

/** One stated assumption: what it is, the value as the spec writes it, and the spec's comment on it. */
export interface Assumption {
  readonly label: string
  readonly text: string
  readonly note: string | null
}

export interface AssumptionGroup {
  /** The workload's name; null for the system-wide figures. */
  readonly title: string | null
  readonly lines: readonly Assumption[]
}

const RATE_WORDS: Readonly<Record<Rate['basis'], string>> = {
  perUserPerDay: 'per daily user a day',
  perUserPerMonth: 'per monthly user a month',
  perSecond: 'per second',
  perDay: 'per day',
  perMonth: 'per month',
  perMinute: 'per minute',
  perHour: 'per hour',
  perWeek: 'per week',
  perYear: 'per year',
}

/**
 * The numbers a candidate is given, read from the spec: users, traffic shape,
 * SLO, and per workload its rates, sizes, media, retention and copies, then
 * the conventions. Values are shown as the spec writes them (`50%`, `1M / 4`,
 * `20 * recordSize`) with the comment the spec has on that line; a size or
 * share written as an expression also shows what it comes to. Rates are not
 * resolved: working them out is the exercise.
 */
export function assumptions(spec: LoadedSpec): AssumptionGroup[] {
  const {model} = spec
  const say = sayer(spec)
  const system: Assumption[] = []
  if (model.users.mau) system.push(say('monthly users', model.users.mau, 'users'))
  if (model.users.dau) system.push(say('daily users', model.users.dau, 'users'))
  const t = model.traffic
  if (t.kind === 'peakFactor') system.push(say('peak', t.peakFactor, 'x', (s) => `${s} × the daily average`))
  else if (t.kind === 'peakHourShare') system.push(say('busiest hour', t.peakHourShare, 'ratio', (s) => `${s} of a day's traffic`))
  else {
    system.push(say('active window', t.activeWindowSeconds, 's', (s) => `the day's traffic arrives within ${s}`))
    system.push(say('peak', t.peakFactor, 'x', (s) => `${s} × the average within that window`))
  }
  if (model.slo.availability) system.push(say('availability SLO', model.slo.availability, 'ratio'))
  for (const [p, input] of Object.entries(model.slo.latencySeconds)) system.push(say(`${p} latency`, input, 's'))
  if (model.slo.durability) system.push(say('durability', model.slo.durability, 'ratio'))
  const groups: AssumptionGroup[] = [{title: null, lines: system}]
  for (const w of model.workloads) groups.push({title: w.name, lines: workloadLines(w, model, say)})
  groups.push({title: 'conventions', lines: conventionLines(model)})
  return groups
}

type Say = (label: string, input: Input, unit: Unit, wrap?: (text: string) => string, resolve?: boolean) => Assumption

function workloadLines(w: Workload, model: SystemModel, say: Say): Assumption[] {
  const lines: Assumption[] = []
  const rate = (label: string, r: Rate | null): void => {
    if (r) lines.push(say(label, r.amount, 'count', (s) => `${s} ${RATE_WORDS[r.basis]}`, false))
  }
  if (w.existingRecords) lines.push(say('records held', w.existingRecords, 'count'))
  rate('writes', w.writes)
  rate('reads', w.reads)
  if (w.writes || w.existingRecords) lines.push(say('record size', w.recordBytes, 'B'))
  if (w.reads && w.readBytes && !w.readBytes.isDefault) lines.push(say('read size', w.readBytes, 'B'))
  if (w.media) {
    lines.push(say('media on writes', w.media.writeShare, 'ratio', (s) => `${s} of writes carry one`))
    lines.push(say('media size', w.media.bytes, 'B'))
    if (w.reads) lines.push(say('media on reads', w.media.readShare, 'ratio', (s) => `${s} of reads fetch one`))
  }
  if (w.writes || w.existingRecords) {
    lines.push(
      w.retentionSeconds
        ? say('kept for', w.retentionSeconds, 's')
        : {label: 'kept for', text: `forever (storage is projected over ${model.horizonYears} years)`, note: null},
    )
  }
  const stated = (label: string, input: Input, unit: Unit, wrap?: (s: string) => string): void => {
    if (!input.isDefault) lines.push(say(label, input, unit, wrap))
  }
  stated('replication', w.replication, 'x', (s) => `${s} ${w.replication.value === 1 ? 'copy' : 'copies'} of every byte`)
  stated('overhead', w.overhead, 'x', (s) => `${s} × (indexes and storage pages)`)
  stated('compression', w.compression, 'x', (s) => `${s} (logical : stored)`)
  stated('yearly growth', w.yearlyGrowth, 'ratio')
  if (w.latencySeconds && w.latencySeconds.path.startsWith(`workloads.${w.name}.`)) lines.push(say('latency', w.latencySeconds, 's'))
  return lines
}

function conventionLines(model: SystemModel): Assumption[] {
  const c = model.conventions
  const day = c.secondsPerDay.value
  const binary = c.byteUnits === 'binary'
  return [
    {label: 'calendar', text: `a day is ${grouped(day)} s, a month ${significant(c.secondsPerMonth.value / day, 6)} days, a year ${significant(c.daysPerYear.value, 7)} days`, note: null},
    {
      label: 'rules of thumb',
      text: `${binary ? '1 KB = 1,024 B' : '1 KB = 1,000 B'}; the cache keeps ${formatPercent(c.cacheHotShare.value)} of a day's reads hot; servers run at ${formatPercent(c.targetUtilization.value)} at the peak`,
      note: null,
    },
  ]
}

/** Makes assumption lines from inputs, reading the spec's own text and comments. */
function sayer(spec: LoadedSpec): Say {
  const {doc, lines} = spec.source
  const conv = unitConventions(spec.model.conventions)
  const binary = conv.binaryBytes
  const lineOf = (node: Node): number => lines.linePos(node.range![0]).line
  const nodeAt = (path: readonly string[]): Node | null => {
    const node = doc.getIn(path, true) as Node | undefined
    return node && node.range ? node : null
  }
  /** The comment on the line of the value: its own, or that of a flow mapping around it on the same line. */
  const commentOf = (path: readonly string[], node: Node): string | null => {
    const line = lineOf(node)
    for (let n = path.length; n >= 1; n--) {
      const at = n === path.length ? node : nodeAt(path.slice(0, n))
      if (!at || lineOf(at) !== line) break
      const comment = (at as {comment?: string | null}).comment
      if (comment) return comment.trim().split('\n')[0]!
    }
    return null
  }
  const isLiteral = (text: string): boolean => {
    const lit = scanLiteral(text, 0, conv)
    return lit !== null && text.slice(lit.end).trim() === ''
  }
  return (label, input, unit, wrap = (s) => s, resolve = true) => {
    const shown = (value: number): string => (unit === 'x' ? significant(value) : unit === 'count' ? formatCount(value) : formatValue(value, unit, binary))
    const path = input.path.split('.')
    const node = input.isDefault ? null : nodeAt(path)
    if (!node) return {label, text: wrap(`${shown(input.value)}${input.isDefault ? ' (default)' : ''}`), note: null}
    let text: string
    if (isScalar(node)) {
      const raw = String(node.value).trim()
      // `dau: 50%` is a share of MAU: the count it comes to is stated too.
      const derived = !isLiteral(raw) || (unit === 'users' && raw.includes('%'))
      text = derived && resolve ? `${raw} (${shown(input.value)})` : raw
    } else if (isMap(node) && !isCollection(node.items[0]?.value)) {
      // recordFields: the fields and their sizes, summed.
      const fields = node.items.filter(isPair).map((p) => `${String((p.key as {value?: unknown}).value)} ${String((p.value as {value?: unknown}).value)}`)
      text = `${shown(input.value)} (${fields.join(' + ')})`
    } else text = shown(input.value)
    return {label, text: wrap(text), note: commentOf(path, node)}
  }
}

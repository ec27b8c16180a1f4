import type {Matrix} from '../matrices/types.js'
import {own} from '../quantity/own.js'
import {findTechnology} from '../plan/capacities.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {locate, type SourceDocument} from '../spec/document.js'
import {didYouMean} from '../spec/suggest.js'
import type {Knowledge, MatrixOverlay, Overlay, SourcedValue} from './types.js'
import {parseValue} from './values.js'

type Path = ReadonlyArray<string | number>
type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const entries = (v: unknown): Array<[string, unknown]> => (isObject(v) ? Object.entries(v) : [])
const list = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ')

/**
 * The checks a schema cannot make: every name an overlay uses must exist in
 * the knowledge it overlays (matrix ids, option ids, thresholds, technologies,
 * figures, price keys), and every value must have the dimension of what it
 * replaces. Returns the overlay with names resolved and values in base units,
 * and a located diagnostic for each problem.
 */
export function checkOverlay(source: SourceDocument, knowledge: Knowledge): {overlay: Overlay; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = []
  const report = (path: Path, on: 'key' | 'value', message: string, hint: string | null): void => {
    const pos = locate(source, path, on)
    diagnostics.push({file: source.file, line: pos.line, column: pos.column, path: path.join('.'), message, hint})
  }
  const data = isObject(source.data) ? source.data : {}
  const technologies = checkTechnologies(data.technologies, knowledge, report)
  const matrices: Record<string, MatrixOverlay> = {}
  for (const [id, raw] of entries(data.matrices)) {
    const matrix = knowledge.matrices.find((m) => m.id === id)
    if (!matrix) {
      report(['matrices', id], 'key', `unknown matrix \`${id}\``, didYouMean(id, knowledge.matrices.map((m) => m.id)) ?? `the matrices are ${list(knowledge.matrices.map((m) => m.id))}`)
      continue
    }
    matrices[id] = checkMatrix(matrix, raw, technologies, knowledge, report)
  }
  const capacities: Record<string, Record<string, SourcedValue>> = {}
  for (const [name, raw] of entries(data.capacities)) {
    const found = findTechnology(knowledge.capacities, name)
    if (!found) {
      const known = Object.keys(knowledge.capacities.technologies)
      report(['capacities', name], 'key', `no reference capacities for technology \`${name}\``, didYouMean(name, [...known, ...aliases(knowledge)]) ?? `the catalog knows ${list(known)}`)
      continue
    }
    const kind = knowledge.capacities.kinds[found.capacity.kind]
    const figures: Record<string, SourcedValue> = {}
    for (const [figure, value] of entries(raw)) {
      const spec = own(kind, figure)
      if (!spec) {
        const names = Object.keys(kind)
        report(['capacities', name, figure], 'key', `\`${figure}\` is not a figure of ${found.name} (a ${found.capacity.kind} store)`, didYouMean(figure, names) ?? `its figures are ${list(names)}`)
        continue
      }
      const parsed = sourced(['capacities', name, figure], value, spec.unit, report)
      if (parsed) figures[figure] = parsed
    }
    capacities[found.name] = {...capacities[found.name], ...figures}
  }
  const prices: Record<string, SourcedValue> = {}
  for (const [key, value] of entries(data.prices)) {
    const price = own(knowledge.prices.prices, key)
    if (!price) {
      const keys = Object.keys(knowledge.prices.prices)
      report(['prices', key], 'key', `unknown price \`${key}\``, didYouMean(key, keys) ?? `the prices are ${list(keys)}`)
      continue
    }
    const parsed = sourced(['prices', key], value, 'price', report)
    if (parsed) prices[key] = parsed
  }
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)
  return {overlay: {file: source.file, name: text(data.name), description: text(data.description), technologies, matrices, capacities, prices}, diagnostics}
}

type Report = (path: Path, on: 'key' | 'value', message: string, hint: string | null) => void

/** Every technology a matrix option or the capacity catalog names, with the catalog's aliases. */
function knownTechnologies(k: Knowledge): string[] {
  const names = new Set<string>(Object.keys(k.capacities.technologies))
  for (const m of k.matrices) for (const o of m.options) if (o.technology !== null) names.add(o.technology)
  return [...names].sort((a, b) => a.localeCompare(b, 'en'))
}

function aliases(k: Knowledge): string[] {
  return Object.values(k.capacities.technologies).flatMap((t) => t.aliases ?? [])
}

/** A technology name as the matrices and catalog spell it: exact, by alias, or ignoring case. */
export function canonicalTechnology(name: string, k: Knowledge): string | null {
  const known = knownTechnologies(k)
  if (known.includes(name)) return name
  const inCatalog = findTechnology(k.capacities, name)
  if (inCatalog) return inCatalog.name
  return known.find((t) => t.toLowerCase() === name.toLowerCase()) ?? null
}

function checkTechnologies(raw: unknown, k: Knowledge, report: Report): string[] | null {
  if (!Array.isArray(raw)) return null
  const out: string[] = []
  raw.forEach((name, i) => {
    if (typeof name !== 'string') return // the schema reports it
    const canonical = name.trim() === '' ? null : canonicalTechnology(name, k)
    if (canonical === null) {
      const known = knownTechnologies(k)
      report(['technologies', i], 'value', name.trim() === '' ? 'a technology name is empty' : `unknown technology \`${name}\``, didYouMean(name, [...known, ...aliases(k)]) ?? `technologies the matrices and the catalog name: ${list(known)}`)
    } else if (!out.includes(canonical)) out.push(canonical)
  })
  return out
}

function checkMatrix(matrix: Matrix, raw: unknown, technologies: readonly string[] | null, k: Knowledge, report: Report): MatrixOverlay {
  const at = (...rest: Array<string | number>): Path => ['matrices', matrix.id, ...rest]
  const options = matrix.options.map((o) => o.id)
  const unknownOption = (path: Path, on: 'key' | 'value', id: string): void =>
    report(path, on, `matrix \`${matrix.id}\` has no option \`${id}\``, didYouMean(id, options) ?? `its options are ${list(options)}`)
  const m = isObject(raw) ? raw : {}
  let allow: string[] | null = null
  if (Array.isArray(m.allow)) {
    allow = []
    m.allow.forEach((id, i) => {
      if (typeof id !== 'string') return
      if (options.includes(id)) allow!.push(id)
      else unknownOption(at('allow', i), 'value', id)
    })
    if (technologies !== null && allow.length > 0 && allow.length === m.allow.length) {
      const left = allow.filter((id) => allowedByTechnology(matrix, id, technologies, k))
      if (left.length === 0) report(at('allow'), 'key', `\`matrices.${matrix.id}.allow\` leaves no option: none of ${list(allow)} runs on a technology in \`technologies\``, `allow an option whose technology is one of ${list(technologies)}, or add its technology to \`technologies\``)
    }
  }
  const weights: Record<string, number> = {}
  for (const [id, points] of entries(m.weights)) {
    if (!options.includes(id)) unknownOption(at('weights', id), 'key', id)
    else if (typeof points === 'number') weights[id] = points
  }
  const thresholds: Record<string, SourcedValue> = {}
  for (const [name, value] of entries(m.thresholds)) {
    const threshold = own(matrix.thresholds, name)
    const names = Object.keys(matrix.thresholds)
    if (!threshold) {
      report(at('thresholds', name), 'key', `matrix \`${matrix.id}\` has no threshold \`${name}\``, didYouMean(name, names) ?? (names.length ? `its thresholds are ${list(names)}` : 'it has no thresholds'))
      continue
    }
    const parsed = sourced(at('thresholds', name), value, threshold.unit, report)
    if (parsed) thresholds[name] = parsed
  }
  return {allow, weights, thresholds}
}

/** Whether an option survives a technology restriction: a pattern (no technology) always does. */
export function allowedByTechnology(matrix: Matrix, optionId: string, technologies: readonly string[], k: Knowledge): boolean {
  const technology = matrix.options.find((o) => o.id === optionId)?.technology ?? null
  if (technology === null) return true
  const canonical = canonicalTechnology(technology, k) ?? technology
  return technologies.includes(canonical)
}

/** `{value, source, note}` → base units; problems reported where they are. */
function sourced(path: Path, raw: unknown, unit: string, report: Report): SourcedValue | null {
  if (!isObject(raw)) return null // the schema reports it
  const where = `\`${path.join('.')}\``
  let ok = true
  if (typeof raw.source === 'string' && raw.source.trim() === '') {
    report([...path, 'source'], 'value', `${where} has an empty \`source\``, 'say where the number comes from: a benchmark, a contract, a measurement')
    ok = false
  }
  if (raw.value === undefined || raw.value === null || typeof raw.source !== 'string') return null // the schema reports it
  if (typeof raw.value === 'number' && !Number.isFinite(raw.value)) return null // so does it `.inf` and `.nan`
  if (unit === 'price') return ok && typeof raw.value === 'number' ? {value: raw.value, source: raw.source, note: typeof raw.note === 'string' ? raw.note : null} : null
  const parsed = parseValue(raw.value, unit, `${where} value`)
  if ('problem' in parsed) {
    report([...path, 'value'], 'value', parsed.problem, parsed.hint)
    return null
  }
  return ok ? {value: parsed.value, source: raw.source, note: typeof raw.note === 'string' ? raw.note : null} : null
}

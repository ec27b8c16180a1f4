import {isScalar, type Node} from 'yaml'
import {own} from '../quantity/own.js'
import type {Rule, RuleData, Severity, SeveritySetting} from '../review/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {locate, type SourceDocument} from '../spec/document.js'
import {didYouMean} from '../spec/suggest.js'
import {splitBudget} from './budget-text.js'
import {inUnit, readQuantity} from './quantity.js'
import {BUDGET_RULE_ID, type Budget, type CheckConfig, DEFAULT_CONFIG, type Position} from './types.js'

export {BUDGET_RULE_ID} from './types.js'


const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warn', 'error']
const FAIL_LEVELS: readonly Severity[] = ['error', 'warn', 'info']

type Path = ReadonlyArray<string | number>
type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const list = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ')

/** The rules a configuration may name: their ids and thresholds (with units). */
export interface RuleCatalog {
  readonly rules: readonly Pick<Rule, 'id'>[]
  readonly data: Readonly<Record<string, RuleData>>
}

/**
 * The checks a schema cannot make: rule ids and threshold names must exist
 * (did-you-mean otherwise), thresholds must have the dimension of the
 * threshold they replace, and every budget must read `metric operator limit`
 * with a quantity for a limit. Returns the configuration with thresholds in
 * the rules' units, and a located diagnostic for each problem.
 */
export function checkConfig(source: SourceDocument, text: string, catalog: RuleCatalog): {config: CheckConfig; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = []
  const report: Report = (at, path, message, hint) => {
    diagnostics.push({file: source.file, line: at.line, column: at.column, path: path.join('.'), message, hint})
  }
  const data = isObject(source.data) ? source.data : {}
  const settings = checkRules(source, data.rules, catalog, report)
  const budgets = Array.isArray(data.budgets) ? checkBudgets(source, text, data.budgets, report) : []
  const failOn = typeof data.failOn === 'string' && (FAIL_LEVELS as readonly string[]).includes(data.failOn) ? (data.failOn as Severity) : DEFAULT_CONFIG.failOn
  return {config: {file: source.file, settings, budgets, failOn}, diagnostics}
}

type Report = (at: Position, path: Path, message: string, hint: string | null) => void

/** `rules:`: rule ids, severities, and thresholds in the units of the thresholds they replace. */
function checkRules(source: SourceDocument, raw: unknown, catalog: RuleCatalog, report: Report): CheckConfig['settings'] {
  const reportAt = (path: Path, on: 'key' | 'value', message: string, hint: string | null): void => report(locate(source, path, on), path, message, hint)
  const severities: Record<string, SeveritySetting> = {}
  const thresholds: Record<string, Record<string, number>> = {}
  const ids = [...catalog.rules.map((r) => r.id), BUDGET_RULE_ID]
  for (const [id, setting] of isObject(raw) ? Object.entries(raw) : []) {
    if (!ids.includes(id)) {
      reportAt(['rules', id], 'key', `unknown rule \`${id}\``, didYouMean(id, ids) ?? `the rules are ${list(ids)}`)
      continue
    }
    const severity = typeof setting === 'string' ? setting : isObject(setting) ? setting.severity : undefined
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) severities[id] = severity as SeveritySetting
    if (!isObject(setting) || !isObject(setting.thresholds)) continue
    const known = id === BUDGET_RULE_ID ? {} : (own(catalog.data, id)?.thresholds ?? {})
    const names = Object.keys(known)
    for (const [name, value] of Object.entries(setting.thresholds)) {
      const path = ['rules', id, 'thresholds', name]
      const threshold = own(known, name)
      if (!threshold) {
        const hint = id === BUDGET_RULE_ID ? 'limits on metrics are set in `budgets:`' : (didYouMean(name, names) ?? (names.length ? `its thresholds are ${list(names)}` : 'it has no thresholds'))
        reportAt(path, 'key', `rule \`${id}\` has no threshold \`${name}\``, hint)
        continue
      }
      if (typeof value !== 'string' && typeof value !== 'number') continue // the schema reports it
      if (typeof value === 'number' && !Number.isFinite(value)) continue // so does it `.inf` and `.nan`
      const written = readQuantity(value)
      const parsed = 'problem' in written ? written : inUnit(written, threshold.unit, String(value))
      if ('problem' in parsed) {
        reportAt(path, 'value', `\`${path.join('.')}\`${'problem' in written ? ':' : ''} ${parsed.problem}`, parsed.hint)
        continue
      }
      ;(thresholds[id] ??= {})[name] = parsed.value
    }
  }
  return {severities, thresholds}
}

/** `budgets:`: each `metric operator limit`, with the limit read as a quantity; metric ids are checked per spec. */
function checkBudgets(source: SourceDocument, text: string, raw: readonly unknown[], report: Report): Budget[] {
  const budgets: Budget[] = []
  raw.forEach((budget, index) => {
    if (typeof budget !== 'string') return // the schema reports it
    const path = ['budgets', index]
    const within = positionsIn(source, text, path, budget)
    const parts = splitBudget(budget)
    if ('problem' in parts) {
      report(within(parts.offset), path, parts.problem, parts.hint)
      return
    }
    const limit = readQuantity(parts.limit)
    if ('problem' in limit) {
      report(within(parts.limitOffset), path, `budget \`${budget.trim()}\`: ${limit.problem}`, limit.hint)
      return
    }
    const {metric, operator} = parts
    budgets.push({text: budget.trim(), metric, operator, limitText: parts.limit, limit, index, at: within(0), metricAt: within(parts.metricOffset), limitAt: within(parts.limitOffset)})
  })
  return budgets
}

/**
 * Positions inside a one-line scalar: the scalar's own position plus the
 * offset, when the text as written holds the value verbatim (plain or quoted,
 * without escapes); the scalar's position otherwise.
 */
function positionsIn(source: SourceDocument, text: string, path: Path, value: string): (offset: number) => Position {
  const start = locate(source, path)
  const node = source.doc.getIn(path, true) as Node | undefined
  if (!isScalar(node) || !node.range) return () => start
  const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0
  const from = node.range[0] + quote
  const verbatim = (node.type === 'PLAIN' || quote === 1) && text.slice(from, from + value.length) === value && !value.includes('\n')
  if (!verbatim) return () => start
  return (offset) => {
    const pos = source.lines.linePos(from + offset)
    return {line: pos.line, column: pos.col}
  }
}

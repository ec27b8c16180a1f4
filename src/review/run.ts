import {locate, type SourceDocument} from '../spec/document.js'
import type {Finding, Rule, RuleContext, RuleData, SeveritySetting} from './types.js'

import type {Suppression} from '../spec/suppressions.js'

/** Rule settings after configuration: severity (or off) and threshold overrides in base units. */
export interface ReviewSettings {
  readonly severities: Readonly<Record<string, SeveritySetting>>
  readonly thresholds: Readonly<Record<string, Readonly<Record<string, number>>>>
}

export const DEFAULT_SETTINGS: ReviewSettings = {severities: {}, thresholds: {}}

export interface ReviewInput {
  readonly context: Omit<RuleContext, 'thresholds' | 'stated' | 'data'>
  readonly source: SourceDocument
  readonly suppressions: readonly Suppression[]
}

/**
 * Runs every rule that is not switched off, locates each hit at the YAML
 * value that causes it, marks what the spec suppresses, and sorts the
 * findings by position, then rule id, then message, so output is stable.
 */
export function runReview(input: ReviewInput, rules: readonly Rule[], data: Readonly<Record<string, RuleData>>, settings: ReviewSettings = DEFAULT_SETTINGS): Finding[] {
  const findings: Finding[] = []
  const stated = (path: string): boolean => valueAt(input.source.data, segments(path)) !== undefined
  for (const rule of rules) {
    const ruleData = data[rule.id]
    if (!ruleData) throw new Error(`sizeup internal error: rule ${rule.id} has no entry in data/rules.yaml`)
    const severity = settings.severities[rule.id] ?? ruleData.severity
    if (severity === 'off') continue
    const thresholds: Record<string, number> = {}
    for (const [name, t] of Object.entries(ruleData.thresholds)) thresholds[name] = settings.thresholds[rule.id]?.[name] ?? t.value
    for (const hit of rule.check({...input.context, thresholds, stated, data: ruleData})) {
      // A rule names the value that causes a finding; should that value not be
      // written in the spec, the finding points at the nearest enclosing one.
      const path = existingPrefix(input.source.data, hit.path)
      const pos = locate(input.source, segments(path))
      const suppression = input.suppressions.find((s) => s.rule === rule.id && (s.path === null || path === s.path || path.startsWith(`${s.path}.`)))
      findings.push({
        ruleId: rule.id,
        severity,
        message: hit.message,
        hint: rule.fix,
        file: input.source.file,
        line: pos.line,
        column: pos.column,
        path,
        metrics: hit.metrics ?? [],
        suppressed: suppression ? {reason: suppression.reason, by: 'spec'} : null,
      })
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId, 'en') || a.message.localeCompare(b.message, 'en'))
}

type Segment = string | number

function segments(path: string): Segment[] {
  return path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

/** The plain-data value at a path, or undefined when the spec does not write one. */
function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let node = data
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined
    // Own keys only: a path through `constructor` must not find the one every object inherits.
    node = Array.isArray(node) ? (typeof seg === 'number' ? node[seg] : undefined) : Object.hasOwn(node, String(seg)) ? (node as Record<string, unknown>)[String(seg)] : undefined
    if (node === undefined) return undefined
  }
  return node
}

/** The longest prefix of a dotted path that the spec writes ('' for the document itself). */
function existingPrefix(data: unknown, path: string): string {
  const parts = segments(path)
  while (parts.length > 0 && valueAt(data, parts) === undefined) parts.pop()
  return parts.join('.')
}

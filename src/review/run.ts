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
  readonly context: Omit<RuleContext, 'thresholds'>
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
  for (const rule of rules) {
    const ruleData = data[rule.id]
    if (!ruleData) throw new Error(`sizeup internal error: rule ${rule.id} has no entry in data/rules.yaml`)
    const severity = settings.severities[rule.id] ?? ruleData.severity
    if (severity === 'off') continue
    const thresholds: Record<string, number> = {}
    for (const [name, t] of Object.entries(ruleData.thresholds)) thresholds[name] = settings.thresholds[rule.id]?.[name] ?? t.value
    for (const hit of rule.check({...input.context, thresholds})) {
      const pos = locate(input.source, hit.path === '' ? [] : hit.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)))
      const suppression = input.suppressions.find((s) => s.rule === rule.id && (s.path === null || hit.path === s.path || hit.path.startsWith(`${s.path}.`)))
      findings.push({
        ruleId: rule.id,
        severity,
        message: hit.message,
        hint: rule.fix,
        file: input.source.file,
        line: pos.line,
        column: pos.column,
        path: hit.path,
        metrics: hit.metrics ?? [],
        suppressed: suppression ? {reason: suppression.reason} : null,
      })
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId, 'en') || a.message.localeCompare(b.message, 'en'))
}

import {BUDGET_RULE_ID} from '../config/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {locate, type SourceDocument} from '../spec/document.js'
import {didYouMean} from '../spec/suggest.js'

/**
 * A suppression must name a rule that exists: one naming a misspelt rule
 * would silently suppress nothing. Each unknown id is a located problem of
 * the spec, with the closest rule id.
 */
export function unknownSuppressions(source: SourceDocument, ruleIds: readonly string[]): Diagnostic[] {
  const raw = (source.data as {suppress?: unknown} | null)?.suppress
  if (!Array.isArray(raw)) return []
  const out: Diagnostic[] = []
  raw.forEach((entry: unknown, i) => {
    const rule = entry !== null && typeof entry === 'object' ? (entry as {rule?: unknown}).rule : undefined
    if (typeof rule !== 'string' || ruleIds.includes(rule)) return
    const path = ['suppress', i, 'rule']
    const pos = locate(source, path)
    const hint =
      rule === BUDGET_RULE_ID
        ? 'budgets are set in sizeup.config.yaml; change or remove the budget there'
        : (didYouMean(rule, ruleIds) ?? `the rules are ${ruleIds.map((id) => `\`${id}\``).join(', ')} (docs/rules.md)`)
    out.push({file: source.file, line: pos.line, column: pos.column, path: path.join('.'), message: `\`suppress.${i}.rule\` names no rule: \`${rule}\``, hint})
  })
  return out
}

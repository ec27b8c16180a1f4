import type {Report} from '../analysis/report.js'
import {BUDGET_RULE_ID} from '../config/types.js'
import type {CheckConfig} from '../config/types.js'
import type {RuleSet} from '../review/ruleset.js'
import type {Severity, SeveritySetting} from '../review/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {evaluateBudgets} from './budgets.js'
import {budgetMetrics} from './metrics.js'
import type {CheckedFile, RuleInfo} from './types.js'

/** The severity of exceeded budgets unless the configuration says otherwise. */
export const BUDGET_SEVERITY: Severity = 'error'

/**
 * Checks one analysed spec against its configuration: the report's review
 * findings (reviewed with this configuration's rule settings), then the
 * budgets. A budget naming no metric of this spec comes back as a
 * diagnostic, for exit 2. Pure.
 */
export function checkFile(report: Report, config: CheckConfig, ruleSet: RuleSet, failOn: Severity | undefined): {file: CheckedFile; diagnostics: Diagnostic[]} {
  const severities: Record<string, SeveritySetting> = {}
  for (const rule of ruleSet.rules) severities[rule.id] = config.settings.severities[rule.id] ?? ruleSet.data[rule.id]?.severity ?? 'error'
  severities[BUDGET_RULE_ID] = config.settings.severities[BUDGET_RULE_ID] ?? BUDGET_SEVERITY
  const budgets = evaluateBudgets(config, budgetMetrics(report.metrics, report.cost, report.plan), report.file, severities[BUDGET_RULE_ID])
  return {
    file: {file: report.file, config: config.file, failOn: failOn ?? config.failOn, severities, findings: [...report.findings, ...budgets.findings], budgets: budgets.results},
    diagnostics: budgets.diagnostics,
  }
}

/** The rules' metadata for the output formats, in documentation order, then `budget`. */
export function rulesInfo(ruleSet: RuleSet): RuleInfo[] {
  const rules: RuleInfo[] = ruleSet.rules.map((r) => ({id: r.id, summary: r.summary, description: r.description, fix: r.fix, defaultSeverity: ruleSet.data[r.id]?.severity ?? 'error'}))
  rules.push({
    id: BUDGET_RULE_ID,
    summary: 'A number of the design breaks a budget set in sizeup.config.yaml.',
    description:
      'Budgets are limits a project sets on the numbers of its design: storage, peak QPS, bandwidth, monthly cost, machines. Each is written `metric operator limit` under `budgets:` in sizeup.config.yaml; a design whose metric breaks the comparison fails the budget.',
    fix: 'change the design so that the metric is within the budget, or change the budget if the new figure is intended',
    defaultSeverity: BUDGET_SEVERITY,
  })
  return rules
}

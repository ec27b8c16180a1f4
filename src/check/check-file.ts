import type {CheckConfig} from '../config/types.js'
import {BUDGET_RULE_ID} from '../config/check.js'
import type {CostReport} from '../cost/types.js'
import type {Estimate} from '../engine/estimate.js'
import type {Decision} from '../matrices/types.js'
import type {ScalingPlan} from '../plan/types.js'
import {runReview} from '../review/run.js'
import type {Rule, RuleData, Severity, SeveritySetting} from '../review/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import type {LoadedSpec} from '../spec/load.js'
import {evaluateBudgets} from './budgets.js'
import {budgetMetrics} from './metrics.js'
import {unknownSuppressions} from './suppressions.js'
import type {CheckedFile, RuleInfo} from './types.js'

/** What checking a spec reads: the analysis of `report` (structurally, so this stays free of the CLI). */
export interface CheckInput {
  readonly spec: LoadedSpec
  readonly estimate: Estimate
  readonly decisions: readonly Decision[]
  readonly plan: ScalingPlan
  readonly report: {readonly cost: CostReport | null}
}

export interface RuleSet {
  readonly rules: readonly Rule[]
  readonly data: Readonly<Record<string, RuleData>>
}

/** The severity of exceeded budgets unless the configuration says otherwise. */
export const BUDGET_SEVERITY: Severity = 'error'

/**
 * Checks one analysed spec against a configuration: review findings (with
 * the spec's suppressions), then budgets. Problems of the input (a
 * suppression naming no rule, a budget naming no metric of this spec) come
 * back as diagnostics, for exit 2. Pure.
 */
export function checkFile(input: CheckInput, config: CheckConfig, ruleSet: RuleSet, failOn: Severity | undefined): {file: CheckedFile; diagnostics: Diagnostic[]} {
  const {spec} = input
  const diagnostics = unknownSuppressions(spec.source, ruleSet.rules.map((r) => r.id))
  const findings = runReview(
    {context: {model: spec.model, estimate: input.estimate, decisions: input.decisions, plan: input.plan}, source: spec.source, suppressions: spec.suppressions},
    ruleSet.rules,
    ruleSet.data,
    config.settings,
  )
  const severities: Record<string, SeveritySetting> = {}
  for (const rule of ruleSet.rules) severities[rule.id] = config.settings.severities[rule.id] ?? ruleSet.data[rule.id]?.severity ?? 'error'
  severities[BUDGET_RULE_ID] = config.settings.severities[BUDGET_RULE_ID] ?? BUDGET_SEVERITY
  const budgets = evaluateBudgets(config, budgetMetrics(input.estimate, input.report.cost, input.plan), spec.file, severities[BUDGET_RULE_ID])
  diagnostics.push(...budgets.diagnostics)
  return {
    file: {file: spec.file, config: config.file, failOn: failOn ?? config.failOn, severities, findings: [...findings, ...budgets.findings], budgets: budgets.results},
    diagnostics,
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

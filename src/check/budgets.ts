import {BUDGET_RULE_ID} from '../config/types.js'
import {inUnit, type MetricUnit} from '../config/quantity.js'
import type {Budget, CheckConfig, Operator} from '../config/types.js'
import {formatUsd, formatValue, grouped, significant} from '../quantity/format.js'
import {own} from '../quantity/own.js'
import type {Finding, SeveritySetting} from '../review/types.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {didYouMean, suggestionBudget} from '../spec/suggest.js'
import type {BudgetMetric} from './metrics.js'
import {REPORT_METRICS} from './metrics.js'
import type {BudgetResult} from './types.js'

/** Values this close (relative) count as equal: `<=` holds at the limit and `<` does not, whatever the float noise. */
const RELATIVE_TOLERANCE = 1e-9

/** Whether `value operator limit` holds. */
export function holds(value: number, operator: Operator, limit: number): boolean {
  const equal = Math.abs(value - limit) <= RELATIVE_TOLERANCE * Math.max(Math.abs(value), Math.abs(limit))
  switch (operator) {
    case '<=':
      return equal || value < limit
    case '<':
      return !equal && value < limit
    case '>=':
      return equal || value > limit
    case '>':
      return !equal && value > limit
  }
}

/** A metric's value as a person reads it; with more digits when the rounded value would read as the limit. */
export function displayValue(value: number, unit: MetricUnit, limit: number): string {
  const show = (v: number): string => (unit === 'USD' ? formatUsd(v) : formatValue(v, unit))
  const shown = show(value)
  if (value === limit || shown !== show(limit)) return shown
  return `${shown} (${unit === 'USD' ? `$${grouped(value, 2)}` : `${significant(value, 12)} ${unit === 'ratio' ? '' : unit}`.trim()})`
}

export interface BudgetOutcome {
  readonly results: BudgetResult[]
  /** Exceeded budgets, as findings of the rule `budget`, located in the configuration. */
  readonly findings: Finding[]
  /** Budgets that name no metric of this spec, or a limit of the wrong dimension: problems of the configuration. */
  readonly diagnostics: Diagnostic[]
}

/**
 * Measures a configuration's budgets against one spec's numbers. `spec` is
 * named in the messages, since a configuration may serve several specs.
 */
export function evaluateBudgets(config: CheckConfig, metrics: Readonly<Record<string, BudgetMetric>>, spec: string, severity: SeveritySetting): BudgetOutcome {
  const out: BudgetOutcome = {results: [], findings: [], diagnostics: []}
  const file = config.file ?? ''
  // One suggestion budget for all of the configuration's unknown metrics: thousands of misspelt budgets cost one did-you-mean's work.
  const ids = Object.keys(metrics)
  const suggestions = suggestionBudget()
  for (const budget of config.budgets) {
    const path = `budgets.${budget.index}`
    const problem = (at: Budget['at'], message: string, hint: string | null): void => {
      out.diagnostics.push({file, line: at.line, column: at.column, path, message, hint})
    }
    const metric = own(metrics, budget.metric)
    if (!metric) {
      const report = REPORT_METRICS.find((m) => m.id === budget.metric)
      if (report) problem(budget.metricAt, `\`${budget.metric}\` is not known for \`${spec}\``, 'the report has no cost or scaling plan for this spec')
      else problem(budget.metricAt, `unknown metric \`${budget.metric}\` in budget \`${budget.text}\` (checking \`${spec}\`)`, didYouMean(budget.metric, ids, suggestions) ?? 'the metric ids are those of `sizeup estimate --json`, and cost.monthly, cost.storage.monthly, cost.egress.monthly, cost.compute.monthly and nodes.total')
      continue
    }
    const limit = inUnit(budget.limit, metric.unit, budget.limitText)
    if ('problem' in limit) {
      problem(budget.limitAt, `budget \`${budget.text}\`: \`${budget.metric}\` ${limit.problem}`, limit.hint)
      continue
    }
    const passed = holds(metric.value, budget.operator, limit.value)
    const display = displayValue(metric.value, metric.unit, limit.value)
    const result: BudgetResult = {
      budget: budget.text,
      metric: budget.metric,
      operator: budget.operator,
      limitText: budget.limitText,
      limit: limit.value,
      value: metric.value,
      unit: metric.unit,
      display,
      passed,
      file,
      line: budget.at.line,
      column: budget.at.column,
    }
    out.results.push(result)
    if (passed || severity === 'off') continue
    out.findings.push({
      ruleId: BUDGET_RULE_ID,
      severity,
      message: `${budget.metric} of ${spec} is ${display}; the budget is ${budget.operator} ${budget.limitText}`,
      hint: `change the design so that ${budget.metric} ${budget.operator} ${budget.limitText}, or change the budget in ${file} if the new figure is intended`,
      file,
      line: budget.at.line,
      column: budget.at.column,
      path,
      metrics: [budget.metric],
      suppressed: null,
    })
  }
  return out
}


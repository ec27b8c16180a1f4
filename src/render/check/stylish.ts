import {summarize, summaryLine} from '../../check/summary.js'
import type {BudgetResult, CheckedFile, CheckResult} from '../../check/types.js'
import {BUDGET_RULE_ID} from '../../config/types.js'
import type {Finding} from '../../review/types.js'
import {terminal, terminalLines} from '../../spec/sinks/terminal.js'
import {type CheckStyle, PLAIN_CHECK} from './style.js'

/**
 * The terminal format: per spec, its findings (position, severity, message,
 * rule id, and how to fix it), then its budgets, met or exceeded, at their
 * lines in the configuration; a summary line at the end. Colour comes from
 * the style (plain unless the CLI decides otherwise).
 */
export function formatStylish(result: CheckResult, style: CheckStyle = PLAIN_CHECK): string {
  const blocks = result.files.map((file) => fileBlock(file, style))
  const summary = summarize(result)
  const mark = summary.passed ? style.good('✔') : style.error('✖')
  return `${blocks.join('\n')}\n${mark} ${summaryLine(summary)}\n`
}

interface Row {
  readonly at: string
  readonly severity: string
  readonly colour: (s: string) => string
  /** Raw text; each of its lines is made safe for a terminal (spec/sinks/terminal.ts), then styled with `textStyle`. */
  readonly text: string
  readonly textStyle: (s: string) => string
  readonly tail: string
  readonly fix: string | null
}

function findingRow(f: Finding, style: CheckStyle): Row {
  return {
    at: `${f.line}:${f.column}`,
    severity: f.severity,
    colour: f.suppressed ? style.dim : style[f.severity],
    text: f.message,
    textStyle: f.suppressed ? style.dim : (t) => t,
    tail: style.dim(terminal(f.ruleId)) + (f.suppressed ? style.dim(`  [suppressed: ${terminal(f.suppressed.reason)}]`) : ''),
    fix: f.suppressed ? null : terminal(f.hint),
  }
}

function budgetRow(b: BudgetResult, finding: Finding | undefined, file: CheckedFile, style: CheckStyle): Row {
  const severity = b.passed ? 'met' : (finding?.severity ?? (file.severities[BUDGET_RULE_ID] === 'off' ? 'off' : 'error'))
  const colour = b.passed ? style.good : finding ? style[finding.severity] : style.dim
  return {at: `${b.line}:${b.column}`, severity, colour, text: `${b.metric} is ${b.display}, budget ${b.operator} ${b.limitText}`, textStyle: (t) => t, tail: b.passed ? '' : style.dim(BUDGET_RULE_ID), fix: null}
}

function rowLines(rows: readonly Row[], indent: string, style: CheckStyle): string[] {
  const at = Math.max(0, ...rows.map((r) => r.at.length))
  const sev = Math.max(5, ...rows.map((r) => r.severity.length))
  const pad = `${indent}${' '.repeat(at + sev + 4)}`
  return rows.flatMap((r) => {
    const [first = '', ...more] = terminalLines(r.text).map(r.textStyle)
    const head = `${indent}${r.at.padStart(at)}  ${r.colour(r.severity.padEnd(sev))}  ${first}${more.length === 0 && r.tail ? `  ${r.tail}` : ''}`
    const rest = more.map((line, i) => `${pad}${line}${i === more.length - 1 && r.tail ? `  ${r.tail}` : ''}`)
    return r.fix === null ? [head, ...rest] : [head, ...rest, `${pad}${style.dim(`fix: ${r.fix}`)}`]
  })
}

function fileBlock(file: CheckedFile, style: CheckStyle): string {
  const lines = [style.bold(terminal(file.file))]
  const own = file.findings.filter((f) => f.ruleId !== BUDGET_RULE_ID)
  if (own.length === 0) lines.push(`  ${style.good('no findings')}`)
  lines.push(...rowLines(own.map((f) => findingRow(f, style)), '  ', style))
  if (file.budgets.length > 0) {
    const met = file.budgets.filter((b) => b.passed).length
    lines.push(`  budgets in ${terminal(file.config ?? 'the configuration')}: ${met} of ${file.budgets.length} met`)
    const budgetFindings = file.findings.filter((f) => f.ruleId === BUDGET_RULE_ID)
    const rows = file.budgets.map((b) => budgetRow(b, budgetFindings.find((f) => f.line === b.line && f.column === b.column), file, style))
    lines.push(...rowLines(rows, '    ', style))
  }
  return `${lines.join('\n')}\n`
}

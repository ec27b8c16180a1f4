import {fails, summarize} from '../../check/summary.js'
import type {CheckedFile, CheckResult} from '../../check/types.js'
import type {Finding} from '../../review/types.js'
import {code, md} from '../../spec/sinks/markdown.js'

const ICON = {error: '❌', warn: '⚠️', info: 'ℹ️'} as const

function status(f: Finding, file: CheckedFile): string {
  if (f.suppressed) return `💤 ${f.severity}, suppressed`
  return `${ICON[f.severity]} ${f.severity}${fails(f, file.failOn) ? '' : ' (does not fail)'}`
}

function findingRow(f: Finding, file: CheckedFile): string {
  const why = f.suppressed ? `<br>*suppressed: ${md(f.suppressed.reason)}*` : `<br>fix: ${md(f.hint)}`
  return `| ${status(f, file)} | ${code(`${f.file}:${f.line}:${f.column}`)} | ${code(f.ruleId)} | ${md(f.message)}${why} |`
}

/**
 * A pull-request comment: the verdict and the counts, a table of findings
 * (failing first, then those that do not fail, then the suppressed), and a
 * table of budgets. Every text from a spec or configuration is escaped for
 * Markdown, so a name cannot break the table or inject links.
 */
export function formatMarkdown(check: CheckResult): string {
  const s = summarize(check)
  const verdict = s.passed ? '✅ sizeup check passed' : '❌ sizeup check failed'
  const counts = [
    `${s.files} file${s.files === 1 ? '' : 's'}`,
    `**${s.errors}** error${s.errors === 1 ? '' : 's'}`,
    `**${s.warnings}** warning${s.warnings === 1 ? '' : 's'}`,
    `**${s.infos}** info`,
    `${s.suppressed} suppressed`,
    s.budgets === 0 ? 'no budgets' : `${s.budgetsExceeded} of ${s.budgets} budgets exceeded`,
    `fails at ${(s.failOn.length ? s.failOn : ['error']).map((l) => code(l, false)).join(', ')}`,
  ]
  const out = [`### ${verdict}`, '', counts.join(' · '), '']
  const rank = (f: Finding, file: CheckedFile): number => (f.suppressed ? 2 : fails(f, file.failOn) ? 0 : 1)
  const rows = check.files.flatMap((file) => file.findings.map((f) => ({f, file})))
  rows.sort((a, b) => rank(a.f, a.file) - rank(b.f, b.file))
  if (rows.length === 0) out.push('No findings.', '')
  else out.push('| | where | rule | finding |', '| --- | --- | --- | --- |', ...rows.map(({f, file}) => findingRow(f, file)), '')
  const budgets = check.files.flatMap((file) => file.budgets.map((b) => ({b, file})))
  if (budgets.length > 0) {
    out.push('#### Budgets', '', '| | spec | budget | value |', '| --- | --- | --- | --- |')
    for (const {b, file} of budgets) out.push(`| ${b.passed ? '✅ met' : '❌ exceeded'} | ${code(file.file)} | ${code(b.budget)} | ${md(b.display)} |`)
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

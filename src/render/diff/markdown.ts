import type {Diff, MetricDelta} from '../../diff/types.js'
import type {Finding} from '../../review/types.js'
import {code, md} from '../../spec/sinks/markdown.js'
import {change, choiceText, decisionTitle, relative, runnerUpText, sideValue, summaryLine, thresholdActual} from './numbers.js'
import type {DiffRenderOptions} from './text.js'

/**
 * A diff as Markdown for a pull-request comment: a summary line, the
 * thresholds, a table of the headline metrics (the others folded in a
 * `<details>`), the decisions with their new reasons, findings added and
 * resolved, conventions. Every piece of user text is escaped.
 */
export function renderDiffMarkdown(diff: Diff, options: DiffRenderOptions): string {
  const binary = diff.byteUnits === 'binary'
  const title = diff.base.name === diff.head.name ? md(diff.head.name) : `${md(diff.base.name)} → ${md(diff.head.name)}`
  const out: string[] = [`## sizeup diff: ${title}`, `Base ${code(diff.base.file, false)} → head ${code(diff.head.file, false)}`, `**${md(summaryLine(diff))}**`]

  if (options.thresholds.length > 0) {
    const holding = options.thresholds.filter((t) => t.holds).length
    out.push(
      `### Thresholds: ${holding === 0 ? 'none holds' : `${holding} of ${options.thresholds.length} ${holding === 1 ? 'holds' : 'hold'}`}`,
      tableOf(
        ['threshold', 'change', 'holds'],
        ['---', '---:', '---'],
        options.thresholds.map((t) => [code(t.expression), md(thresholdActual(t, diff)), t.holds ? '**yes**' : 'no']),
      ),
    )
  }

  const listed = diff.metrics.filter((m) => options.all || m.status !== 'unchanged')
  const rows = (list: readonly MetricDelta[]): string[][] =>
    list.map((m) => [code(m.id), md(sideValue(m, 'base', binary)), md(sideValue(m, 'head', binary)), md(change(m, binary)), md(relative(m))])
  const head = ['metric', 'base', 'head', 'change', '%']
  const align = ['---', '---:', '---:', '---:', '---:']
  const headline = listed.filter((m) => m.headline)
  const rest = listed.filter((m) => !m.headline)
  out.push('### Metrics')
  if (listed.length === 0) out.push('No metric changed.')
  if (headline.length > 0) out.push(tableOf(head, align, rows(headline)))
  if (rest.length > 0) {
    const what = options.all ? 'Other metrics' : 'Other metrics that changed'
    out.push(`<details>\n<summary>${what} (${rest.length})</summary>\n\n${tableOf(head, align, rows(rest))}\n\n</details>`)
  }

  if (diff.decisions.length > 0) {
    out.push(
      '### Decisions',
      tableOf(
        ['decision', 'base', 'head', 'runner-up (base → head)'],
        ['---', '---', '---', '---'],
        diff.decisions.map((d) => [`${md(decisionTitle(d))} (${code(d.id)})`, md(choiceText(d.base)), md(choiceText(d.head)), `${md(runnerUpText(d.base))} → ${md(runnerUpText(d.head))}`]),
      ),
    )
    const why = diff.decisions.filter((d) => d.status !== 'removed' && d.reasons.length > 0)
    if (why.length > 0) out.push(why.map((d) => `**${md(decisionTitle(d))}: ${md(choiceText(d.head))}**, because\n${d.reasons.map((r) => `- ${md(r)}`).join('\n')}`).join('\n\n'))
  }

  out.push('### Findings')
  const findings = [...diff.findings.added.map((f) => findingRow('added', f)), ...diff.findings.resolved.map((f) => findingRow(f.resolvedBy === 'suppression' ? 'accepted (suppressed)' : 'resolved', f))]
  const unchanged = diff.findings.unchanged === 0 ? '' : ` ${diff.findings.unchanged} unchanged.`
  if (findings.length === 0) out.push(`No finding added or resolved.${unchanged}`)
  else out.push(`${tableOf(['', 'severity', 'rule', 'where', 'finding'], ['---', '---', '---', '---', '---'], findings)}${unchanged ? `\n\n${unchanged.trim()}` : ''}`)

  if (diff.conventions.length > 0) {
    out.push('### Conventions', tableOf(['convention', 'base', 'head'], ['---', '---', '---'], diff.conventions.map((c) => [md(c.label), md(c.base?.display ?? '–'), md(c.head?.display ?? '–')])))
  }
  return `${out.join('\n\n')}\n`
}

function findingRow(what: string, f: Finding): string[] {
  return [what, f.severity, code(f.ruleId), `${code(f.path || '(the spec)')} (${code(`${f.file}:${f.line}`)})`, md(f.message)]
}

function tableOf(head: readonly string[], align: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(head), line(align), ...rows.map(line)].join('\n')
}

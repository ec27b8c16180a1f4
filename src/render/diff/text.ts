import type {ThresholdResult} from '../../diff/thresholds.js'
import type {Diff, MetricDelta} from '../../diff/types.js'
import type {Finding} from '../../review/types.js'
import {terminal as t} from '../../spec/sinks/terminal.js'
import {PLAIN, type Style} from '../style.js'
import {drawTable} from '../table.js'
import {change, choiceText, decisionTitle, relative, runnerUpText, sideValue, summaryLine, thresholdActual} from './numbers.js'

export interface DiffRenderOptions {
  /** List unchanged metrics too. */
  readonly all: boolean
  readonly thresholds: readonly ThresholdResult[]
  /** The configuration the findings' rule settings came from, or null for the defaults. */
  readonly config: string | null
}

/**
 * A diff for the terminal: a summary, metric tables, decisions, findings,
 * conventions, thresholds. Pure; colour through `style`, after every text from
 * the specs, the overlay and the command line is made safe for a terminal.
 */
export function renderDiffText(diff: Diff, options: DiffRenderOptions, style: Style = PLAIN): string {
  const binary = diff.byteUnits === 'binary'
  const title = diff.base.name === diff.head.name ? t(diff.head.name) : `${t(diff.base.name)} → ${t(diff.head.name)}`
  const sections = [`${style.heading(`${title} — diff`)}\n${style.dim(`base ${t(diff.base.file)} → head ${t(diff.head.file)}`)}\n${t(summaryLine(diff))}`]

  const listed = diff.metrics.filter((m) => options.all || m.status !== 'unchanged')
  const colour = (m: MetricDelta, text: string): string => (m.status === 'unchanged' ? style.dim(text) : text)
  const rows = (list: readonly MetricDelta[]): string[][] =>
    list.map((m) => [colour(m, t(m.id)), sideValue(m, 'base', binary), sideValue(m, 'head', binary), colour(m, change(m, binary)), colour(m, relative(m))])
  const headline = listed.filter((m) => m.headline)
  const rest = listed.filter((m) => !m.headline)
  const head = ['metric', 'base', 'head', 'change', '%']
  const right = ['left', 'right', 'right', 'right', 'right'] as const
  if (headline.length > 0) sections.push(table(style, 'Headline metrics', head, rows(headline), right))
  if (rest.length > 0) sections.push(table(style, options.all ? 'Other metrics' : 'Other metrics that changed', head, rows(rest), right))
  if (listed.length === 0) sections.push(`${style.heading('Metrics')}\n  no metric changed`)

  if (diff.decisions.length > 0) {
    const lines = diff.decisions.flatMap((d) => {
      const what =
        d.status === 'added'
          ? `${style.good('+')} ${t(decisionTitle(d))} ${style.dim(`(${t(d.id)}, new)`)}: ${t(choiceText(d.head))}; runner-up ${t(runnerUpText(d.head))}`
          : d.status === 'removed'
            ? `${style.bad('-')} ${t(decisionTitle(d))} ${style.dim(`(${t(d.id)}, no longer decided)`)}: was ${t(choiceText(d.base))}; runner-up ${t(runnerUpText(d.base))}`
            : `~ ${t(decisionTitle(d))} ${style.dim(`(${t(d.id)})`)}: ${t(choiceText(d.base))} → ${t(choiceText(d.head))}; runner-up ${t(runnerUpText(d.base))} → ${t(runnerUpText(d.head))}`
      return [`  ${what}`, ...(d.status === 'removed' ? [] : d.reasons.map((r) => `      - ${t(r)}`))]
    })
    sections.push(`${style.heading('Decisions')}\n${lines.join('\n')}`)
  }

  const findings = [
    ...diff.findings.added.map((f) => findingLine(style.bad('+ added   '), f)),
    ...diff.findings.resolved.map((f) => findingLine(style.good(f.resolvedBy === 'suppression' ? '- accepted' : '- resolved'), f)),
  ]
  const unchanged = diff.findings.unchanged === 0 ? '' : ` (${diff.findings.unchanged} unchanged)`
  sections.push(`${style.heading('Findings')}\n${findings.length === 0 ? `  none added or resolved${unchanged}` : `${findings.join('\n')}${unchanged ? `\n ${unchanged}` : ''}`}`)

  if (diff.conventions.length > 0) {
    sections.push(table(style, 'Conventions', ['convention', 'base', 'head'], diff.conventions.map((c) => [t(c.label), t(c.base?.display ?? '–'), t(c.head?.display ?? '–')])))
  }

  if (options.thresholds.length > 0) {
    const lines = options.thresholds.map((r) => `  ${r.holds ? style.bad('holds    ') : style.good('holds not')}  ${t(r.expression)}  ${style.dim(`(${t(thresholdActual(r, diff))})`)}`)
    sections.push(`${style.heading('Thresholds (--fail-on)')}\n${lines.join('\n')}`)
  }
  return `${sections.join('\n\n')}\n`
}

function findingLine(mark: string, f: Finding): string {
  return `  ${mark} ${f.severity} ${t(f.ruleId)} at ${t(f.path || '(the spec)')} (${t(f.file)}:${f.line}:${f.column})\n      ${t(f.message)}`
}

function table(style: Style, title: string, head: readonly string[], rows: readonly (readonly string[])[], colAligns?: readonly ('left' | 'right')[]): string {
  return `${style.heading(title)}\n${drawTable(head.map((h) => style.dim(h)), rows, colAligns)}`
}

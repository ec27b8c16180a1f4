import {summarize, summaryLine} from '../../check/summary.js'
import type {CheckResult} from '../../check/types.js'
import type {Finding, Severity} from '../../review/types.js'
import {escapeData, escapeProperty} from '../../spec/sinks/github.js'

const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {error: 'error', warn: 'warning', info: 'notice'}


function annotation(f: Finding): string {
  const properties = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`sizeup ${f.ruleId}`)}`].join(',')
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(`${f.message}\nfix: ${f.hint}`)}`
}

/**
 * GitHub Actions workflow commands: one annotation per finding that is not
 * suppressed (`::error file=…,line=…,col=…,title=…::message`), at its own
 * level (error, warning, notice), then the summary as a plain log line.
 * Suppressed findings are accepted, so they annotate nothing; the summary counts them.
 */
export function formatGithub(check: CheckResult): string {
  const lines = check.files.flatMap((file) => file.findings.filter((f) => f.suppressed === null).map(annotation))
  lines.push(`sizeup check ${summaryLine(summarize(check))}`)
  return `${lines.join('\n')}\n`
}

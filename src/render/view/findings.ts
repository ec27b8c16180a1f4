import type {Finding} from '../../review/types.js'
import {code, mdWithCode} from '../../spec/sinks/markdown.js'

/**
 * The design review's findings (`sizeup check`), right after the summary:
 * what a reviewer acts on first. Messages keep their code spans, and nothing
 * else in them is markup.
 */
export interface FindingsView {
  /** `3 findings of the design review (`sizeup check`).`, or that there are none. */
  readonly intro: string
  readonly rows: readonly {readonly severity: string; readonly rule: string; readonly where: string; readonly message: string; readonly hint: string}[]
}

export function findingsView(findings: readonly Finding[]): FindingsView {
  return {
    intro: findings.length === 0 ? 'The design review found nothing.' : `${findings.length} finding${findings.length === 1 ? '' : 's'} of the design review (\`sizeup check\`).`,
    rows: findings.map((f) => ({
      severity: f.suppressed ? `${f.severity} (suppressed)` : f.severity,
      rule: code(f.ruleId),
      where: `${f.line}:${f.column}`,
      message: mdWithCode(f.message),
      hint: mdWithCode(f.hint),
    })),
  }
}

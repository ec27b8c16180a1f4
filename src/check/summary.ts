import {type Finding, SEVERITY_RANK, type Severity} from '../review/types.js'
import type {CheckSummary} from './generated/schema-types.js'
import type {CheckedFile, CheckResult} from './types.js'

export type {CheckSummary} from './generated/schema-types.js'

/** Whether a finding fails the check: at or above the fail level, and not suppressed. */
export function fails(finding: Finding, failOn: Severity): boolean {
  return finding.suppressed === null && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]
}

export function fileFails(file: CheckedFile): boolean {
  return file.findings.some((f) => fails(f, file.failOn))
}

export function summarize(result: CheckResult): CheckSummary {
  const all = result.files.flatMap((f) => f.findings)
  const active = all.filter((f) => f.suppressed === null)
  const budgets = result.files.flatMap((f) => f.budgets)
  const failing = result.files.reduce((n, file) => n + file.findings.filter((f) => fails(f, file.failOn)).length, 0)
  const levels = (['error', 'warn', 'info'] as const).filter((s) => result.files.some((f) => f.failOn === s))
  return {
    files: result.files.length,
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warn').length,
    infos: active.filter((f) => f.severity === 'info').length,
    suppressed: all.length - active.length,
    failing,
    budgets: budgets.length,
    budgetsExceeded: budgets.filter((b) => !b.passed).length,
    failOn: levels,
    passed: failing === 0,
  }
}

/** `1 error`, `2 warnings`, `0 info`. */
export function plural(n: number, word: string): string {
  if (word === 'info') return `${n} info`
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * The one-line summary every human-facing format ends with:
 * `failed: 2 files, 1 error, 0 warnings, 0 info, 1 suppressed; budgets: 1 of 3 exceeded (fails at error)`.
 */
export function summaryLine(s: CheckSummary): string {
  const parts = [plural(s.files, 'file'), plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.infos, 'info'), `${s.suppressed} suppressed`]
  const budgets = s.budgets === 0 ? 'no budgets' : `budgets: ${s.budgetsExceeded} of ${s.budgets} exceeded`
  const level = s.failOn.length === 0 ? 'error' : s.failOn.join(', ')
  return `${s.passed ? 'passed' : 'failed'}: ${parts.join(', ')}; ${budgets} (fails at ${level})`
}

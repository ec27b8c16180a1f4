import {fails, fileFails, summarize} from '../../check/summary.js'
import type {BudgetResult, CheckResult} from '../../check/types.js'
import type {Finding, Severity} from '../../review/types.js'

/** Bumped when the shape of `check --format json` changes (specs/check.schema.json). */
export const CHECK_SCHEMA_VERSION = 1

/** A finding as `check --format json` publishes it: the review's finding and whether it fails the check. */
export interface CheckJsonFinding extends Finding {
  /** Whether this finding fails the check (at or above the fail level, not suppressed). */
  readonly fails: boolean
}

/** The published shape of `check --format json`. */
export interface CheckJson {
  readonly schemaVersion: typeof CHECK_SCHEMA_VERSION
  readonly tool: {readonly name: string; readonly version: string}
  readonly passed: boolean
  readonly summary: ReturnType<typeof summarize>
  readonly files: ReadonlyArray<{
    readonly file: string
    readonly config: string | null
    readonly failOn: Severity
    readonly passed: boolean
    readonly findings: readonly CheckJsonFinding[]
    readonly budgets: readonly BudgetResult[]
  }>
}

export function checkJson(result: CheckResult): CheckJson {
  const summary = summarize(result)
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: result.tool,
    passed: summary.passed,
    summary,
    files: result.files.map((file) => ({
      file: file.file,
      config: file.config,
      failOn: file.failOn,
      passed: !fileFails(file),
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        hint: f.hint,
        file: f.file,
        line: f.line,
        column: f.column,
        path: f.path,
        metrics: f.metrics,
        suppressed: f.suppressed,
        fails: fails(f, file.failOn),
      })),
      budgets: file.budgets,
    })),
  }
}

export function formatJson(result: CheckResult): string {
  return `${JSON.stringify(checkJson(result), null, 2)}\n`
}

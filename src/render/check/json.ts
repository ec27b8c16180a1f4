import {fails, fileFails, summarize} from '../../check/summary.js'
import type {CheckResult} from '../../check/types.js'
import type {CheckJson} from '../generated/schema-types.js'
import {json} from '../../spec/sinks/json.js'

/** Bumped when the shape of `check --format json` changes (specs/check.schema.json). */
export const CHECK_SCHEMA_VERSION = 1

/** The published shape of `check --format json`, and a finding in it (scripts/check-schema.mjs). */
export type {CheckJson, CheckJsonFinding} from '../generated/schema-types.js'

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
  return `${json(checkJson(result))}\n`
}

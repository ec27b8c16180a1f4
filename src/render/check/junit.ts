import {fails} from '../../check/summary.js'
import type {CheckedFile, CheckResult} from '../../check/types.js'
import {BUDGET_RULE_ID} from '../../config/types.js'
import type {Finding} from '../../review/types.js'
import {xmlAttr, xmlText} from '../../spec/sinks/xml.js'

interface Case {
  readonly name: string
  readonly failures: readonly Finding[]
  /** Findings that do not fail the check (below the fail level, or suppressed): shown as output. */
  readonly others: readonly Finding[]
  readonly skipped: string | null
}

function describe(f: Finding): string {
  const suppressed = f.suppressed ? ` [suppressed: ${f.suppressed.reason}]` : ''
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}${suppressed}\n  fix: ${f.hint}`
}

/** One test case per rule (and `budget`, when the configuration sets budgets). */
function casesOf(file: CheckedFile, ruleIds: readonly string[]): Case[] {
  return ruleIds
    .filter((id) => id !== BUDGET_RULE_ID || file.budgets.length > 0)
    .map((id) => {
      const findings = file.findings.filter((f) => f.ruleId === id)
      const off = file.severities[id] === 'off'
      return {
        name: id,
        failures: findings.filter((f) => fails(f, file.failOn)),
        others: findings.filter((f) => !fails(f, file.failOn)),
        skipped: off ? `${id} is off${file.config ? ` in ${file.config}` : ''}` : null,
      }
    })
}

function testcase(c: Case, file: string): string {
  const open = `    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(file)}" file="${xmlAttr(file)}"`
  const body: string[] = []
  if (c.skipped !== null) body.push(`      <skipped message="${xmlAttr(c.skipped)}"/>`)
  if (c.failures.length > 0) {
    const first = c.failures[0]!
    const message = c.failures.length === 1 ? first.message : `${c.failures.length} findings; first: ${first.message}`
    body.push(`      <failure message="${xmlAttr(message)}" type="${xmlAttr(first.severity)}">${xmlText(c.failures.map(describe).join('\n'))}</failure>`)
  }
  if (c.others.length > 0) body.push(`      <system-out>${xmlText(c.others.map(describe).join('\n'))}</system-out>`)
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`
}

/**
 * JUnit XML, as CI servers read it: a test suite per spec and a test case
 * per rule, failing with the findings at or above the fail level; rules that
 * are off are skipped, and findings that do not fail are the case's output.
 * No times or timestamps, so the same input gives the same file.
 */
export function formatJunit(check: CheckResult): string {
  const ids = check.rules.map((r) => r.id)
  const suites = check.files.map((file) => ({file: file.file, cases: casesOf(file, ids)}))
  const count = (cases: readonly Case[]): {tests: number; failures: number; skipped: number} => ({
    tests: cases.length,
    failures: cases.filter((c) => c.failures.length > 0).length,
    skipped: cases.filter((c) => c.skipped !== null).length,
  })
  const totals = count(suites.flatMap((s) => s.cases))
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="sizeup check" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}">`]
  for (const suite of suites) {
    const c = count(suite.cases)
    lines.push(`  <testsuite name="${xmlAttr(suite.file)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}">`)
    for (const tc of suite.cases) lines.push(testcase(tc, suite.file))
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>')
  return `${lines.join('\n')}\n`
}

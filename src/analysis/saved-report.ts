import {parseSource} from '../spec/document.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {schemaDiagnostics} from '../spec/schema-errors.js'
import type {Report} from './report.js'

/** A saved `report --json` is some hundreds of kilobytes; 64 MB is a thousand workloads' worth. */
export const MAX_SAVED_REPORT_BYTES = 64 * 1024 * 1024

/**
 * A report saved with `sizeup report --json` (the base `diff --compare-to`
 * compares against, as Infracost's --compare-to reads a saved breakdown),
 * checked against specs/report.schema.json. JSON.parse reads it; only when
 * it does not validate is it parsed again as YAML (JSON is YAML) to locate
 * each problem at its line and column.
 */
export async function parseSavedReport(text: string, file: string): Promise<Report> {
  const at = (message: string, hint: string): Diagnostic => ({file, line: 1, column: 1, path: '', message, hint})
  const hint = 'save one with `sizeup report design.yaml --json > base.json` (the same sizeup version reads it)'
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new SpecError([at(`not JSON: ${(e as Error).message}`, hint)])
  }
  // Something else entirely (a diff, a check result, an estimate) is one problem, not a list of every missing field.
  const looksLikeReport = typeof data === 'object' && data !== null && 'schemaVersion' in data && 'metrics' in data && 'decisions' in data
  if (!looksLikeReport) throw new SpecError([at('not a sizeup report: no `schemaVersion`, `metrics` and `decisions`', hint)])
  const {validate} = await import('./generated/validate-report.js')
  if (validate(data)) return data as Report
  const {source, diagnostics} = parseSource(text, file)
  if (diagnostics.length > 0) throw new SpecError([at('not a sizeup report', hint)])
  const {default: schema} = await import('../../specs/report.schema.json', {with: {type: 'json'}})
  const problems = schemaDiagnostics(validate.errors ?? [], source, schema as Record<string, unknown>)
  throw new SpecError(problems.length > 0 ? problems.map((p) => ({...p, hint: p.hint ?? hint})) : [at('not a sizeup report', hint)])
}

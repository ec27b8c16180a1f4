/**
 * sizeup as a library. Explicit named exports; nothing here loads oclif or
 * does I/O (files are read through a reader passed in; `sizeup/node` has one
 * for the file system), so it bundles for the browser as it is.
 *
 * @example
 * import {analyseText, metricValue, renderReport} from 'sizeup'
 * const report = await analyseText(yamlText, {file: 'design.yaml'})
 * metricValue(report.metrics, 'qps.write.peak') // requests per second (a misspelt id does not compile)
 * report.findings                         // the design review
 * await renderReport(report)              // the Markdown design document
 */
import {analyse} from './analysis/analyser.js'
import {readerOf} from './analysis/inputs.js'
import type {Report} from './analysis/report.js'
import {diffSides} from './diff/compare.js'
import {sideFrom} from './diff/side.js'
import type {Diff} from './diff/types.js'
import {renderMarkdown} from './render/markdown.js'
import {buildView} from './render/view/index.js'
import {type Diagnostic, SpecError} from './spec/diagnostic.js'
import {loadSpec} from './spec/load.js'

export {analyse, createAnalyser, type Analyser, type AnalysisOptions, type AnalysisRequest, type Estimated} from './analysis/analyser.js'
export {InputNotFound, readerOf, specReadings, splitScenario, type InputRole, type Reader, type SourceText} from './analysis/inputs.js'
export {buildEstimateReport, unitConventionsOf, type ConventionEntry, type EstimateReport, type ScenarioSummary} from './analysis/estimate-report.js'
export type {DesignReport, Report, Requirements, Risk, WorkloadRequirement} from './analysis/report.js'
export {decide} from './matrices/decide.js'
export type {Decision} from './matrices/types.js'
export type {Finding, Severity} from './review/types.js'
export type {ReviewSettings} from './review/run.js'
export type {Diff} from './diff/types.js'
export {SHIPPED as SHIPPED_KNOWLEDGE} from './overlay/knowledge.js'
export {estimate, type Estimate} from './engine/estimate.js'
export type {Check} from './engine/availability.js'
export type {MetricNode, NodeKind, Unit} from './engine/ledger.js'
export type {ConditionalMetricId, MetricId} from './engine/ids.js'
export {metricValue, optionalMetric, type Metrics} from './engine/metrics.js'
export {MetricTable, type MetricLayout} from './engine/metric-table.js'
export type * from './spec/model.js'
export {loadSpec, type LoadedSpec, type SpecDocument, type SpecSource} from './spec/load.js'
export type {ConfigDocument} from './config/types.js'
export type {OverlayDocument} from './overlay/types.js'
export {SpecError, formatDiagnostic, type Diagnostic} from './spec/diagnostic.js'
export {renderTerminal} from './render/terminal.js'
export {renderDiff, type DiffFormat} from './render/diff/index.js'
export {renderHtml} from './render/html.js'
export {formatBytes, formatCount, formatDuration, formatPercent, formatValue} from './quantity/format.js'

/** The outcome of validating spec text: `ok` with no diagnostics, or every problem found. */
export interface Validation {
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
}

/** Checks spec text (YAML syntax, schema, units and references) without throwing for bad input. */
export async function validateSpec(text: string, file = 'spec.yaml'): Promise<Validation> {
  try {
    await loadSpec(text, file)
    return {ok: true, diagnostics: []}
  } catch (e) {
    if (e instanceof SpecError) return {ok: false, diagnostics: e.diagnostics}
    throw e
  }
}

/**
 * The whole analysis of spec text with the shipped knowledge: estimate,
 * decisions, scaling plan, cost, review findings and risks, as one Report.
 * Throws a SpecError (with every diagnostic) when the spec is invalid.
 */
export function analyseText(text: string, options: {readonly file?: string; readonly scenario?: string} = {}): Promise<Report> {
  const file = options.file ?? 'spec.yaml'
  return analyse({spec: file, scenario: options.scenario}, {read: readerOf({[file]: text})})
}

/** What changed between two reports: metrics, decisions, findings and conventions. */
export function diff(base: Report, head: Report): Diff {
  return diffSides(sideFrom(base), sideFrom(head))
}

/** The design document of a report, as Markdown (what `sizeup report` prints). */
export function renderReport(report: Report): Promise<string> {
  return renderMarkdown(buildView(report))
}

/**
 * sizeup as a library. Explicit named exports; nothing here loads oclif.
 *
 * @example
 * import {analyse, review, renderReport} from 'sizeup'
 * const analysis = await analyse(yamlText, 'design.yaml')
 * analysis.estimate.metrics['qps.write.peak'].value // requests per second
 * review(analysis)            // findings
 * await renderReport(analysis) // the Markdown design document
 */
export {validateSpec, analyse, decisions, review, diff, renderReport, renderDiff, type Validation, type Analysis} from './api.js'
export {decide} from './matrices/decide.js'
export type {Decision} from './matrices/types.js'
export type {Finding, Severity} from './review/types.js'
export type {ReviewSettings} from './review/run.js'
export type {Diff} from './diff/types.js'
export type {DesignReport} from './render/design-report.js'
export {SHIPPED as SHIPPED_KNOWLEDGE} from './overlay/knowledge.js'
export {estimate, type Estimate} from './engine/estimate.js'
export type {Check} from './engine/availability.js'
export type {MetricNode, NodeKind, Unit} from './engine/ledger.js'
export type * from './spec/model.js'
export {loadSpec, type LoadedSpec, type SpecDocument, type SpecSource} from './spec/load.js'
export type {ConfigDocument} from './config/types.js'
export type {OverlayDocument} from './overlay/types.js'
export {SpecError, formatDiagnostic, type Diagnostic} from './spec/diagnostic.js'
export {buildReport, type EstimateReport, type ConventionEntry} from './render/report.js'
export {renderTerminal} from './render/terminal.js'
export {formatBytes, formatCount, formatDuration, formatPercent, formatValue} from './quantity/format.js'

/**
 * sizeup as a library. Explicit named exports; nothing here loads oclif.
 *
 * @example
 * import {loadSpec, estimate} from 'sizeup'
 * const spec = await loadSpec(yamlText, 'design.yaml')
 * const result = estimate(spec.model)
 * result.metrics['qps.write.peak'].value // requests per second
 */
export {estimate, type Estimate} from './engine/estimate.js'
export type {Check} from './engine/availability.js'
export type {MetricNode, NodeKind, Unit} from './engine/ledger.js'
export type * from './engine/model.js'
export {loadSpec, type LoadedSpec} from './spec/load.js'
export {SpecError, formatDiagnostic, type Diagnostic} from './spec/diagnostic.js'
export {buildReport, type EstimateReport, type ConventionEntry} from './render/report.js'
export {renderTerminal} from './render/terminal.js'
export {formatBytes, formatCount, formatDuration, formatPercent, formatValue} from './render/format.js'

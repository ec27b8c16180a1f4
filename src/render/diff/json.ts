import type {DiffDocument} from '../../diff/generated/schema-types.js'
import type {Diff} from '../../diff/types.js'
import type {DiffRenderOptions} from './text.js'
import {json} from '../../spec/sinks/json.js'

/** What `sizeup diff --format json` prints (schema: specs/diff.schema.json). */
export type {DiffDocument} from '../../diff/generated/schema-types.js'

export function diffDocument(diff: Diff, options: DiffRenderOptions): DiffDocument {
  const {schemaVersion, base, head, byteUnits, summary, metrics, decisions, findings, conventions, workloads} = diff
  return {
    schemaVersion,
    base,
    head,
    byteUnits,
    config: options.config,
    summary,
    allMetrics: options.all,
    metrics: options.all ? metrics : metrics.filter((m) => m.status !== 'unchanged'),
    decisions,
    findings,
    conventions,
    workloads,
    thresholds: options.thresholds,
  }
}

export function renderDiffJson(diff: Diff, options: DiffRenderOptions): string {
  return `${json(diffDocument(diff, options))}\n`
}

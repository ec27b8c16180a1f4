/**
 * The library's high-level calls: spec text in, the same results the CLI
 * prints out. Plain functions over plain data; nothing here loads oclif or
 * touches the terminal.
 */
import {type Analysis, analyseText} from './cli/design-pipeline.js'
import {diffSides} from './diff/compare.js'
import {sideFrom} from './diff/side.js'
import type {Diff} from './diff/types.js'
import type {Decision} from './matrices/types.js'
import {SHIPPED} from './overlay/knowledge.js'
import {renderDiffJson} from './render/diff/json.js'
import {renderDiffMarkdown} from './render/diff/markdown.js'
import {renderDiffText} from './render/diff/text.js'
import {renderMarkdown} from './render/markdown.js'
import {buildView} from './render/view/index.js'
import {RULE_DATA} from './review/generated/rules-data.js'
import {RULES} from './review/ruleset.js'
import {DEFAULT_SETTINGS, type ReviewSettings, runReview} from './review/run.js'
import type {Finding} from './review/types.js'
import {type Diagnostic, SpecError} from './spec/diagnostic.js'
import {loadSpec} from './spec/load.js'

export type {Analysis} from './cli/design-pipeline.js'

/** The outcome of validating spec text: `ok` with no diagnostics, or every problem found. */
export interface Validation {
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
}

/** Checks spec text (YAML syntax, schema, units, references) without throwing for bad input. */
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
 * Everything sizeup derives from spec text with the shipped knowledge:
 * estimate, decisions, scaling plan, cost and the design report.
 * Throws a SpecError (with every diagnostic) when the spec is invalid.
 */
export function analyse(text: string, file = 'spec.yaml', options: {readonly scenario?: string} = {}): Promise<Analysis> {
  return analyseText(text, file, {...SHIPPED, adjustments: {}, warnings: []}, options.scenario)
}

/** The technology decisions of an analysis: one per decision matrix, each with its reasons. */
export function decisions(analysis: Analysis): readonly Decision[] {
  return analysis.decisions
}

/** The design review: every finding of the shipped rules (suppressions in the spec honoured). */
export function review(analysis: Analysis, settings: ReviewSettings = DEFAULT_SETTINGS): Finding[] {
  const {spec, estimate, decisions, plan} = analysis
  return runReview({context: {model: spec.model, estimate, decisions, plan}, source: spec.source, suppressions: spec.suppressions}, RULES, RULE_DATA, settings)
}

/** What changed between two analyses: metrics, decisions, findings and conventions. */
export function diff(base: Analysis, head: Analysis, settings: ReviewSettings = DEFAULT_SETTINGS): Diff {
  return diffSides(sideFrom(base.report, review(base, settings)), sideFrom(head.report, review(head, settings)))
}

/** The design document of an analysis, as Markdown (what `sizeup report` prints). */
export function renderReport(analysis: Analysis): Promise<string> {
  return renderMarkdown(buildView(analysis.report))
}

/** A diff as plain text, Markdown or JSON (what `sizeup diff --format …` prints). */
export function renderDiff(d: Diff, format: 'text' | 'markdown' | 'json' = 'text'): string {
  const options = {all: false, thresholds: [], config: null}
  return format === 'json' ? renderDiffJson(d, options) : format === 'markdown' ? renderDiffMarkdown(d, options) : renderDiffText(d, options)
}

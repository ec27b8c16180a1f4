import type {SystemModel} from './model.js'
import type {MathParse} from '../quantity/expression.js'
import {loadMathParse} from '../quantity/mathjs-parse.js'
import {resolveConventions} from './conventions.js'
import {buildModel} from './build-model.js'
import {type Diagnostic, SpecError} from './diagnostic.js'
import {locate, type SourceDocument} from './document.js'
import {type InputKind, parseMappingDocument} from './mapping-document.js'
import {hasExpressions} from './expressions.js'
import type {SpecDocument} from './generated/schema-types.js'
import {validate} from './generated/validate-system.js'
import type {Sampling} from './fields.js'
import {schemaDiagnostics} from './schema-errors.js'
import {applyScenario, scenarioNames} from './scenario.js'
import {buildSuppressions, type Suppression} from './suppressions.js'

/** What a spec file holds, as specs/system.schema.json describes it (scripts/spec-schema.mjs). */
export type {SpecDocument} from './generated/schema-types.js'

/** A spec's source once it has passed the schema: its data is a SpecDocument. */
export interface SpecSource extends SourceDocument {
  readonly data: SpecDocument
}

/** A spec that parsed, validated and resolved: the engine's model and where each value came from. */
export interface LoadedSpec {
  readonly file: string
  readonly model: SystemModel
  readonly source: SpecSource
  /** Review findings the spec accepts on purpose, each with its reason. */
  readonly suppressions: readonly Suppression[]
  /** The scenarios the spec declares (empty when it has none); the one loaded, if any. */
  readonly scenarios: readonly string[]
  readonly scenario: string | null
}

/** Files larger than this are refused before parsing: a system description is a few kilobytes. */
export const MAX_SPEC_BYTES = 128 * 1024

/** A spec as an input: its size limit and what to say about its size and shape. */
export const SPEC_INPUT: InputKind = {
  maxBytes: MAX_SPEC_BYTES,
  sizeHint: 'a system description is a few kilobytes; split it or remove generated content',
  emptyHint: 'start from an example: examples/social-feed.yaml',
  topLevelHint: 'start with `name:`, `users:` and `workloads:`',
}

/**
 * Text → trusted model. Throws a SpecError carrying every problem found:
 * YAML syntax first (nothing else can be trusted then), otherwise schema and
 * semantic problems together.
 */
export interface LoadOptions {
  /** Monte Carlo samples and seed for ranged fields (default: 10,000 samples, seed 1). */
  readonly sampling?: Sampling
  /** Load this scenario of the spec (its fields laid over the base) instead of the base. */
  readonly scenario?: string
}

export async function loadSpec(text: string, file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const base = parseMappingDocument(text, file, SPEC_INPUT)
  refuseTooMany(base)
  const source = options.scenario === undefined ? base : applyScenario(base, options.scenario)
  const problems: Diagnostic[] = []
  const document = validate(source.data) ? source.data : null
  if (document === null) {
    const {default: schema} = await import('../../specs/system.schema.json', {with: {type: 'json'}})
    problems.push(...schemaDiagnostics(validate.errors ?? [], source, schema as Record<string, unknown>))
  }
  const mathParse: MathParse | null = hasExpressions(source.data) ? await loadMathParse() : null
  const {conventions, resolver} = resolveConventions(source, mathParse, options.sampling)
  const model = buildModel(resolver, conventions)
  const suppressions = buildSuppressions(resolver)
  problems.push(...resolver.diagnostics)
  if (problems.length > 0 || document === null) throw new SpecError(problems)
  return {file, model, source: {...source, data: document}, suppressions, scenarios: scenarioNames(base), scenario: options.scenario ?? null}
}

/**
 * Workloads a spec may have: a design has a handful; each costs validation,
 * estimation and a report section. 1,000 is what the benchmark's scaling test
 * runs (estimate stays linear up to it); beyond, the analysis takes seconds.
 */
export const MAX_WORKLOADS = 1000

/** A spec within the size limit can still hold thousands of workloads, which would take minutes to analyse. */
function refuseTooMany(source: SourceDocument): void {
  const workloads = (source.data as {workloads?: unknown}).workloads
  if (workloads === null || typeof workloads !== 'object') return
  const count = Object.keys(workloads).length
  if (count <= MAX_WORKLOADS) return
  const at = locate(source, ['workloads'], 'key')
  throw new SpecError([{file: source.file, ...at, path: 'workloads', message: `the spec has ${count} workloads; the limit is ${MAX_WORKLOADS}`, hint: 'a design has a handful of workloads; merge similar ones or split the system into several specs'}])
}

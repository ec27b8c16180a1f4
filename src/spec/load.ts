import type {SystemModel} from './model.js'
import type {MathParse} from '../quantity/expression.js'
import {loadMathParse} from '../quantity/mathjs-parse.js'
import {MAX_SAMPLED_VALUES, oversampled} from '../quantity/sample-budget.js'
import {resolveConventions} from './conventions.js'
import {buildModel} from './build-model.js'
import {type InputCorrelation, planCorrelations} from './correlations.js'
import {type Diagnostic, SpecError} from './diagnostic.js'
import {locate, type SourceDocument} from './document.js'
import {type InputKind, parseMappingDocument} from './mapping-document.js'
import {scanQuantityFields} from './expressions.js'
import type {SpecDocument} from './generated/schema-types.js'
import {validate} from './generated/validate-system.js'
import {DEFAULT_SAMPLING, type Sampling} from './fields.js'
import {schemaDiagnostics} from './schema-errors.js'
import {applyScenario, scenarioNames} from './scenario.js'
import {buildSuppressions, type Suppression} from './suppressions.js'
import {freezeModel} from './frozen-model.js'

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
  /** The rank correlations `correlations:` declares between ranged fields (their samples are ordered to follow them). */
  readonly correlations: readonly InputCorrelation[]
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
  return loadParsed(base, options)
}

/**
 * What loadSpec does once the text is parsed: a run that has loaded the base
 * spec loads each of its scenarios from the same parsed document, rather than
 * parsing the text again per scenario.
 */
export async function loadParsed(base: SourceDocument, options: LoadOptions = {}): Promise<LoadedSpec> {
  const file = base.file
  refuseTooMany(base)
  const source = options.scenario === undefined ? base : applyScenario(base, options.scenario)
  const problems: Diagnostic[] = []
  const document = validate(source.data) ? source.data : null
  if (document === null) {
    const {default: schema} = await import('../../specs/system.schema.json', {with: {type: 'json'}})
    problems.push(...schemaDiagnostics(validate.errors ?? [], source, schema as Record<string, unknown>))
  }
  const fields = scanQuantityFields(source.data)
  refuseOversampled(source, fields.ranges, options.sampling?.samples ?? DEFAULT_SAMPLING.samples)
  const mathParse: MathParse | null = fields.expressions ? await loadMathParse() : null
  const correlated = planCorrelations(source, fields.ranges, options.sampling ?? DEFAULT_SAMPLING)
  const {conventions, resolver} = resolveConventions(source, mathParse, correlated.sampling)
  const built = buildModel(resolver, conventions)
  const model = correlated.correlations.length > 0 ? {...built, correlations: correlated.correlations} : built
  const suppressions = buildSuppressions(resolver)
  problems.push(...correlated.diagnostics, ...resolver.diagnostics)
  if (problems.length > 0 || document === null) throw new SpecError(problems)
  return {file, model: freezeModel(model), source: {...source, data: document}, suppressions, scenarios: scenarioNames(base), scenario: options.scenario ?? null, correlations: correlated.correlations}
}

/**
 * Workloads a spec (or any one of its scenarios) may have: a design has a
 * handful; each costs validation, estimation and a report section (its
 * decisions, its plan, a hundred derivations in the appendix). At 200 the
 * heaviest command, `report --format html`, takes about a second and 250 MB
 * on a 2-core machine; at 1,000 it took 5–8 s and 650–770 MB, the whole
 * document 16 MB of Markdown.
 */
export const MAX_WORKLOADS = 200

/**
 * Workloads estimated in one run, the base's and every scenario's together:
 * a scenario is estimated (not reported) for the side-by-side table, so it
 * costs an estimate's share only, but a scenario that adds workloads, or
 * reuses a large block through an alias, must not multiply the work without
 * end. 1,000 estimates in well under a second.
 */
export const MAX_ESTIMATED_WORKLOADS = 1000

/**
 * Scenarios a spec may declare. Each is loaded and estimated in full for the
 * side-by-side table, so each costs as much again as the base; 20 is more
 * than any design compares, and keeps the table readable.
 */
export const MAX_SCENARIOS = 20

/**
 * Ranged fields beyond the sample budget, refused before any is sampled: the
 * resolver would refuse the same field (fields.ts), but only after drawing
 * the samples of all those before it, seconds of work for 4,000 ranges.
 */
function refuseOversampled(source: SourceDocument, ranges: readonly string[], samples: number): void {
  if (ranges.length * samples <= MAX_SAMPLED_VALUES) return
  const path = ranges[Math.floor(MAX_SAMPLED_VALUES / samples)]!
  const {message, hint} = oversampled(path, Math.floor(MAX_SAMPLED_VALUES / samples) + 1, samples)
  throw new SpecError([{file: source.file, ...locate(source, path.split('.')), path, message, hint}])
}

/** A spec within the size limit can still hold thousands of workloads, or scenarios that multiply them, which would take minutes to analyse. */
function refuseTooMany(source: SourceDocument): void {
  const data = source.data as {workloads?: unknown; scenarios?: unknown}
  const refuse = (path: (string | number)[], message: string, hint: string): never => {
    throw new SpecError([{file: source.file, ...locate(source, path, 'key'), path: path.join('.'), message, hint}])
  }
  const base = keysOf(data.workloads)
  if (base.length > MAX_WORKLOADS) refuse(['workloads'], `the spec has ${base.length} workloads; the limit is ${MAX_WORKLOADS}`, 'a design has a handful of workloads; merge similar ones or split the system into several specs')
  const scenarios = data.scenarios !== null && typeof data.scenarios === 'object' && !Array.isArray(data.scenarios) ? Object.entries(data.scenarios) : []
  if (scenarios.length > MAX_SCENARIOS) refuse(['scenarios'], `the spec has ${scenarios.length} scenarios; the limit is ${MAX_SCENARIOS}`, 'each scenario is estimated in full; keep the ones the design is compared across')
  let total = base.length
  for (const [name, scenario] of scenarios) {
    const own = scenarioWorkloads(base, (scenario as {workloads?: unknown} | null)?.workloads)
    if (own > MAX_WORKLOADS) refuse(['scenarios', name], `scenario \`${name}\` has ${own} workloads; the limit is ${MAX_WORKLOADS}`, 'a design has a handful of workloads; merge similar ones or split the system into several specs')
    total += own
  }
  if (total > MAX_ESTIMATED_WORKLOADS) {
    refuse(['scenarios'], `the spec and its ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} have ${total} workloads to estimate; the limit is ${MAX_ESTIMATED_WORKLOADS}`, 'each scenario is estimated with all its workloads; keep fewer scenarios, or split the spec')
  }
}

/** The workloads a scenario estimates: the base's and its own (a mapping merges key by key, as applyScenario does). */
function scenarioWorkloads(base: readonly string[], own: unknown): number {
  if (own === undefined) return base.length
  const added = keysOf(own)
  if (added.length === 0) return own !== null && typeof own === 'object' ? base.length : 0
  const names = new Set(base)
  return base.length + added.filter((name) => !names.has(name)).length
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []
}

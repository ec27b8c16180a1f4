import {SHIPPED_RULES} from '../review/ruleset.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {parseMappingDocument} from '../spec/mapping-document.js'
import {type SchemaError, schemaDiagnostics} from '../spec/schema-errors.js'
import {checkConfig, type RuleCatalog} from './check.js'
import {validate} from './generated/validate-config.js'
import {type CheckConfig, CONFIG_INPUT, DEFAULT_CONFIG, MAX_CONFIG_BYTES} from './types.js'

export {CONFIG_FILE_NAME} from './types.js'

export {MAX_CONFIG_BYTES} from './types.js'

/**
 * Configuration text → a checked configuration. Throws a SpecError carrying
 * every problem, located (`file:line:col`) with a hint: YAML syntax first,
 * otherwise the schema's and the name checks' together. Pure: text in, value
 * out; metric ids in budgets are checked later, against each spec's metrics.
 */
export async function loadConfig(text: string, file: string, catalog: RuleCatalog = SHIPPED_RULES): Promise<CheckConfig> {
  // A file of comments only (say, just the `$schema` line for the editor) sets nothing: the defaults.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (text.length <= MAX_CONFIG_BYTES && body.split('\n').every(setsNothing)) return {...DEFAULT_CONFIG, file}
  const source = parseMappingDocument(text, file, CONFIG_INPUT)
  const problems: Diagnostic[] = []
  if (!validate(source.data)) {
    const {default: schema} = await import('../../specs/config.schema.json', {with: {type: 'json'}})
    problems.push(...schemaDiagnostics(relevant(validate.errors ?? []), source, schema as Record<string, unknown>).map(severityAlias))
  }
  const {config, diagnostics} = checkConfig(source, body, catalog)
  problems.push(...diagnostics)
  if (problems.length > 0) throw new SpecError(problems)
  return config
}

/**
 * A line that is blank or a comment (what `/^\s*(?:#.*)?$/` accepted: a comment
 * runs to the end of the line, with no other line break in it), checked
 * without a pattern so that a long line costs one pass.
 */
function setsNothing(line: string): boolean {
  const t = line.trimStart()
  return t === '' || (t.startsWith('#') && !t.includes('\r') && !t.includes('\u2028') && !t.includes('\u2029'))
}

/**
 * A rule setting is a severity or a mapping (`if: string, then: enum`); ajv
 * also reports that the `if` failed, and, for a mapping given as text, the
 * mapping keywords' own errors never arise. Only the error that says what
 * is wrong is kept.
 */
function relevant(errors: readonly SchemaError[]): SchemaError[] {
  return errors.filter((e) => e.keyword !== 'if')
}

/** `warning` is how SARIF and GitHub spell it; sizeup's severity is `warn`. */
function severityAlias(d: Diagnostic): Diagnostic {
  return /\(got `warnings?`\)$/.test(d.message) ? {...d, hint: 'did you mean `warn`?'} : d
}

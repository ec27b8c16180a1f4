import type {Diagnostic} from './diagnostic.js'
import {locate, type SourceDocument, sourceText} from './document.js'
import {KIND_WORDS, kindOf} from './field-kinds.js'
import {allowedKeys, exampleOf, flowYaml, type Json, schemaAt} from './schema-lookup.js'
import {closest, didYouMean} from './suggest.js'

/** The fields of an ajv error that sizeup reads (ajv's ErrorObject, structurally). */
export interface SchemaError {
  readonly keyword: string
  readonly instancePath: string
  readonly schemaPath: string
  readonly params: Readonly<Record<string, unknown>>
  readonly message?: string
}

/**
 * Turns ajv's errors into located, plain-language diagnostics. The schema is
 * consulted for the keys a mapping allows, so an unknown key can be answered
 * with the closest allowed one.
 */
export function schemaDiagnostics(errors: readonly SchemaError[], source: SourceDocument, schema: Json): Diagnostic[] {
  const typos = misspelledRequired(errors, schema)
  const out = new Map<string, Diagnostic>()
  for (const err of errors) {
    if (err.keyword === 'required' && typos.has(`${err.instancePath}/${String(err.params.missingProperty)}`)) continue
    const d = toDiagnostic(err, source, schema)
    if (d) out.set(`${d.line}:${d.column}:${d.message}`, d)
  }
  return [...out.values()]
}

/** `mua: 1M` is reported as an unknown key with "did you mean `mau`?"; a second error for the missing `mau` would only repeat it. */
function misspelledRequired(errors: readonly SchemaError[], schema: Json): Set<string> {
  const out = new Set<string>()
  for (const err of errors) {
    if (err.keyword !== 'additionalProperties') continue
    const match = closest(String(err.params.additionalProperty), allowedKeys(schemaAt(schema, segments(err.instancePath))))
    if (match) out.add(`${err.instancePath}/${match}`)
  }
  return out
}

function segments(instancePath: string): string[] {
  return instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
}

function toDiagnostic(err: SchemaError, source: SourceDocument, schema: Json): Diagnostic | null {
  const path = segments(err.instancePath)
  const dotted = path.join('.')
  const where = dotted === '' ? 'the top level' : `\`${dotted}\``
  const make = (at: string[], message: string, hint: string | null, on: 'value' | 'key' = 'value'): Diagnostic => {
    const pos = locate(source, at, on)
    return {file: source.file, line: pos.line, column: pos.column, path: at.join('.'), message, hint}
  }
  const node = schemaAt(schema, path)
  const allowed = allowedKeys(node)
  const shown = sourceText(source, path)
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty)
      const hint = didYouMean(key, allowed) ?? (allowed.length ? `allowed here: ${allowed.join(', ')}` : null)
      return make([...path, key], `unknown key \`${key}\` in ${where}`, hint, 'key')
    }
    case 'required': {
      const key = String(err.params.missingProperty)
      return make(path, `${where} is missing \`${key}\``, `add \`${key}:\`${exampleOf(node, key)}`, 'key')
    }
    case 'type': {
      const message = typeMessage(where, dotted, String(err.params.type), valueAt(source, path), shown)
      return message && make(path, message.message, message.hint ?? exampleHint(node, path.at(-1)) ?? typeHint(String(err.params.type), path.at(-1)))
    }
    case 'enum': {
      if (typeof valueAt(source, path) !== 'string') return null // its `type` error says it
      const values = (err.params.allowedValues as unknown[]).map(String)
      return make(path, `${where} must be one of ${values.map((v) => `\`${v}\``).join(', ')} (got \`${shown ?? ''}\`)`, didYouMean(shown ?? '', values) ?? `write one of: ${values.join(', ')}`)
    }
    case 'minProperties':
    case 'maxProperties': {
      const last = path.at(-1)
      if (last === 'reads' || last === 'writes') {
        const given = Object.keys(valueAt(source, path) as object)
        const message = given.length === 0 ? `${where} gives no rate` : `${where} gives ${given.length} rates (${given.map((k) => `\`${k}\``).join(', ')}); give exactly one`
        return make(path, message, `use one of: ${allowed.join(', ')}`)
      }
      return make(path, `${where} ${err.keyword === 'minProperties' ? 'must not be empty' : 'has too many entries'}`, exampleHint(node, last))
    }
    case 'minItems':
      return make(path, `${where} must not be empty`, exampleHint(node, path.at(-1)))
    case 'minimum':
      return make(path, `${where} must be at least ${String(err.params.limit)} (got \`${shown ?? ''}\`)`, `use ${String(err.params.limit)} or more`)
    case 'maximum':
      return make(path, `${where} must be at most ${String(err.params.limit)} (got \`${shown ?? ''}\`)`, `use ${String(err.params.limit)} or less`)
    case 'propertyNames': {
      const name = String(err.params.propertyName)
      return make([...path, name], name === '' ? `an empty name in ${where} is not allowed` : `name \`${name}\` in ${where} is not allowed`, 'names start with a letter and use letters, digits, `_` and `-`', 'key')
    }
    case 'pattern':
      if (err.schemaPath.includes('/propertyNames/')) return null // reported by its `propertyNames` error
      // A name in a list (`placement.regions`): said as the names of workloads are.
      if (/^\d+$/.test(path.at(-1) ?? '') && typeof valueAt(source, path) === 'string') return make(path, `name \`${shown ?? ''}\` in \`${path.slice(0, -1).join('.')}\` is not allowed`, 'names start with a letter and use letters, digits, `_` and `-`')
      return make(path, `${where} has characters or a length it may not have (got \`${shown ?? ''}\`)`, exampleHint(node, path.at(-1)))
    case 'uniqueItems': {
      // ajv names the two equal items (i and j); the later one is the repeat.
      const at = [...path, String(Math.max(Number(err.params.i), Number(err.params.j)))]
      return make(at, `${where} names \`${sourceText(source, at) ?? ''}\` twice`, 'name each one once')
    }
    default:
      return make(path, `${where} ${err.message ?? 'is invalid'}`, null)
  }
}

/** `for example `key: value`` (or `- value` for a list item) from the schema's own examples. */
function exampleHint(node: Json | null, key: string | undefined): string | null {
  const example: unknown = Array.isArray(node?.examples) ? node.examples[0] : undefined
  if (example === undefined || key === undefined) return null
  return `for example \`${/^\d+$/.test(key) ? '-' : `${key}:`} ${flowYaml(example)}\``
}

const TYPE_WORDS: Readonly<Record<string, string>> = {string: 'text', number: 'a number', integer: 'a whole number', object: 'a mapping (`key: value` lines)', array: 'a list (`- item` lines)', boolean: 'true or false'}

/** The message for a value of the wrong type, and a hint when one is more specific than an example. */
function typeMessage(where: string, dotted: string, expected: string, value: unknown, shown: string | null): {message: string; hint: string | null} | null {
  const kind = kindOf(dotted)
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // A quantity field reports this itself, with the other range checks.
    if (kind !== null) return null
    const what = Number.isNaN(value) ? 'is not a number' : value > 0 ? 'is too large' : 'is not a finite number'
    return {message: `${where} ${what} (got \`${shown ?? String(value)}\`)`, hint: expected.includes('integer') ? 'write a whole number such as `3`' : 'write a finite number such as `3`'}
  }
  const actual = describeValue(value, shown)
  const empty = value === null || value === undefined
  if (kind !== null) {
    const {what, example} = KIND_WORDS[kind]
    return empty ? {message: `${where} has no value`, hint: `write ${what}, e.g. ${example}`} : {message: `${where} should be ${what}, not ${actual}`, hint: `write e.g. ${example}`}
  }
  const wanted = expected.split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ')
  const message = empty ? `${where} has no value; it should be ${wanted}` : `${where} should be ${wanted}, not ${actual}`
  const key = dotted.split('.').at(-1) ?? dotted
  if (expected.includes('object') && typeof value === 'string' && /:\S/.test(value)) return {message, hint: 'put a space after each `:` so that YAML reads `key: value` pairs'}
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return {message, hint: `put the text in quotes: \`${/^\d+$/.test(key) ? '-' : `${key}:`} "${shown ?? String(value)}"\``}
  if (expected === 'integer') return {message, hint: 'write a whole number such as `3`'}
  return {message, hint: null}
}

/** A hint from the expected type alone, for fields without examples. */
function typeHint(expected: string, key: string | undefined): string | null {
  const under = key === undefined || /^\d+$/.test(key) ? '' : ` indented under \`${key}:\``
  if (expected === 'object') return `write \`key: value\` lines${under}`
  if (expected === 'array') return `write \`- item\` lines${under}`
  if (expected === 'string') return 'write plain text'
  return null
}

function valueAt(source: SourceDocument, path: readonly string[]): unknown {
  let node: unknown = source.data
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined
  return node
}

function describeValue(v: unknown, shown: string | null): string {
  if (v === null || v === undefined) return 'empty'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `text \`${v}\``
  return typeof v === 'number' ? `the number \`${shown ?? String(v)}\`` : `\`${shown ?? String(v)}\``
}

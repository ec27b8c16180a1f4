import type {Diagnostic} from './diagnostic.js'
import {locate, type SourceDocument} from './document.js'
import {didYouMean} from './suggest.js'

/** The fields of an ajv error that sizeup reads (ajv's ErrorObject, structurally). */
export interface SchemaError {
  readonly keyword: string
  readonly instancePath: string
  readonly schemaPath: string
  readonly params: Readonly<Record<string, unknown>>
  readonly message?: string
}

type Json = {readonly [key: string]: unknown}

/**
 * Turns ajv's errors into located, plain-language diagnostics. The schema is
 * consulted for the keys a mapping allows, so an unknown key can be answered
 * with the closest allowed one.
 */
export function schemaDiagnostics(errors: readonly SchemaError[], source: SourceDocument, schema: Json): Diagnostic[] {
  const out = new Map<string, Diagnostic>()
  for (const err of errors) {
    const d = toDiagnostic(err, source, schema)
    if (d) out.set(`${d.line}:${d.column}:${d.message}`, d)
  }
  return [...out.values()]
}

function toDiagnostic(err: SchemaError, source: SourceDocument, schema: Json): Diagnostic | null {
  const path = err.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
  const dotted = path.join('.')
  const where = dotted === '' ? 'the top level' : `\`${dotted}\``
  const make = (segments: string[], message: string, hint: string | null, at: 'value' | 'key' = 'value'): Diagnostic => {
    const pos = locate(source, segments, at)
    return {file: source.file, line: pos.line, column: pos.column, path: segments.join('.'), message, hint}
  }
  const parent = parentSchema(schema, err.schemaPath)
  const allowed = parent && typeof parent.properties === 'object' ? Object.keys(parent.properties as Json) : []
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty)
      const hint = didYouMean(key, allowed) ?? (allowed.length ? `allowed here: ${allowed.join(', ')}` : null)
      return make([...path, key], `unknown key \`${key}\` in ${where}`, hint, 'key')
    }
    case 'required': {
      const key = String(err.params.missingProperty)
      return make(path, `${where} is missing \`${key}\``, `add \`${key}:\`${describeField(parent, key)}`, 'value')
    }
    case 'type':
      return make(path, `${where} should be ${typeWords(String(err.params.type))}, not ${actualType(source, path)}`, null)
    case 'enum': {
      const values = (err.params.allowedValues as unknown[]).map(String)
      const actual = String(valueAt(source, path))
      return make(path, `${where} must be one of ${values.map((v) => `\`${v}\``).join(', ')}`, didYouMean(actual, values))
    }
    case 'minProperties':
    case 'maxProperties':
      if (parent && /\/(reads|writes)\/m..Properties$/.test(err.schemaPath)) {
        return make(path, `${where} must give exactly one rate`, `use one of: ${allowedKeysOf(parent).join(', ')}`)
      }
      return make(path, `${where} ${err.keyword === 'minProperties' ? 'must not be empty' : 'has too many entries'}`, null)
    case 'minItems':
      return make(path, `${where} must not be empty`, null)
    case 'minimum':
      return make(path, `${where} must be at least ${String(err.params.limit)}`, null)
    case 'propertyNames': {
      const name = String(err.params.propertyName)
      return make([...path, name], `name \`${name}\` in ${where} is not allowed`, 'names start with a letter and use letters, digits, `_` and `-`', 'key')
    }
    case 'pattern':
      if (err.schemaPath.includes('/propertyNames/')) return null // reported by its `propertyNames` error
      return make(path, `${where} ${err.message ?? 'is invalid'}`, null)
    default:
      return make(path, `${where} ${err.message ?? 'is invalid'}`, null)
  }
}

function allowedKeysOf(schema: Json): string[] {
  return typeof schema.properties === 'object' && schema.properties ? Object.keys(schema.properties as Json) : []
}

/** The schema object that holds the keyword an error came from. */
function parentSchema(schema: Json, schemaPath: string): Json | null {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1)
  let node: unknown = schema
  for (const part of parts) {
    if (!node || typeof node !== 'object') return null
    node = (node as Json)[part]
  }
  return node && typeof node === 'object' ? (node as Json) : null
}

function describeField(parent: Json | null, key: string): string {
  const props = parent?.properties as Json | undefined
  const field = props?.[key] as Json | undefined
  const examples = field?.examples as unknown[] | undefined
  const example = examples?.[0]
  return example === undefined ? '' : ` (for example \`${key}: ${typeof example === 'object' ? JSON.stringify(example) : String(example)}\`)`
}

function typeWords(type: string): string {
  const words: Record<string, string> = {string: 'text', number: 'a number', integer: 'a whole number', object: 'a mapping (`key: value` lines)', array: 'a list (`- item` lines)', boolean: 'true or false'}
  return type.split(',').map((t) => words[t] ?? t).join(' or ')
}

function valueAt(source: SourceDocument, path: readonly string[]): unknown {
  let node: unknown = source.data
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined
  return node
}

function actualType(source: SourceDocument, path: readonly string[]): string {
  const v = valueAt(source, path)
  if (v === null || v === undefined) return 'empty'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `text \`${v}\``
  return `${typeof v} \`${String(v)}\``
}

import {isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document, visit} from 'yaml'
import type {Diagnostic} from './diagnostic.js'
import {yamlDiagnostics} from './yaml-errors.js'

/** Limits that keep a hostile file from costing more than a normal one. */
export const MAX_ALIASES = 100

/** A parsed YAML file that can say where any of its values is. */
export interface SourceDocument {
  readonly file: string
  readonly doc: Document.Parsed
  readonly lines: LineCounter
  /** The document as plain data (null when it has syntax errors). */
  readonly data: unknown
}

/**
 * Parses YAML keeping positions. Syntax errors, duplicate keys and alias abuse
 * come back as diagnostics; the caller stops there, since a broken file has no
 * trustworthy structure to validate.
 */
export function parseSource(text: string, file: string): {source: SourceDocument; diagnostics: Diagnostic[]} {
  const lines = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true})
  const diagnostics = yamlDiagnostics(doc, text, lines, file)
  let data: unknown = null
  if (diagnostics.length === 0) {
    try {
      data = doc.toJS({maxAliasCount: MAX_ALIASES})
    } catch (e) {
      diagnostics.push(aliasProblem(doc, lines, file, (e as Error).message))
    }
  }
  return {source: {file, doc, lines, data}, diagnostics}
}

/** toJS fails on an alias whose anchor is missing, or on aliases that expand too far. */
function aliasProblem(doc: Document.Parsed, lines: LineCounter, file: string, message: string): Diagnostic {
  const name = /Unresolved alias.*: (.+)$/.exec(message.split('\n')[0]!)?.[1]
  let offset = 0
  if (name !== undefined) {
    visit(doc, {
      Alias(_, alias) {
        if (alias.source !== name) return undefined
        offset = alias.range?.[0] ?? 0
        return visit.BREAK
      },
    })
  }
  const pos = lines.linePos(offset)
  return name === undefined
    ? {file, line: pos.line, column: pos.col, path: '', message: 'YAML aliases expand too far', hint: `expand the aliases by hand; sizeup allows at most ${MAX_ALIASES} so that a small file cannot expand into a huge one`}
    : {file, line: pos.line, column: pos.col, path: '', message: `YAML alias \`*${name}\` refers to no anchor`, hint: `define \`&${name}\` on a value before this point, or write the value here`}
}

type Segment = string | number

/**
 * The node at `path` and the key that leads to it: as far down the path as
 * the document goes. Segments may be numbers or numeric strings for list items.
 */
function nodeAt(source: SourceDocument, path: readonly Segment[]): {node: Node | null; key: Node | null; complete: boolean} {
  let node: unknown = source.doc.contents
  let found: Node | null = (node as Node | null) ?? null
  let key: Node | null = null
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))
      if (!pair) return {node: found, key, complete: false}
      key = isScalar(pair.key) ? pair.key : null
      node = pair.value
    } else if (isSeq(node) && /^\d+$/.test(String(seg))) {
      node = node.items[Number(seg)]
      key = null
    } else return {node: found, key, complete: false}
    found = node && (node as Node).range ? (node as Node) : null
  }
  return {node: found, key, complete: true}
}

/**
 * Line and column of the value at `path`, or of its key (which reads better
 * for unknown keys, and for a key with no value after it).
 */
export function locate(source: SourceDocument, path: readonly Segment[], at: 'value' | 'key' = 'value'): {line: number; column: number} {
  const {node, key, complete} = nodeAt(source, path)
  const empty = node === null || (isScalar(node) && node.value === null && !node.source)
  const best = complete && key && (at === 'key' || empty) ? key : (node ?? key)
  const pos = source.lines.linePos(best?.range?.[0] ?? 0)
  return {line: pos.line, column: pos.col}
}

/** The text of the scalar at `path` as written (`1e400`, not Infinity), or null when it is not a scalar. */
export function sourceText(source: SourceDocument, path: readonly Segment[]): string | null {
  const {node, complete} = nodeAt(source, path)
  if (!complete || !isScalar(node)) return null
  return node.source ?? String(node.value)
}

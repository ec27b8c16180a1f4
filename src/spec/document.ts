import {isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document} from 'yaml'
import type {Diagnostic} from './diagnostic.js'

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
  const diagnostics: Diagnostic[] = []
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(err.pos[0])
    diagnostics.push({
      file,
      line: pos.line,
      column: pos.col,
      path: '',
      message: `YAML ${doc.errors.includes(err as never) ? 'syntax error' : 'warning'}: ${firstLine(err.message)}`,
      hint: yamlHint(err.code),
    })
  }
  let data: unknown = null
  if (diagnostics.length === 0) {
    try {
      data = doc.toJS({maxAliasCount: MAX_ALIASES})
    } catch (e) {
      diagnostics.push({file, line: 1, column: 1, path: '', message: `YAML aliases: ${firstLine((e as Error).message)}`, hint: 'expand the aliases by hand; sizeup limits them so that a small file cannot expand into a huge one'})
    }
  }
  return {source: {file, doc, lines, data}, diagnostics}
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function yamlHint(code: string): string | null {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping; remove or rename one of them'
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces, not tabs'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and that every `key:` is followed by a space'
    default:
      return 'check the YAML syntax near this point'
  }
}

type Segment = string | number

/** Line and column of the value at `path` (or of its key, which reads better for unknown keys). */
export function locate(source: SourceDocument, path: readonly Segment[], at: 'value' | 'key' = 'value'): {line: number; column: number} {
  let node: unknown = source.doc.contents
  let best: Node | null = (node as Node | null) ?? null
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))
      if (!pair) break
      const last = i === path.length - 1
      if (last && at === 'key' && isScalar(pair.key)) {
        best = pair.key
        break
      }
      node = pair.value
      if (node && (node as Node).range) best = node as Node
      else if (isScalar(pair.key)) best = pair.key
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg]
      if (node && (node as Node).range) best = node as Node
    } else break
  }
  const offset = best?.range?.[0] ?? 0
  const pos = source.lines.linePos(offset)
  return {line: pos.line, column: pos.col}
}

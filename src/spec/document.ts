import {isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document, visit} from 'yaml'
import type {Diagnostic} from './diagnostic.js'
import {yamlDiagnostics} from './yaml-errors.js'

/** Limits that keep a hostile file from costing more than a normal one. */
export const MAX_ALIASES = 100
/** Mappings and lists inside each other: a spec needs under ten; the YAML parser recurses per level. */
export const MAX_NESTING = 50
/** The tags plain YAML values carry; any other (`!!binary`, `!!js/function`, `!secret`) is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))

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
  const tooDeep = nestingProblem(text, file)
  if (tooDeep) return {source: {file, doc: parseDocument(''), lines, data: null}, diagnostics: [tooDeep]}
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true})
  const diagnostics = yamlDiagnostics(doc, text, lines, file)
  if (diagnostics.length === 0) diagnostics.push(...unplainTags(doc, text, lines, file))
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

/**
 * Refuses text that nests deeper than MAX_NESTING before the YAML parser,
 * which recurses once per level, sees it (5,000 `[` would overflow its stack).
 * Counts flow brackets outside quotes and comments, and block indentation
 * steps; a cheap upper bound is enough, since real specs are nowhere near.
 */
function nestingProblem(text: string, file: string): Diagnostic | null {
  let depth = 0
  let quote: string | null = null
  let comment = false
  const indents: number[] = []
  let lineStart = true
  let column = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      comment = false
      lineStart = true
      column = 0
      continue
    }
    if (lineStart && (ch === ' ' || ch === '-')) {
      column++
      continue
    }
    if (lineStart) {
      lineStart = false
      if (ch !== '#' && quote === null && depth === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop()
        indents.push(column)
      }
    }
    if (comment) continue
    if (quote !== null) {
      if (ch === quote) quote = null
      else if (ch === '\\' && quote === '"') i++
      continue
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) comment = true
    else if (ch === '"' || (ch === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) quote = ch
    else if (ch === '[' || ch === '{') depth++
    else if ((ch === ']' || ch === '}') && depth > 0) depth--
    if (depth + indents.length > MAX_NESTING) {
      // The parser has not run, so the line counter is empty: count lines here.
      const before = text.slice(0, i).split('\n')
      const pos = {line: before.length, col: before[before.length - 1]!.length + 1}
      return {file, line: pos.line, column: pos.col, path: '', message: `the YAML nests more than ${MAX_NESTING} levels deep here`, hint: 'a spec nests a few levels (workloads, a workload, its fields); flatten the structure'}
    }
  }
  return null
}

/** Values tagged with anything but the plain YAML types: sizeup reads text, numbers, lists and mappings only. */
function unplainTags(doc: Document.Parsed, text: string, lines: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = []
  visit(doc, (_, node) => {
    if (!isNode(node) || node.tag === undefined || PLAIN_TAGS.has(node.tag)) return undefined
    if (!isScalar(node) && !isCollection(node)) return undefined
    const start = node.range?.[0] ?? 0
    let tagAt = text.lastIndexOf('!', start)
    if (tagAt < 0 || text.slice(tagAt, start).includes('\n')) tagAt = start
    while (tagAt > 0 && text[tagAt - 1] === '!') tagAt--
    const pos = lines.linePos(tagAt)
    found.push({file, line: pos.line, column: pos.col, path: '', message: `YAML syntax error: cannot use the tag \`${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}\` here`, hint: 'remove the tag; sizeup reads plain YAML values'})
    return undefined
  })
  return found
}

/** toJS fails on an alias whose anchor is missing, or on aliases that expand too far. */
export function aliasProblem(doc: Document.Parsed, lines: LineCounter, file: string, message: string): Diagnostic {
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

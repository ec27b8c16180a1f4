import {isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, type Document, visit, type YAMLMap} from 'yaml'
import {aliasCycles} from './alias-cycles.js'
import type {Diagnostic} from './diagnostic.js'
import {duplicateKeys} from './duplicate-keys.js'
import {yamlDiagnostics} from './yaml-errors.js'
import {versionDirective} from './yaml-version.js'

/** Limits that keep a hostile file from costing more than a normal one. */
export const MAX_ALIASES = 100
/**
 * Values that aliases may add to a document once expanded. The yaml
 * package's alias count stops exponential growth, not a large block reused
 * 99 times: that is 99 copies for every later step (schema, fields,
 * components, estimate). A spec at the size limit holds some 30,000 values
 * written out; reusing a few small blocks adds hundreds; 10,000 lets aliases
 * add about a third of a full spec, so they cannot make one cost much more.
 */
export const MAX_ALIAS_VALUES = 10_000
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
  const version = versionDirective(text, file)
  if (version) return {source: {file, doc: parseDocument(''), lines, data: null}, diagnostics: [version]}
  // Duplicate keys are found in one pass here rather than by the parser, which compares each key with every earlier one.
  const {doc, duplicates} = withoutStacks(() => {
    const parsed = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true})
    return {doc: parsed, duplicates: duplicateKeys(parsed)}
  })
  const diagnostics = yamlDiagnostics(doc, text, lines, file, duplicates)
  if (diagnostics.length === 0) diagnostics.push(...unplainTags(doc, text, lines, file))
  if (diagnostics.length === 0) diagnostics.push(...aliasCycles(doc, lines, file))
  let data: unknown = null
  if (diagnostics.length === 0) {
    try {
      data = doc.toJS({maxAliasCount: MAX_ALIASES})
    } catch (e) {
      diagnostics.push(aliasProblem(doc, lines, file, (e as Error).message))
    }
    const expansion = diagnostics.length === 0 ? expansionProblem(doc, data, lines, file) : null
    if (expansion) {
      diagnostics.push(expansion)
      data = null
    }
  }
  return {source: {file, doc, lines, data}, diagnostics}
}

/**
 * Runs the YAML parser without stack traces on the errors it creates. It
 * makes an Error per syntax problem, and 60,000 `[]` on one line are 120,000
 * problems: capturing a stack for each was most of 2 s and 400 MB, for
 * stacks no diagnostic shows. Synchronous, so nothing else runs meanwhile.
 */
function withoutStacks<T>(run: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return run()
  } finally {
    Error.stackTraceLimit = limit
  }
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

/**
 * Aliases of large blocks multiply the document: the values each alias adds
 * are counted in one pass over the parsed values, each shared one measured
 * once. Cycles are refused before this (alias-cycles.ts); one met anyway is
 * not followed, so the pass ends.
 */
function expansionProblem(doc: Document.Parsed, data: unknown, lines: LineCounter, file: string): Diagnostic | null {
  const sizes = new Map<object, number>()
  const open = new Set<object>()
  let written = 0
  // Depth first without recursion, one child at a time: a value is open while its children are measured.
  const stack: Array<{value: object; children: unknown[]; next: number; size: number}> = []
  const enter = (value: object): void => {
    open.add(value)
    const children = Object.values(value)
    written += 1 + children.filter((c) => c === null || typeof c !== 'object').length
    stack.push({value, children, next: 0, size: 1})
  }
  if (data !== null && typeof data === 'object') enter(data)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.next < top.children.length) {
      const child = top.children[top.next++]
      if (child === null || typeof child !== 'object') top.size += 1
      else if (sizes.has(child)) top.size += sizes.get(child)!
      else if (!open.has(child)) {
        top.next--
        enter(child)
      }
      continue
    }
    sizes.set(top.value, top.size)
    open.delete(top.value)
    stack.pop()
  }
  const expanded = data !== null && typeof data === 'object' ? sizes.get(data)! : 1
  if (expanded - written <= MAX_ALIAS_VALUES) return null
  const pos = lines.linePos(firstAlias(doc)?.range?.[0] ?? 0)
  return {file, line: pos.line, column: pos.col, path: '', message: `YAML aliases add ${expanded - written} values to the file; the limit is ${MAX_ALIAS_VALUES}`, hint: 'reuse small blocks, or write the values out; an alias of a large block copies all of it'}
}

function firstAlias(doc: Document.Parsed): Node | null {
  let found: Node | null = null
  visit(doc, {
    Alias(_, alias) {
      found = alias
      return visit.BREAK
    },
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
      const pair = pairNamed(node, String(seg))
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

/** A mapping's pairs by key, built once per mapping: locating each of 20,000 problems in one mapping by a search through it was quadratic. */
const pairIndex = new WeakMap<YAMLMap, {readonly size: number; readonly pairs: Map<string, Pair>}>()

/** The first pair whose scalar key reads as `name` (what a search of the items in order finds). */
function pairNamed(map: YAMLMap, name: string): Pair | undefined {
  let index = pairIndex.get(map)
  // A mapping that gained or lost a pair since (a scenario merged into it) is indexed again.
  if (index === undefined || index.size !== map.items.length) {
    const pairs = new Map<string, Pair>()
    for (const p of map.items) {
      if (!isPair(p) || !isScalar(p.key)) continue
      const key = String(p.key.value)
      if (!pairs.has(key)) pairs.set(key, p)
    }
    index = {size: map.items.length, pairs}
    pairIndex.set(map, index)
  }
  return index.pairs.get(name)
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

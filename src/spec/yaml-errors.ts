import {type Document, isCollection, isMap, isPair, isScalar, type LineCounter, type Node, visit, type YAMLError} from 'yaml'
import type {Diagnostic} from './diagnostic.js'
import {withDuplicates} from './duplicate-keys.js'

/** A YAML error put in the user's terms: where it really is, what it means, what to do. */
interface Explained {
  readonly offset: number
  readonly message: string
  readonly hint: string
}

/**
 * Turns the YAML parser's errors into diagnostics. The parser often notices a
 * problem far from its cause (an unclosed quote at the end of the file), and
 * reports some mistakes twice; this points at the cause and reports it once.
 */
export function yamlDiagnostics(doc: Document.Parsed, text: string, lines: LineCounter, file: string, duplicates: readonly YAMLError[] = []): Diagnostic[] {
  const errors: readonly YAMLError[] = [...withDuplicates(doc.errors, duplicates), ...doc.warnings]
  // A line indented too far gives both errors at one place; the multi-line one says more.
  const multiline = new Set(errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]))
  const out = new Map<string, Diagnostic>()
  for (const [i, err] of errors.entries()) {
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(err.pos[0])) continue
    const e = explain(err, doc, text)
    const pos = lines.linePos(e.offset)
    const key = `${pos.line}:${pos.col}`
    if (out.has(key)) continue
    if (out.size === MAX_SYNTAX_ERRORS) {
      out.set(key, {file, line: pos.line, column: pos.col, path: '', message: `YAML syntax error: ${errors.length - i} more from here on (only the first ${MAX_SYNTAX_ERRORS} are listed)`, hint: 'fix the first ones: the rest often follow from them'})
      break
    }
    out.set(key, {file, line: pos.line, column: pos.col, path: '', message: `YAML syntax error: ${e.message}`, hint: e.hint})
  }
  return out.size > 0 ? [...out.values()] : collectionKeys(doc, lines, file)
}

/**
 * Syntax errors listed for one file. One mistake often makes the parser
 * report many (an unclosed bracket, every token after it), and a hostile
 * line of 60,000 `[]` made 120,000: 240,000 lines of messages. The first 100
 * are listed, then how many more there are.
 */
export const MAX_SYNTAX_ERRORS = 100

/** `? [a, b]: c` is valid YAML, but a spec's keys are names. */
function collectionKeys(doc: Document.Parsed, lines: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = []
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined
      const pos = lines.linePos(pair.key.range?.[0] ?? 0)
      found.push({file, line: pos.line, column: pos.col, path: '', message: 'a key is a list or a mapping', hint: 'keys in a spec are plain names such as `users` or `posts`'})
      return undefined
    },
  })
  return found
}

function explain(err: YAMLError, doc: Document.Parsed, text: string): Explained {
  const at = err.pos[0]
  const parserSays = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return {offset: at, message: 'tab used for indentation', hint: 'YAML indents with spaces, not tabs; replace the tab with spaces'}
    case 'DUPLICATE_KEY':
      return duplicateKey(at, doc, text)
    case 'MULTILINE_IMPLICIT_KEY': {
      // The range runs from the value above to the over-indented key: point at that key.
      const lastLine = text.lastIndexOf('\n', err.pos[1] - 1) + 1
      const offset = firstNonBlank(text, Math.max(lastLine, at))
      return {offset, message: 'this line is indented more than the key above it', hint: 'keys of one mapping start in the same column; indent a nested mapping only under a key that has no value on its own line'}
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {offset: at, message: 'a second `key:` on the same line', hint: 'put each `key: value` on its own line, or quote a value that contains `: `'}
    case 'BAD_INDENT':
      if (/^Flow (map|sequence)/.test(parserSays)) return unclosedFlow(at, doc, parserSays.startsWith('Flow map') ? '{' : '[')
      return {offset: firstNonBlank(text, at), message: 'this line is indented differently from the keys next to it', hint: 'keys of one mapping start in the same column; use the same number of spaces'}
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(parserSays)?.[1]
      if (quote) return unclosedQuote(at, doc, quote)
      return {offset: at, message: parserSays, hint: 'check the YAML syntax near this point'}
    }
    case 'MULTIPLE_DOCS':
      return {offset: at, message: 'more than one YAML document', hint: 'a spec is one document; remove the `---` line and what follows, or put it in its own file'}
    case 'TAG_RESOLVE_FAILED': {
      const tag = /^\S*/.exec(text.slice(at))?.[0] ?? ''
      return {offset: at, message: `cannot use the tag \`${tag}\` here`, hint: 'remove the tag; sizeup reads plain YAML values'}
    }
    case 'BAD_SCALAR_START':
      return {offset: at, message: parserSays.replace('Plain value', 'a value without quotes'), hint: 'put the value in quotes'}
    default:
      // The parser recurses per level: a stack overflow means nesting too deep (document.ts refuses most before this).
      if (/call stack/i.test(parserSays)) return {offset: at, message: 'the YAML nests too deeply here', hint: 'a spec nests a few levels (workloads, a workload, its fields); flatten the structure'}
      return {offset: at, message: parserSays, hint: 'check the YAML syntax near this point'}
  }
}

function firstNonBlank(text: string, from: number): number {
  let i = from
  while (text[i] === ' ' || text[i] === '\t') i++
  return i
}

function duplicateKey(at: number, doc: Document.Parsed, text: string): Explained {
  let first: Node | null = null
  let name = ''
  visit(doc, {
    Map(_, map) {
      const keys = map.items.filter(isPair).map((p) => p.key).filter(isScalar)
      const dup = keys.find((k) => k.range?.[0] === at)
      if (!dup) return undefined
      name = String(dup.value)
      first = keys.find((k) => k !== dup && String(k.value) === name) ?? null
      return visit.BREAK
    },
  })
  if (name === '') return {offset: at, message: 'a key appears twice in one mapping', hint: 'each key may appear once in a mapping; remove or rename one of them'}
  const firstAt = (first as Node | null)?.range?.[0]
  const line = firstAt === undefined ? null : text.slice(0, firstAt).split('\n').length
  return {offset: at, message: `duplicate key \`${name}\``, hint: `\`${name}\` is already set${line === null ? '' : ` on line ${line}`}; remove or rename one of them`}
}

/** The opening quote of the quoted value that runs to where the parser gave up. */
function unclosedQuote(at: number, doc: Document.Parsed, quote: string): Explained {
  let start = at
  visit(doc, {
    Scalar(_, s) {
      const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
      if (s.type === type && s.range && s.range[0] < at && s.range[1] >= at) {
        start = s.range[0]
        return visit.BREAK
      }
      return undefined
    },
  })
  return {offset: start, message: `the ${quote} opened here is never closed`, hint: `end the value with a matching ${quote}`}
}

/** The opening bracket of the innermost flow collection the parser was still inside. */
function unclosedFlow(at: number, doc: Document.Parsed, open: '{' | '['): Explained {
  const close = open === '{' ? '}' : ']'
  let start = at
  visit(doc, {
    Collection(_, c) {
      if (c.flow && c.range && c.range[0] < at && c.range[1] <= at && isMap(c) === (open === '{')) start = c.range[0]
      return undefined
    },
  })
  return {offset: start, message: `the \`${open}\` opened here is never closed`, hint: `end it with \`${close}\` on the same line, or indent its continuation lines further than the key`}
}

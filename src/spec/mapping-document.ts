import {type Diagnostic, SpecError} from './diagnostic.js'
import {parseSource, type SourceDocument} from './document.js'

/** What an input file is, for the messages about its size and shape. */
export interface InputKind {
  /** The most bytes of UTF-8 this kind of input may have; the reader refuses a larger file before reading it. */
  readonly maxBytes: number
  /** "a system description is a few kilobytes; …" */
  readonly sizeHint: string
  readonly emptyHint: string
  readonly topLevelHint: string
}

/**
 * The checks every YAML input of sizeup goes through before its own schema:
 * size, binary content, a BOM, YAML syntax, emptiness and a mapping at the
 * top. Throws a SpecError with located diagnostics; returns the parsed
 * document otherwise.
 */
export function parseMappingDocument(text: string, file: string, kind: InputKind): SourceDocument {
  const at = (message: string, hint: string | null): Diagnostic => ({file, line: 1, column: 1, path: '', message, hint})
  const size = utf8Length(text, kind.maxBytes)
  if (size > kind.maxBytes) throw new SpecError([tooLarge(file, size, kind)])
  if (text.includes('\u0000')) throw new SpecError([at('file is binary, not YAML text', 'give sizeup a YAML file')])
  const {source, diagnostics} = parseSource(text.startsWith('\uFEFF') ? text.slice(1) : text, file)
  if (diagnostics.length > 0) throw new SpecError(diagnostics)
  if (source.data === null || source.data === undefined) throw new SpecError([at('file is empty', kind.emptyHint)])
  if (typeof source.data !== 'object' || Array.isArray(source.data)) throw new SpecError([at('the top level must be a mapping of `key: value` lines', kind.topLevelHint)])
  return source
}

/** An input larger than its kind allows, as the reader and the parser both say it. */
export function tooLarge(file: string, bytes: number, kind: Pick<InputKind, 'maxBytes' | 'sizeHint'>): Diagnostic {
  return {file, line: 1, column: 1, path: '', message: `file is ${bytes} bytes; sizeup reads at most ${kind.maxBytes}`, hint: kind.sizeHint}
}

/** Bytes of text in UTF-8 (what a file of it holds), counted only when it could be over `limit`. */
function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit is 1 to 3 bytes (a surrogate pair, 4 for two units): short text cannot be over.
  if (text.length * 3 <= limit) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3
    // A surrogate pair is one character of 4 bytes: 3 for the high half and 1 for the low.
    if (c >= 0xdc00 && c < 0xe000 && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) < 0xdc00) bytes -= 2
  }
  return bytes
}

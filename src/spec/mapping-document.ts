import {type Diagnostic, SpecError} from './diagnostic.js'
import {parseSource, type SourceDocument} from './document.js'

/** What an input file is, for the messages about its size and shape. */
export interface InputKind {
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
  if (text.length > kind.maxBytes) throw new SpecError([at(`file is ${text.length} bytes; the limit is ${kind.maxBytes}`, kind.sizeHint)])
  if (text.includes('\u0000')) throw new SpecError([at('file is binary, not YAML text', 'give sizeup a YAML file')])
  const {source, diagnostics} = parseSource(text.startsWith('\uFEFF') ? text.slice(1) : text, file)
  if (diagnostics.length > 0) throw new SpecError(diagnostics)
  if (source.data === null || source.data === undefined) throw new SpecError([at('file is empty', kind.emptyHint)])
  if (typeof source.data !== 'object' || Array.isArray(source.data)) throw new SpecError([at('the top level must be a mapping of `key: value` lines', kind.topLevelHint)])
  return source
}

import {type InputRole, InputNotFound, type Reader, type SourceText} from '../analysis/inputs.js'
import {MAX_SAVED_REPORT_BYTES} from '../analysis/saved-report.js'
import {CONFIG_FILE_NAME, CONFIG_INPUT} from '../config/types.js'
import {OVERLAY_INPUT} from '../overlay/types.js'
import {SpecError} from '../spec/diagnostic.js'
import {SPEC_INPUT} from '../spec/load.js'
import {type ReadLimit, readTextFile, readTextStream} from './read-text.js'

/** Standard input, as much of it as an input may hold. */
export type Stdin = AsyncIterable<Uint8Array>

/** The inputs a command reads from files: the analysis's, and the answers of a practice drill. */
export type FileRole = InputRole | 'answers' | 'baseline' | 'report'

/** A drill's answers are a line per question; a file much larger is not one. */
export const MAX_ANSWERS_BYTES = 64 * 1024
/** A check baseline is ~100 bytes per accepted finding: 16 MB is 160,000 of them, more than any project accepts. */
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024

/** How large each kind of input may be (the loaders' own limits), and what to say when it is larger. */
export const SIZE: Readonly<Record<FileRole, ReadLimit>> = {
  spec: SPEC_INPUT,
  overlay: OVERLAY_INPUT,
  config: CONFIG_INPUT,
  answers: {maxBytes: MAX_ANSWERS_BYTES, sizeHint: 'an answers file has one short line per question'},
  report: {maxBytes: MAX_SAVED_REPORT_BYTES, sizeHint: 'a saved report --json is some hundreds of kilobytes'},
  baseline: {maxBytes: MAX_BASELINE_BYTES, sizeHint: 'a baseline holds one short entry per accepted finding; write it again with --write-baseline'},
}

/** How a problem reading each kind of input is worded: what the message starts with, what to suggest. */
const WORDING: Readonly<Record<FileRole, {readonly prefix: string; readonly missing: string; readonly other: string | null}>> = {
  spec: {prefix: '', missing: 'check the path; `-` reads the spec from standard input', other: null},
  overlay: {prefix: '', missing: 'check the path; `-` reads the spec from standard input', other: null},
  config: {prefix: '', missing: `check the path given with --config, or leave it out to use ${CONFIG_FILE_NAME} next to the spec`, other: null},
  report: {prefix: 'saved report: ', missing: 'save one first: `sizeup report design.yaml --json > base.json`', other: null},
  baseline: {prefix: 'baseline: ', missing: 'write it first: `sizeup check … --baseline FILE --write-baseline`', other: null},
  answers: {prefix: 'answers file: ', missing: 'one answer per line, e.g. `3.5K/s`; or leave out --answers and type them', other: 'one answer per line, e.g. `3.5K/s`; or leave out --answers and type them'},
}

/**
 * The CLI's reader: a path is a file, `-` is standard input (read once;
 * every later `-` gets the same text). Failures become located diagnostics.
 */
export function fileReader(stdin: Stdin, stdinName = '<stdin>'): Reader {
  let fromStdin: Promise<string> | undefined
  return async (name, role = 'spec') => {
    // Standard input is read once, with the limit of the input it is read as first; `stdinName` is what its problems and findings are located in (check --stdin-filepath).
    if (name === '-') return {text: await (fromStdin ??= readTextStream(stdin, stdinName, SIZE[role])), file: stdinName}
    return readFileInput(name, role)
  }
}

/** Reads an input file; a failure is a located diagnostic with a hint for the kind of input. */
export async function readFileInput(path: string, role: FileRole = 'spec'): Promise<SourceText> {
  try {
    return {text: await readTextFile(path, SIZE[role]), file: path}
  } catch (e) {
    if (e instanceof SpecError) throw e
    const code = (e as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})`
    const wording = WORDING[role]
    const diagnostic = {file: path, line: 1, column: 1, path: '', message: `${wording.prefix}${reason}`, hint: code === 'ENOENT' ? wording.missing : wording.other}
    // No file there (rather than one that cannot be read): `design#v2` may then be read another way.
    throw code === 'ENOENT' || code === 'ENOTDIR' ? new InputNotFound([diagnostic]) : new SpecError([diagnostic])
  }
}


import {terminal} from './sinks/terminal.js'

/** One problem in an input file, located and explained. */
export interface Diagnostic {
  readonly file: string
  /** 1-based line and column of the offending text. */
  readonly line: number
  readonly column: number
  /** Dotted path of the offending value in the document (`workloads.posts.retention`), or '' for the whole file. */
  readonly path: string
  readonly message: string
  readonly hint: string | null
}

/** Thrown by the loaders when an input has problems: all of them, in file order. */
export class SpecError extends Error {
  readonly diagnostics: readonly Diagnostic[]
  constructor(diagnostics: readonly Diagnostic[]) {
    const list = sortDiagnostics(unique(diagnostics))
    super(list.map(formatDiagnostic).join('\n'))
    this.name = 'SpecError'
    this.diagnostics = list
  }
}

/** One diagnostic per place and message: a field read by two resolvers is reported once. */
function unique(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>()
  for (const d of list) {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`
    if (!seen.has(key)) seen.set(key, d)
  }
  return [...seen.values()]
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message, 'en'))
}

/**
 * `file:line:col: message` and, on the next line, the hint: for standard
 * error, a terminal or a CI log. Messages quote spec text and the command
 * line, so each line is made safe for a terminal as a whole (control
 * characters shown, no line break of the input's own, no workflow command).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = terminal(`${d.file}:${d.line}:${d.column}: ${d.message}`)
  return d.hint ? `${head}\n  hint: ${terminal(d.hint)}` : head
}

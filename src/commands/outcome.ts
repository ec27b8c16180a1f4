import {formatDiagnostic, SpecError} from '../spec/diagnostic.js'
import type {Outcome} from './command.js'

/** Runs a command body; input problems become exit 2 with every diagnostic on stderr and nothing on stdout. */
export async function withDiagnostics(body: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await body()
  } catch (e) {
    if (e instanceof SpecError) return problemsOutcome(e)
    throw e
  }
}

/** Every problem, located, then how many there were: exit 2. */
export function problemsOutcome(e: SpecError): Outcome {
  const count = e.diagnostics.length
  const summary = `sizeup: ${count} problem${count === 1 ? '' : 's'} found`
  return {stdout: '', stderr: `${e.diagnostics.map(formatDiagnostic).join('\n')}\n${summary}\n`, exitCode: 2, problems: e.diagnostics}
}

/** A usage problem of the command line, as a located diagnostic. */
export function usage(message: string, hint: string | null): never {
  throw new SpecError([{file: '<command line>', line: 1, column: 1, path: '', message, hint}])
}

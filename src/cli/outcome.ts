import {formatDiagnostic, SpecError} from '../spec/diagnostic.js'

/** What a command prints and how it exits; the oclif adapter writes it. */
export interface Outcome {
  readonly stdout: string
  readonly stderr: string
  /** 0 success, 1 the check failed, 2 bad input or usage. */
  readonly exitCode: 0 | 1 | 2
}

/** Runs a command body; input problems become exit 2 with every diagnostic on stderr and nothing on stdout. */
export async function withDiagnostics(body: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await body()
  } catch (e) {
    if (e instanceof SpecError) {
      const count = e.diagnostics.length
      const summary = `sizeup: ${count} problem${count === 1 ? '' : 's'} found`
      return {stdout: '', stderr: `${e.diagnostics.map(formatDiagnostic).join('\n')}\n${summary}\n`, exitCode: 2}
    }
    throw e
  }
}

import {SpecError} from '../spec/diagnostic.js'
import type {CommandIO, Outcome} from './command.js'
import {problemsOutcome} from './outcome.js'
import {parseCommandLine} from './parse.js'
import {COMMAND_LOADERS, isCommand} from './loaders.js'

/**
 * Runs one command on its arguments (the command line after the command's
 * name): parse, then the command's adapter. What the fast path, the oclif
 * commands and the tests all call, so the three cannot disagree.
 */
export async function runCommand(id: string, argv: readonly string[], io: CommandIO): Promise<Outcome> {
  if (!isCommand(id)) throw new Error(`sizeup internal error: no command ${id}`)
  const definition = await COMMAND_LOADERS[id]!()
  let parsed
  try {
    parsed = parseCommandLine(id, definition, argv)
  } catch (e) {
    if (e instanceof SpecError) return problemsOutcome(e)
    throw e
  }
  return definition.run(parsed, io)
}

/** The process's own streams and environment. */
export function processIO(version: string, root: string): CommandIO {
  return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, version, root}
}

/** Writes an outcome and sets the exit code rather than exiting, so the output is flushed. */
export function emit(outcome: Outcome): void {
  if (outcome.stdout) process.stdout.write(outcome.stdout)
  if (outcome.stderr) process.stderr.write(outcome.stderr)
  process.exitCode = outcome.exitCode
}

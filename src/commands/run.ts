import {SpecError} from '../spec/diagnostic.js'
import {json as jsonText} from '../spec/sinks/json.js'
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
    parsed = parseCommandLine(id, definition, argv, io.env)
  } catch (e) {
    if (e instanceof SpecError) return asJson(problemsOutcome(e), asksForJson(argv))
    throw e
  }
  const flags = parsed.flags as Readonly<Record<string, unknown>>
  // `--format json` is JSON on stdout (check takes --format as a list: there, json as the only one).
  const format = Array.isArray(flags.format) ? (flags.format.length === 1 ? flags.format[0] : undefined) : flags.format
  return asJson(await definition.run(parsed, io), flags.json === true || format === 'json')
}

/** Whether a command line that could not be parsed asked for JSON: a `--json` before any `--`. */
function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json')
}

/**
 * A command asked for JSON that fails on its input prints the problems as
 * JSON on stdout too, in the shape oclif's enableJsonFlag gives an error
 * (`{"error": {name, message, …}}`), so a program reading stdout learns why
 * there is no result; stderr keeps the located text for people.
 */
function asJson(outcome: Outcome, json: boolean): Outcome {
  if (!json || !outcome.problems || outcome.stdout !== '') return outcome
  const count = outcome.problems.length
  const error = {name: 'SpecError', message: `${count} problem${count === 1 ? '' : 's'} found`, exitCode: outcome.exitCode, problems: outcome.problems}
  return {...outcome, stdout: `${jsonText({error})}\n`}
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

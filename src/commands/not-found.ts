import type {Outcome} from './command.js'
import {COMMAND_LOADERS} from './loaders.js'
import {problemsOutcome} from './outcome.js'
import {COMMAND_LINE} from './parse.js'
import {SpecError} from '../spec/diagnostic.js'
import {closest} from '../spec/suggest.js'

/** Commands oclif and its plugins bring (help, version, completion): known, though not ours. */
export const OCLIF_COMMANDS: readonly string[] = ['autocomplete', 'help', 'version']

/** The words a command line may start with. */
const KNOWN = [...Object.keys(COMMAND_LOADERS), ...OCLIF_COMMANDS].sort()

/** Whether a command line's first word names no command (flags like `--help` are not words). */
export function isUnknownCommand(word: string): boolean {
  return !word.startsWith('-') && !KNOWN.includes(word)
}

/**
 * An unknown command, as a usage problem (exit 2, like any bad command
 * line) with the nearest command as the hint when it is a plausible typo
 * (spec/suggest.ts: within a third of the word's length in edits, at least
 * 2, a swap of two letters counting one), so `sizeup foo` suggests nothing.
 */
export function unknownCommand(word: string): Outcome {
  // Cut for the message; suggest.ts bounds its own work. formatDiagnostic escapes it for the terminal.
  const typed = word.slice(0, 64)
  const nearest = closest(word, KNOWN)
  const list = '`sizeup help` lists the commands'
  const hint = nearest ? `did you mean \`sizeup ${nearest}\`? ${list}` : list
  return problemsOutcome(new SpecError([{file: COMMAND_LINE, line: 1, column: 1, path: '', message: `\`${typed}${typed.length < word.length ? '…' : ''}\` is not a sizeup command`, hint}]))
}

import type {Outcome} from '../cli/outcome.js'

/** Writes a command's outcome; sets the exit code instead of exiting, so output is flushed first. */
export function writeOutcome(outcome: Outcome): void {
  if (outcome.stdout) process.stdout.write(outcome.stdout)
  if (outcome.stderr) process.stderr.write(outcome.stderr)
  process.exitCode = outcome.exitCode
}

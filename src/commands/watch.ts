import {splitScenario} from '../analysis/inputs.js'
import {SpecError} from '../spec/diagnostic.js'
import {terminal} from '../spec/sinks/terminal.js'
import type {CommandIO, Outcome} from './command.js'
import {problemsOutcome, usage} from './outcome.js'

/** The flag of the commands that can watch their inputs (report, estimate). */
export const WATCH_FLAG = {
  type: 'boolean',
  description: 'keep running: render again whenever the spec (or the overlay or configuration) changes, each output written as without --watch; problems are shown and watching goes on; Ctrl-C stops (exit 0)',
} as const

/** Clears a terminal before a new rendering, so the screen shows the current one only. */
const CLEAR_SCREEN = '\u001b[2J\u001b[H'

export interface WatchPlan {
  /** The spec argument as given (`design.yaml`, `design.yaml#year3`). */
  readonly spec: string
  /** The input files of the last run, the spec's included (a configuration is found again each run). */
  readonly files: () => Promise<readonly string[]>
  /** Names looked for beside the watched files: a configuration that appears. */
  readonly besides?: readonly string[]
  /** One run of the command, as without --watch. */
  readonly once: () => Promise<Outcome>
}

/**
 * Runs a command, then again after each change to its inputs, until Ctrl-C:
 * what each run prints goes out as it comes (a run's problems on standard
 * error, and the next change tried again), and a status line on standard
 * error says what happened. A change during a run is run after it, once.
 * The machine's side (watching, the signal) is node/watch.ts.
 */
export async function watching(plan: WatchPlan, io: CommandIO): Promise<Outcome> {
  try {
    if (splitScenario(plan.spec).path === '-') usage('`--watch` needs a spec file: standard input does not change', 'name the spec file, e.g. `sizeup report design.yaml --watch -o design.html`')
  } catch (e) {
    if (e instanceof SpecError) return problemsOutcome(e)
    throw e
  }
  const {untilInterrupted, watchFiles} = await import('../node/watch.js')
  const stop = untilInterrupted()
  let failure: Error | null = null
  let endWatch: () => void = () => {}
  const ended = new Promise<void>((resolve) => (endWatch = resolve))
  const watch = watchFiles(
    () => schedule(false),
    (error) => {
      failure = error
      endWatch()
    },
    plan.besides,
  )

  const render = async (first: boolean): Promise<void> => {
    let outcome: Outcome
    try {
      outcome = await plan.once()
    } catch (e) {
      outcome = {stdout: '', stderr: `sizeup: ${terminal((e as Error).message)}\n`, exitCode: 2}
    }
    if (!first && outcome.stdout !== '' && io.stdout.isTTY) io.stdout.write(CLEAR_SCREEN)
    if (outcome.stdout !== '') io.stdout.write(outcome.stdout)
    if (outcome.stderr !== '') io.stderr.write(outcome.stderr)
    const files = await plan.files().catch(() => [splitScenario(plan.spec).path])
    watch.set(files)
    const names = files.map((f) => terminal(f)).join(', ')
    const state = outcome.exitCode === 2 ? 'not rendered; fix the problems above' : first ? 'rendered' : 'rendered again'
    io.stderr.write(`sizeup: ${state}; watching ${names} (Ctrl-C to stop)\n`)
  }
  // One run at a time; changes during a run make one more run after it.
  let pending = false
  let loop: Promise<void> | null = null
  function schedule(first: boolean): void {
    pending = true
    if (loop !== null) return
    loop = (async () => {
      for (let isFirst = first; pending; isFirst = false) {
        pending = false
        await render(isFirst)
      }
      loop = null
    })()
  }

  schedule(true)
  await loop
  await Promise.race([stop.interrupted, ended])
  watch.close()
  stop.dispose()
  // A run under way finishes (its output is written whole) before the command ends.
  await loop
  if (failure !== null) return {stdout: '', stderr: `sizeup: stopped watching: ${terminal((failure as Error).message)}\n`, exitCode: 2}
  return {stdout: '', stderr: '', exitCode: 0}
}

/** What `watchable` needs of a command line: the spec argument and --watch. */
interface WatchableLine {
  readonly args: {readonly file: string}
  readonly flags: {readonly watch: boolean}
}

/**
 * A command's run with --watch added: without the flag the run as it is;
 * with it, `watching` over the files `inputs` names for the command line.
 */
export function watchable<P extends WatchableLine>(
  run: (parsed: P, io: CommandIO) => Promise<Outcome>,
  inputs: (parsed: P) => Promise<readonly string[]>,
  besides: readonly string[] = [],
): (parsed: P, io: CommandIO) => Promise<Outcome> {
  return (parsed, io) => (parsed.flags.watch ? watching({spec: parsed.args.file, files: () => inputs(parsed), besides, once: () => run(parsed, io)}, io) : run(parsed, io))
}

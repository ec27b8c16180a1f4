import type {Program} from './program.js'

/**
 * When a run of the compiled program (program.ts) folds a sum's parts and
 * drops its arrays, worked out once from the program's shape, before any
 * array exists: the run follows it, and the Monte Carlo's budget charges the
 * most arrays it holds at once (`peak`), which is what the run's memory is.
 *
 * A sum (Ledger.sum: its parts added from 0 in order) whose kernel agreed
 * with its closure is folded: a running sum per total, each part added as
 * soon as it and every part before it exist — the same additions in the same
 * order as the closure's, so the same bits — and the part's array is then free
 * to go. The system's totals read every workload's figures, so without the
 * fold a run held every workload's arrays until the last workload was done;
 * with it, a run holds about one workload's arrays and a running sum per total.
 */
export interface Schedule {
  /** Before the first step (index 0) and after each step s (index s + 1): the sums' parts to fold, in order. */
  readonly folds: ReadonlyArray<readonly Fold[]>
  /** At the same moments: the arrays no later step or fold reads and `keep` does not want. */
  readonly drops: ReadonlyArray<readonly string[]>
  /** Steps that are folded sums: their array is their running sum. */
  readonly folded: ReadonlySet<number>
  /**
   * The most arrays the run makes and holds at once: the running sums, the
   * kept and the still-to-be-read metrics' arrays, the one a step is making.
   * Not the inputs': the spec's loader made them (and charged them) before the run.
   */
  readonly peak: number
}

/** Add parts [from, to) of the sum made by step `step`. */
export interface Fold {
  readonly step: number
  readonly from: number
  readonly to: number
}

export function schedule(program: Program, keep?: (id: string) => boolean): Schedule {
  const steps = program.steps
  const made = new Map<string, number>()
  for (const id of program.inputs) made.set(id, -1)
  steps.forEach((step, s) => made.set(step.id, s))
  const moments = steps.length + 1
  const folds: Fold[][] = Array.from({length: moments}, () => [])
  const lastRead = new Map<string, number>()
  const read = (id: string, at: number): void => {
    if (made.has(id)) lastRead.set(id, Math.max(lastRead.get(id) ?? -1, at))
  }
  const folded = new Set<number>()
  // How many running sums start at each moment: at their first array part.
  const opened = new Array<number>(moments).fill(0)
  steps.forEach((step, s) => {
    if (!step.formula.sum || step.kernel === null) {
      for (const id of step.reads) read(id, s)
      return
    }
    folded.add(s)
    // Part j can be added once every part up to it exists: after the latest of their steps.
    let ready = -1
    let firstArray = Infinity
    step.reads.forEach((id, j) => {
      const at = made.get(id)
      if (at !== undefined) {
        ready = Math.max(ready, at)
        firstArray = Math.min(firstArray, ready)
      }
      read(id, ready)
      const moment = folds[ready + 1]!
      const open = moment.at(-1)
      if (open && open.step === s && open.to === j) moment[moment.length - 1] = {...open, to: j + 1}
      else moment.push({step: s, from: j, to: j + 1})
    })
    if (firstArray !== Infinity) opened[firstArray + 1]! += 1
  })
  const drops: string[][] = Array.from({length: moments}, () => [])
  for (const [id, at] of made) {
    if (keep === undefined || keep(id)) continue
    drops[Math.max(at, lastRead.get(id) ?? -1) + 1]!.push(id)
  }
  return {folds, drops, folded, peak: peakHeld(steps.length, folded, opened, drops, made)}
}

/**
 * The most arrays held at once when the run follows the schedule: each
 * step's new array from the step on (a folded sum's is its running sum, held
 * from its first array part); none after its drop. The inputs are not counted.
 */
function peakHeld(steps: number, folded: ReadonlySet<number>, opened: readonly number[], drops: readonly (readonly string[])[], made: ReadonlyMap<string, number>): number {
  let held = 0
  let peak = 0
  for (let m = 0; m <= steps; m++) {
    if (m > 0 && !folded.has(m - 1)) peak = Math.max(peak, ++held)
    held += opened[m]!
    peak = Math.max(peak, held)
    for (const id of drops[m]!) if (made.get(id)! >= 0) held--
  }
  return peak
}

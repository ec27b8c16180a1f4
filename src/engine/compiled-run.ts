import type {Estimate} from './estimate.js'
import {RUN_ARGUMENTS} from './compiled-arguments.js'
import {MetricTable} from './metric-table.js'
import {SUM, type Template} from './compiled-trace.js'

/**
 * The point estimate of a model of the template's shape, whose Inputs'
 * values (in walk order, compiled-shape.ts) are given: the values in template
 * order from those and the closures, no ids and no maps. Only what reads a
 * moved node is computed again, in derivation order; a metric none of whose
 * inputs moved keeps the traced value: its closure is a function of its
 * inputs, and of the model's shape and guarded values, which are the same.
 * Null when a guarded value differs from
 * the trace's (the derivation may have taken another branch: the caller
 * derives it in full), or a closure throws (the full derivation says why).
 */
export function runTemplate(template: Template, inputs: Float64Array): Estimate | null {
  const {inputGuardSlots, inputGuardValues} = template
  for (let k = 0; k < inputGuardSlots.length; k++) if (!sameNumber(inputs[inputGuardSlots[k]!]!, inputGuardValues[k]!)) return null
  const {steps, slots, computes, args, reads, readsStart, size, fromModel, pendingIn} = template
  const traced = template.values
  const run = nextRun(template)
  // This run's own values, from the trace's once an Input moved: what moves is stored in it, and it is the
  // estimate's (metric-table.ts). A model at the trace's values allocates nothing and returns the traced estimate.
  let values: Float64Array | null = null
  let moves = 0
  for (let k = 0; k < fromModel.length && moves >= 0; k++) {
    const i = fromModel[k]!
    const value = inputs[slots[i]!]!
    if (!sameNumber(value, traced[i]!)) moves = move(template, (values ??= traced.slice()), i, value, run, moves)
  }
  if (moves < 0) return null
  if (values === null) return template.estimate
  // What the argument objects read, put back after the run: a run inside a closure (none today) leaves the outer
  // run's values as they were, and a dropped template's arrays are not kept alive by a finished run.
  const {values: outerValues, reads: outerReads, at: outerAt} = RUN_ARGUMENTS
  RUN_ARGUMENTS.values = values
  RUN_ARGUMENTS.reads = reads
  try {
    // Every reader comes after what it reads (derivation order): one pass forward, from the first that reads an Input, reaches all.
    for (let i = template.firstReader; i < size && moves >= 0; i++) {
      if (pendingIn[i] !== run) continue
      let value: number
      if (steps[i] === SUM) {
        // Ledger.sum's closure: its parts added from 0, in order.
        value = 0
        for (let r = readsStart[i]!; r < readsStart[i + 1]!; r++) value += values[reads[r]!]!
      } else {
        // Its argument object reads this run's values of the nodes it names (compiled-arguments.ts): nothing to store.
        RUN_ARGUMENTS.at = readsStart[i]!
        value = computes[i]!(args[i]!)
      }
      if (!sameNumber(value, traced[i]!)) moves = move(template, values, i, value, run, moves)
    }
    if (moves < 0) return null
    // A choice whose nodes all kept their values gives its answer again.
    for (const branch of template.branches) {
      if (movedAmong(branch.reads, template.movedIn, run) && !Object.is(branch.decide(valuesAt(branch.reads, values)), branch.answer)) return null
    }
  } catch {
    return null
  } finally {
    RUN_ARGUMENTS.values = outerValues
    RUN_ARGUMENTS.reads = outerReads
    RUN_ARGUMENTS.at = outerAt
  }
  const {name, workloads, horizonYears, checks, metrics} = template.estimate
  return {name, workloads, horizonYears, metrics: new MetricTable(metrics.layout, values), checks, uncertainty: null}
}

/**
 * Node i took `value` in this run: stored, marked as moved, and its readers
 * marked to compute again. The count of moved nodes after it; -1 when the
 * node is guarded (engine code read it: the derivation may go another way).
 */
function move(template: Template, values: Float64Array, i: number, value: number, run: number, moves: number): number {
  if (template.guarded[i] === 1) return -1
  const {readersStart, readers, pendingIn} = template
  values[i] = value
  template.movedIn[i] = run
  for (let r = readersStart[i]!; r < readersStart[i + 1]!; r++) pendingIn[readers[r]!] = run
  return moves + 1
}

/** Object.is for numbers, written out: the optimiser calls a builtin for Object.is on a value it cannot prove a number (a closure's result). */
function sameNumber(a: number, b: number): boolean {
  // Equal and not zero; both zero of the same sign (1 ÷ −0 = −∞); both NaN.
  return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b
}

/** The next run's number; past the largest, the marks start again from nothing. */
function nextRun(template: Template): number {
  const runs = template.runs
  if (runs.count === 0x7fffffff) {
    template.pendingIn.fill(0)
    template.movedIn.fill(0)
    runs.count = 0
  }
  return ++runs.count
}

function movedAmong(read: Int32Array, movedIn: Int32Array, run: number): boolean {
  for (let j = 0; j < read.length; j++) if (movedIn[read[j]!] === run) return true
  return false
}

function valuesAt(read: Int32Array, values: Float64Array): number[] {
  const out: number[] = []
  for (let j = 0; j < read.length; j++) out.push(values[read[j]!]!)
  return out
}

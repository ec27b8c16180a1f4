/**
 * The argument objects a compiled run (compiled-run.ts) hands the ledger's
 * closures: one per list of symbols, reading the run's values of the nodes
 * being computed. compiled-trace.ts makes them.
 */

/**
 * What the argument objects read while a run computes one node: the run's
 * values, the template's reads and where that node's begin (its j-th symbol
 * names reads[at + j]). A run sets `at` before each closure it calls
 * (compiled-run.ts); a closure reads its argument only while it runs
 * (Formula.compute).
 */
export const RUN_ARGUMENTS: {values: Float64Array; reads: Int32Array; at: number} = {values: new Float64Array(0), reads: new Int32Array(0), at: 0}

/** The getter of the j-th symbol of every argument object. */
const GETTERS: (() => number)[] = []

function getterAt(j: number): () => number {
  return (GETTERS[j] ??= () => RUN_ARGUMENTS.values[RUN_ARGUMENTS.reads[RUN_ARGUMENTS.at + j]!]!)
}

/**
 * The argument object of the closures with these symbols: the ledger's keys
 * in its order (ledger.ts, record), each an enumerable getter of the j-th
 * node the run names (Object.values and for-in see what the ledger's object
 * holds). One object, and so one hidden class, per list of symbols, with one
 * getter per position shared by all: a closure's reads stay monomorphic and
 * the optimiser inlines the getter. (A getter per node made each object its
 * own class and each read a megamorphic lookup and a call: 29 ns against
 * 3 ns for a two-symbol closure.)
 */
export function argumentObject(names: readonly string[], made: Map<string, Record<string, number>>): Record<string, number> {
  const key = JSON.stringify(names)
  let arg = made.get(key)
  if (arg === undefined) {
    arg = {}
    for (let j = 0; j < names.length; j++) Object.defineProperty(arg, names[j]!, {get: getterAt(j), enumerable: true})
    made.set(key, arg)
  }
  return arg
}

import type {Estimate} from './estimate.js'
import type {MetricNode} from './ledger.js'
import type {Input} from '../spec/model.js'
import {CONSTANT, FROM_MODEL, SUM, type Template} from './compiled-trace.js'

/**
 * The point estimate of a model of the template's shape, whose Inputs (in
 * walk order) are given: the values in template order from the Inputs and
 * the closures, no ids and no maps. A metric none of whose inputs differs
 * from the trace's keeps the traced value: its closure is a function of its
 * inputs, and of the model's shape and guarded values, which are the same.
 * Null when a guarded value differs from
 * the trace's (the derivation may have taken another branch: the caller
 * derives it in full), or a closure throws (the full derivation says why).
 */
export function runTemplate(template: Template, inputs: readonly Input[]): Estimate | null {
  const {inputGuardSlots, inputGuardValues} = template
  for (let k = 0; k < inputGuardSlots.length; k++) if (!Object.is(inputs[inputGuardSlots[k]!]!.value, inputGuardValues[k]!)) return null
  const {steps, slots, computes, args, reads, guarded, size, changed} = template
  const values = template.current
  const traced = template.values
  let differ = 0
  try {
    for (let i = 0; i < size; i++) {
      const step = steps[i]!
      let value: number
      if (step === FROM_MODEL) value = inputs[slots[i]!]!.value
      else if (step === CONSTANT || !anyChanged(reads[i]!, changed)) value = traced[i]!
      else if (step === SUM) {
        // Ledger.sum's closure: its parts added from 0, in order.
        const read = reads[i]!
        value = 0
        for (let j = 0; j < read.length; j++) value += values[read[j]!]!
      } else {
        // Its argument object reads the values of this run (compiled-trace.ts): nothing to store.
        value = computes[i]!(args[i]!)
      }
      values[i] = value
      if (Object.is(value, traced[i]!)) changed[i] = 0
      else {
        if (guarded[i] === 1) return null
        changed[i] = 1
        differ++
      }
    }
    // A choice whose nodes all kept their values gives its answer again.
    for (const branch of template.branches) {
      if (anyChanged(branch.reads, changed) && !Object.is(branch.decide(Array.from(branch.reads, (j) => values[j]!)), branch.answer)) return null
    }
  } catch {
    return null
  }
  return differ === 0 ? template.estimate : withValues(template, values)
}

function anyChanged(read: Int32Array, changed: Uint8Array): boolean {
  for (let j = 0; j < read.length; j++) if (changed[read[j]!] === 1) return true
  return false
}

/**
 * The traced estimate with the values that differ: a new node for each of
 * those, the traced node for the rest. What is new belongs to this call
 * alone and is not frozen; what is shared with other calls is.
 */
function withValues(template: Template, values: Float64Array): Estimate {
  const {nodes, values: traced} = template
  const metrics = nodes.length > FAST_PROPERTIES_MAX ? insertedInOrder(nodes, values, traced) : copiedAndStored(template, values)
  const {name, workloads, horizonYears, checks} = template.estimate
  return {name, workloads, horizonYears, metrics, checks, uncertainty: null}
}

/**
 * V8 keeps an object's named properties in a fast layout up to about a
 * thousand of them (kMaxNumberOfDescriptors, 1,020); past that the object is
 * a dictionary, whose copy by spread goes key by key at several times the
 * cost of inserting them afresh (measured: 40,000 keys, 27 ms copied and
 * half of them stored against 5 ms inserted in order).
 */
const FAST_PROPERTIES_MAX = 1000

/** A copy of an object no one else holds, then a store per node that moved: no growing of a record key by key. */
function copiedAndStored(template: Template, values: Float64Array): Record<string, MetricNode> {
  const metrics: Record<string, MetricNode> = {...template.record}
  const {nodes, values: traced} = template
  for (let i = 0; i < nodes.length; i++) {
    const value = values[i]!
    if (!Object.is(value, traced[i]!)) metrics[nodes[i]!.id] = moved(nodes[i]!, value)
  }
  return metrics
}

/** Every node inserted in the ledger's order (the record's), the traced one where its value did not move. */
function insertedInOrder(nodes: readonly MetricNode[], values: Float64Array, traced: Float64Array): Record<string, MetricNode> {
  const metrics: Record<string, MetricNode> = {}
  for (let i = 0; i < nodes.length; i++) {
    const value = values[i]!
    const n = nodes[i]!
    metrics[n.id] = Object.is(value, traced[i]!) ? n : moved(n, value)
  }
  return metrics
}

/** The ledger's keys in the ledger's order (ledger.ts): a literal is a tenth of a spread; the agreement test holds the two equal. */
function moved(n: MetricNode, value: number): MetricNode {
  return {id: n.id, kind: n.kind, label: n.label, value, unit: n.unit, formula: n.formula, inputs: n.inputs, conventions: n.conventions, source: n.source}
}

import type {Unit} from '../engine/ledger.js'
import {plain, powerOfTen, substitute} from './explain-text.js'
import type {Explanation} from '../explain/tree.js'
import type {NodeUncertainty} from '../explain/uncertainty.js'

/** The derivation tree as `explain --json` prints it: the same figures as the text, as data. */
export interface ExplanationJson {
  readonly id: string
  readonly kind: 'input' | 'convention' | 'metric'
  readonly label: string
  readonly value: number
  readonly unit: Unit
  readonly formula: string | null
  /** The formula with the input values put in; null for inputs and conventions. */
  readonly values: string | null
  /** The same in powers of ten. */
  readonly powers: string | null
  readonly conventions: readonly string[]
  readonly source: string | null
  readonly inputs: ReadonlyArray<{readonly symbol: string} & ExplanationJson>
  /** For a spec with ranges: inputs' shares of this metric's variance, and the fields this input is correlated with. */
  readonly uncertainty?: NodeUncertainty
}

export function explanationJson(e: Explanation): ExplanationJson {
  const {node} = e
  const derived = node.kind === 'metric' && e.inputs.length > 0
  return {
    id: node.id,
    kind: node.kind,
    label: node.label,
    value: node.value,
    unit: node.unit,
    formula: node.formula,
    values: derived ? substitute(node, e.inputs, plain) : null,
    powers: derived ? substitute(node, e.inputs, powerOfTen) : null,
    conventions: node.conventions,
    source: node.source,
    inputs: e.inputs.map((i) => ({symbol: i.symbol, ...explanationJson(i.explanation)})),
    ...(e.uncertainty ? {uncertainty: e.uncertainty} : {}),
  }
}

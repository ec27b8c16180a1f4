import {type CompositeId, componentId, inputId, type MetricId} from './ids.js'
import type {Ledger} from './ledger.js'
import type {ComponentNode} from '../spec/model.js'

/**
 * Composite availability of the declared request path. Series: every part must
 * be up, so A = Π aᵢ. Parallel: one part is enough, so A = 1 − Π (1 − aᵢ).
 * A component with n instances of which k must be up (k-of-n, independent
 * failures): A = 1 − Σ_{i<k} C(n,i) aⁱ (1−a)ⁿ⁻ⁱ, computed from the unavailable
 * side so that 99.999 % does not vanish into rounding.
 */
export function addComponent(ledger: Ledger, node: ComponentNode, id: CompositeId): CompositeId {
  if (node.kind === 'component') {
    const a = ledger.input(inputId(`${node.path}.availability`), `${node.name} availability (one instance)`, 'ratio', node.availability)
    const {instances: n, required: k} = node
    if (n === 1 && k === 1) return ledger.derive(id, node.name, 'ratio', 'availability', {availability: a}, (v) => v.availability)
    const coefficients = binomials(n, k)
    return ledger.derive(
      id,
      `${node.name} (${k} of ${n} instances)`,
      'ratio',
      `1 − Σ_{i=0..${k - 1}} C(${n}, i) × a^i × (1 − a)^(${n} − i)`,
      {a},
      (v) => kOfNWith(v.a, n, coefficients),
      // k terms, each with two powers: the Monte Carlo budget counts them.
      k,
    )
  }
  const parts: Record<string, MetricId> = {}
  node.children.forEach((child, i) => {
    parts[`c${i + 1}`] = addComponent(ledger, child, componentId(id, i + 1))
  })
  const symbols = Object.keys(parts)
  const series = node.kind === 'series'
  const formula = series ? symbols.join(' × ') : `1 − ${symbols.map((s) => `(1 − ${s})`).join(' × ')}`
  return ledger.derive(id, node.name, 'ratio', formula, parts, (v) =>
    series ? symbols.reduce((acc, s) => acc * (v[s] ?? 1), 1) : 1 - symbols.reduce((acc, s) => acc * (1 - (v[s] ?? 0)), 1),
  )
}

/** k-of-n availability: 1 − P(fewer than k of n instances up). */
export function kOfN(a: number, n: number, k: number): number {
  return kOfNWith(a, n, binomials(n, k))
}

/**
 * The same sum with its binomial coefficients computed once: the formula runs
 * once per Monte Carlo sample, and recomputing C(n, i) each time made it
 * quadratic in k per sample. The coefficients are the same numbers (the same
 * operations in the same order), so the result is too.
 */
function kOfNWith(a: number, n: number, coefficients: readonly number[]): number {
  let unavailable = 0
  for (let i = 0; i < coefficients.length; i++) unavailable += coefficients[i]! * a ** i * (1 - a) ** (n - i)
  return 1 - unavailable
}

/** C(n, i) for i = 0 … k − 1. */
function binomials(n: number, k: number): number[] {
  return Array.from({length: k}, (_, i) => binomial(n, i))
}

function binomial(n: number, k: number): number {
  let result = 1
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i
  return result
}

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
    return ledger.derive(
      id,
      `${node.name} (${k} of ${n} instances)`,
      'ratio',
      `1 − Σ_{i=0..${k - 1}} C(${n}, i) × a^i × (1 − a)^(${n} − i)`,
      {a},
      (v) => kOfN(v.a, n, k),
      // Two passes over n + 1 terms per evaluation: what the Monte Carlo budget counts per sample.
      2 * (n + 1),
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

/**
 * P(at least k of n independent instances up), each up with probability a.
 * Every term C(n, i) aⁱ (1−a)ⁿ⁻ⁱ is taken in logarithms and scaled by the
 * largest (C(2000, 1000) alone is about 10⁶⁰⁰, past any double, while the
 * terms are ordinary or vanishingly small numbers). Both sides are summed,
 * fewer than k up and at least k up, and each divided by their total, which is
 * 1 but for the rounding both share. The answer comes from the smaller side:
 * 1 − unavailable when the component is mostly up, so that 99.999 % does not
 * vanish into rounding, and the available side itself when it is rarely up.
 */
export function kOfN(a: number, n: number, k: number): number {
  if (a >= 1) return 1
  // With no chance of being up, no instance ever is, and at least one must be.
  if (a <= 0) return 0
  const logUp = Math.log(a)
  const logDown = Math.log1p(-a)
  const logs = new Float64Array(n + 1)
  let logChoose = 0 // ln C(n, i), from C(n, i + 1) = C(n, i) × (n − i) ÷ (i + 1)
  let largest = -Infinity
  for (let i = 0; i <= n; i++) {
    logs[i] = logChoose + i * logUp + (n - i) * logDown
    largest = Math.max(largest, logs[i]!)
    logChoose += Math.log(n - i) - Math.log(i + 1)
  }
  let down = 0
  let up = 0
  for (let i = 0; i <= n; i++) {
    if (i < k) down += Math.exp(logs[i]! - largest)
    else up += Math.exp(logs[i]! - largest)
  }
  const total = down + up
  return down <= up ? 1 - down / total : up / total
}

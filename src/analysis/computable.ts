import type {Estimate} from '../engine/estimate.js'
import type {MetricNode} from '../engine/ledger.js'
import {type Diagnostic, SpecError} from '../spec/diagnostic.js'
import {locate, sourceText} from '../spec/document.js'
import type {LoadedSpec} from '../spec/load.js'

/**
 * Every spec value is within 1e-300…1e300, but a product of several can still
 * leave the doubles: 1e250 writes a day of 1e250 B each is past 1e308. Such a
 * result would print as `null` in JSON and `too large` in tables, so it is bad
 * input instead, located at the spec values it is derived from. A result that
 * comes out zero although it multiplies or divides only non-zero values has
 * underflowed, and is refused the same way.
 */
export function assertComputable(spec: LoadedSpec, result: Estimate): Estimate {
  const problems: Diagnostic[] = []
  for (const node of result.metrics) {
    const bad = !Number.isFinite(node.value) ? 'too large' : underflowed(node, result) ? 'too small' : null
    if (bad === null) continue
    problems.push(located(spec, result, node, bad))
    break // one is enough: every metric after it derives from the same inputs
  }
  if (problems.length > 0) throw new SpecError(problems)
  return result
}

function underflowed(node: MetricNode, result: Estimate): boolean {
  if (node.value !== 0 || node.formula === null || !/^[\w\s×÷*/·().]+$/.test(node.formula)) return false
  const inputs = Object.values(node.inputs).map((id) => result.metrics.value(id))
  return inputs.length > 0 && inputs.every((v) => v !== undefined && v !== 0 && Number.isFinite(v))
}

function located(spec: LoadedSpec, result: Estimate, node: MetricNode, bad: 'too large' | 'too small'): Diagnostic {
  const written = specSources(result, node).filter((p) => sourceText(spec.source, p.split('.')) !== null)
  const sources = written
    .map((p) => ({p, at: locate(spec.source, p.split('.'))}))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
    .map((x) => x.p)
  const quoted = sources.map((p) => `\`${p}\` (\`${sourceText(spec.source, p.split('.'))}\`)`)
  const first = sources[0]
  const at = first === undefined ? {line: 1, column: 1} : locate(spec.source, first.split('.'))
  return {
    file: spec.file,
    ...at,
    path: first ?? '',
    message: `\`${node.id}\` is ${bad} to compute with${quoted.length > 0 ? `: it is derived from ${quoted.join(', ')}` : ''}`,
    hint: bad === 'too large' ? 'the values multiply past 1e308; check their units and magnitudes' : 'the values multiply below 1e-308; check their units and magnitudes',
  }
}

/** The spec fields a metric derives from. */
function specSources(result: Estimate, node: MetricNode): string[] {
  const seen = new Set<string>()
  const found = new Set<string>()
  const stack = [node.id]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    const n = result.metrics.get(id)
    if (!n) continue
    if (n.kind === 'input' && n.source !== null && n.source !== 'default') found.add(n.source)
    stack.push(...Object.values(n.inputs))
  }
  return [...found]
}

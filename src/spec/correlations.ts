import {imanConoverRanks, MAX_CORRELATED_INPUTS, spearman} from '../quantity/rank-correlation.js'
import {streamSeed} from '../quantity/random.js'
import type {Diagnostic} from './diagnostic.js'
import {locate, type SourceDocument} from './document.js'
import type {Sampling} from './fields.js'
import {didYouMean} from './suggest.js'

/** One declared pair: two ranged fields whose samples move together, with Spearman's ρ. */
export interface Correlation {
  readonly between: readonly [string, string]
  readonly rank: number
}

/** A declared pair and the rank correlation its samples reach (the ranks' own Spearman ρ). */
export interface InputCorrelation extends Correlation {
  readonly achieved: number
}

/** What `correlations:` declares, checked: the pairs, and the sampling that orders their fields' samples. */
export interface CorrelationPlan {
  readonly correlations: readonly InputCorrelation[]
  readonly sampling: Sampling
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Reads `correlations:` (already of the schema's shape) against the spec's
 * ranged fields, and, when it holds, the target ranks of each correlated
 * field's samples (Iman–Conover, quantity/rank-correlation.ts), which the
 * field resolver applies as it samples them. Every problem is located: a
 * name that is no ranged field (with did-you-mean), a field paired with
 * itself or one pair declared twice, too many fields, and a set of
 * correlations that cannot hold together (not positive definite).
 */
export function planCorrelations(source: SourceDocument, ranged: readonly string[], sampling: Sampling): CorrelationPlan {
  const raw = (source.data as {correlations?: unknown} | null)?.correlations
  if (!Array.isArray(raw) || raw.length === 0) return {correlations: [], sampling, diagnostics: []}
  const diagnostics: Diagnostic[] = []
  const report = (path: (string | number)[], message: string, hint: string | null): void => {
    diagnostics.push({file: source.file, ...locate(source, path), path: path.join('.'), message, hint})
  }
  const known = new Set(ranged)
  const correlations: Correlation[] = []
  const seen = new Map<string, number>()
  raw.forEach((entry: unknown, i) => {
    const e = entry as {between?: unknown; rank?: unknown}
    // The schema's errors: not a pair, or not a rank correlation strictly between −1 and 1.
    if (!Array.isArray(e.between) || e.between.length !== 2 || typeof e.rank !== 'number' || !(Math.abs(e.rank) < 1)) return
    const [a, b] = e.between as [unknown, unknown]
    if (typeof a !== 'string' || typeof b !== 'string') return
    let ok = true
    ;[a, b].forEach((name, side) => {
      if (known.has(name)) return
      ok = false
      report(['correlations', i, 'between', side], `\`correlations[${i}]\`: \`${name}\` is not a ranged field of this spec`, didYouMean(name, ranged) ?? (ranged.length > 0 ? `ranged fields: ${ranged.slice(0, 8).join(', ')}${ranged.length > 8 ? ' …' : ''}` : 'only a field written as a range (`150M..600M`, `normal(2, 0.5)`) has samples to correlate'))
    })
    if (!ok) return
    if (a === b) {
      report(['correlations', i, 'between'], `\`correlations[${i}]\`: \`${a}\` is paired with itself`, 'name two different ranged fields')
      return
    }
    const key = [a, b].sort().join('\n')
    const before = seen.get(key)
    if (before !== undefined) {
      report(['correlations', i], `\`correlations[${i}]\`: \`${a}\` and \`${b}\` are already correlated by \`correlations[${before}]\``, 'state each pair once')
      return
    }
    seen.set(key, i)
    correlations.push({between: [a, b], rank: e.rank})
  })
  const fields = [...new Set(correlations.flatMap((c) => c.between))]
  if (fields.length > MAX_CORRELATED_INPUTS) {
    report(['correlations'], `\`correlations\` names ${fields.length} fields; at most ${MAX_CORRELATED_INPUTS} can be correlated`, 'correlate the few inputs that share a driver; leave the rest independent')
    return {correlations: [], sampling, diagnostics}
  }
  if (diagnostics.length > 0 || correlations.length === 0) return {correlations: [], sampling, diagnostics}
  const k = fields.length
  const target = new Float64Array(k * k)
  for (let j = 0; j < k; j++) target[j * k + j] = 1
  for (const c of correlations) {
    const [x, y] = c.between.map((f) => fields.indexOf(f)) as [number, number]
    target[x * k + y] = c.rank
    target[y * k + x] = c.rank
  }
  // The samples' order does not depend on their values: the ranks are computed before any field is sampled.
  const n = Math.max(sampling.samples, k + 1)
  const ranks = imanConoverRanks(target, k, n, fields.map((f) => streamSeed(sampling.seed, `correlations:${f}`)))
  if (ranks === null) {
    report(['correlations'], `\`correlations\`: these rank correlations cannot hold together (the matrix of ${k} fields is not positive definite)`, 'lower the strongest ones, or check their signs: if a moves with b and b with c, a cannot move against c as strongly')
    return {correlations: [], sampling, diagnostics}
  }
  const reached = correlations.map((c) => {
    const [x, y] = c.between.map((f) => Float64Array.from(ranks[fields.indexOf(f)]!)) as [Float64Array, Float64Array]
    // Four decimals: what a reader compares with the stated ρ, and stable across platforms' last bits.
    return {...c, achieved: sampling.samples === 0 ? c.rank : Math.round(spearman(x, y) * 1e4) / 1e4}
  })
  if (sampling.samples === 0) return {correlations: reached, sampling, diagnostics}
  return {correlations: reached, sampling: {...sampling, ranks: new Map(fields.map((f, j) => [f, ranks[j]!]))}, diagnostics}
}

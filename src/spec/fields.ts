import {DIMENSIONLESS, type Quantity, sameDimension, SECONDS} from '../quantity/dimension.js'
import {evaluateExpression, ExpressionError, expressionTooLong, type MathParse, parseExpression} from '../quantity/expression.js'
import {invalidParameters, median, sample} from '../quantity/distribution.js'
import {scanLiteral} from '../quantity/literal.js'
import {streamSeed} from '../quantity/random.js'
import {MAX_SAMPLED_VALUES, oversampled} from '../quantity/sample-budget.js'
import {parseRange, type RangeLiteral} from '../quantity/range-literal.js'
import {reorderToRanks} from '../quantity/rank-correlation.js'
import type {UnitConventions} from '../quantity/units.js'
import type {Diagnostic} from './diagnostic.js'
import {locate, type SourceDocument, sourceText} from './document.js'
import {fieldProblem} from './field-checks.js'
import {type FieldKind, KIND_DIMENSION, KIND_WORDS, kindOf} from './field-kinds.js'
import {explainUnknownName} from './unknown-name.js'
import {type ComputedRate, computedRateAt, computedRateBasis, convertRate, rateNameHint, usersOf} from './computed-rates.js'

export {MAX_MAGNITUDE, MIN_MAGNITUDE} from './field-checks.js'

/** An ISO date (`2024-01-01`, `2024-1-1T10:00`): fixed-width digits, so the test is linear. */
const DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt ])/

/** Raised inside an evaluation when a referenced field already failed: its own diagnostic says why. */
class Quiet extends Error {}

/**
 * Reads quantity fields of a spec: literals, bare numbers and expressions that
 * refer to other fields. Each field is evaluated once (memoised), checked for
 * dimension and range, and every problem becomes a located diagnostic; a field
 * that fails reads as null, and fields that depend on it fail quietly.
 */
export class FieldResolver {
  readonly diagnostics: Diagnostic[] = []
  private readonly memo = new Map<string, Quantity | null>()
  private readonly visiting: string[] = []
  /** Fields holding samples so far, against MAX_SAMPLED_VALUES; past it, one problem and no more samples. */
  private sampledFields = 0
  private overBudget = false
  /** The fields each field's expression refers to, as they are evaluated. */
  private readonly references = new Map<string, Set<string>>()

  constructor(
    private readonly source: SourceDocument,
    private readonly conv: UnitConventions,
    private readonly mathParse: MathParse | null,
    private readonly sampling: Sampling = DEFAULT_SAMPLING,
  ) {}

  /** The raw YAML value at a dotted path (undefined when absent). */
  raw(path: string): unknown {
    let node: unknown = this.source.data
    for (const seg of path.split('.')) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg)) return undefined
      node = (node as Record<string, unknown>)[seg]
    }
    return node
  }

  has(path: string): boolean {
    const value = this.raw(path)
    return value !== undefined && value !== null
  }

  /** Keys of the mapping at a path; none when it is absent or not a mapping (a schema error). */
  keys(path: string): string[] {
    const value = this.raw(path)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []
  }

  /** The value of a quantity field in base units, or null when absent or invalid. */
  get(path: string): number | null {
    return this.quantity(path)?.value ?? null
  }

  quantity(path: string): Quantity | null {
    if (this.memo.has(path)) return this.memo.get(path)!
    const kind = kindOf(path)
    // A rate basis not written is computed from the one that is (`writes.perDay` from `writes.perUserPerDay`).
    const computed = this.has(path) ? null : computedRateAt(path, (p) => this.has(p))
    if ((!this.has(path) && computed === null) || kind === null) return null
    if (this.visiting.includes(path)) {
      const cycle = [...this.visiting.slice(this.visiting.indexOf(path)), path]
      this.report(path, `circular reference: ${cycle.map((p) => `\`${p}\``).join(' → ')}`, 'a field cannot depend on itself; give one of them a plain value')
      this.memo.set(path, null)
      throw new Quiet()
    }
    this.visiting.push(path)
    let result: Quantity | null = null
    try {
      result = computed ? this.computeRate(path, computed) : this.evaluate(path, kind)
    } catch (e) {
      if (!(e instanceof Quiet)) throw e
    } finally {
      this.visiting.pop()
    }
    // A cycle may already have recorded this field as failed.
    if (!this.memo.has(path)) this.memo.set(path, result)
    if (this.visiting.length > 0 && this.memo.get(path) === null) throw new Quiet()
    return this.memo.get(path) ?? null
  }

  /** Records a problem at a field. */
  report(path: string, message: string, hint: string | null, at: 'value' | 'key' = 'value'): void {
    const segments = path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
    const pos = locate(this.source, segments, at)
    this.diagnostics.push({file: this.source.file, line: pos.line, column: pos.column, path, message, hint})
  }

  /**
   * A rate in a basis the spec does not write, from the basis it does: the
   * written value converted with the spec's calendar and user counts. The
   * users a per-user basis needs must be given; without them the field that
   * named this rate is told so (a written per-user rate without its users is
   * reported where the rate is built).
   */
  private computeRate(path: string, c: ComputedRate): Quantity | null {
    const refs = new Set([c.written])
    this.references.set(path, refs)
    const written = this.quantity(c.written)
    if (written === null) throw new Quiet()
    const wantedUsers = usersOf(c.wanted)
    const from = this.visiting.at(-2) ?? path
    // A referring rate that is itself per the same users is reported where it is built; once is enough.
    const fromBasis = computedRateBasis(from)
    if (wantedUsers !== null && !this.has(wantedUsers) && fromBasis !== null && usersOf(fromBasis) === wantedUsers) throw new Quiet()
    if (wantedUsers !== null && !this.has(wantedUsers)) {
      const noun = wantedUsers === 'users.dau' ? 'daily' : 'monthly'
      this.report(from, `\`${from}\` refers to \`${path}\`, a rate per ${noun} active user computed from \`${c.written}\`, but the spec gives no \`${wantedUsers}\``, `add \`${wantedUsers}\` under \`users:\`, or name the rate in a basis without users, such as \`${path.replace(/[^.]+$/, 'perDay')}\``)
      throw new Quiet()
    }
    const count = (field: 'users.dau' | 'users.mau'): Quantity | null => {
      if (usersOf(c.writtenBasis) !== field && wantedUsers !== field) return null
      // A missing user count for the written rate is reported where that rate is built.
      if (!this.has(field)) throw new Quiet()
      refs.add(field)
      const q = this.quantity(field)
      if (q === null) throw new Quiet()
      // DAU written as a share of MAU counts users only once multiplied by MAU.
      if (field === 'users.dau' && q.isShare) {
        const mau = this.has('users.mau') ? this.quantity('users.mau') : null
        if (mau === null) throw new Quiet()
        refs.add('users.mau')
        return scaled(q, mau)
      }
      return q
    }
    return convertRate(c, written, {dau: count('users.dau'), mau: count('users.mau')}, this.conv)
  }

  private evaluate(path: string, kind: FieldKind): Quantity | null {
    const raw = this.raw(path)
    // Anything but text or a number is a schema error, already reported.
    if (typeof raw !== 'number' && typeof raw !== 'string') return null
    const q = typeof raw === 'number' ? this.bareNumber(path, kind, raw) : this.parseText(path, String(raw))
    if (q === null) return null
    return this.check(path, kind, q, raw)
  }

  private bareNumber(path: string, kind: FieldKind, value: number): Quantity | null {
    // A non-number (`.nan`, `.inf`) is reported as such by check(), quoted as written.
    if (kind === 'duration' && Number.isFinite(value)) {
      this.report(path, `\`${path}\` needs a unit: \`${value}\` could be seconds or years`, `write it with a unit, e.g. \`${value} days\` or \`${value} ms\``)
      return null
    }
    // A price per size read as dollars per byte would be a billion times too high.
    if (kind === 'pricePerByte' && Number.isFinite(value)) {
      this.report(path, `\`${path}\` needs the size it is priced per: \`${value}\` could be per GB or per TB`, `write it divided by its size, e.g. \`${value} / 1 GB\``)
      return null
    }
    return {value, dim: KIND_DIMENSION[kind]}
  }

  private parseText(path: string, text: string): Quantity | null {
    const trimmed = text.trim()
    if (trimmed === '') {
      const kind = kindOf(path)
      this.report(path, `\`${path}\` is empty`, kind === null ? null : `write ${KIND_WORDS[kind].what}, e.g. ${KIND_WORDS[kind].example}`)
      return null
    }
    // Before any pattern reads it: the work below then depends on this limit, not on the file's size.
    const tooLong = expressionTooLong(trimmed)
    if (tooLong) {
      this.report(path, `\`${path}\`: ${tooLong.message}`, tooLong.hint)
      return null
    }
    // YAML 1.2 reads `2024-01-01` as text, which would otherwise be arithmetic: 2024 − 1 − 1.
    if (DATE.test(trimmed)) {
      const kind = kindOf(path)
      this.report(path, `\`${path}\` is a date (\`${trimmed}\`), not ${kind === null ? 'a number' : KIND_WORDS[kind].what}`, `write ${kind === null ? 'a number' : `${KIND_WORDS[kind].what}, e.g. ${KIND_WORDS[kind].example}`}; to subtract, put spaces around the minus signs`)
      return null
    }
    const literal = scanLiteral(trimmed, 0, this.conv)
    if (literal && literal.end === trimmed.length) return literal.quantity
    const range = parseRange(trimmed, this.conv)
    if (typeof range === 'string') {
      this.report(path, `\`${path}\`: ${range}`, 'a range is `low..high` (a 90 % interval) or normal(mean, sd), uniform(low, high), triangular(min, mode, max), pert(min, mode, max)')
      return null
    }
    if (range !== null) return this.sampleRange(path, range)
    if (this.mathParse === null) throw new Error('sizeup internal error: expression found but no expression parser loaded')
    try {
      const expr = parseExpression(trimmed, this.conv, this.mathParse)
      return evaluateExpression(expr, (name) => this.lookup(path, name))
    } catch (e) {
      if (e instanceof ExpressionError) {
        this.report(path, `\`${path}\`: ${e.message}`, e.hint)
        return null
      }
      throw e
    }
  }

  /** The field a name in the expression at `fromPath` refers to: a sibling first, then each enclosing level, then from the top. */
  findReference(fromPath: string, name: string): string | null {
    const container = fromPath.split('.').slice(0, -1)
    for (let depth = container.length; depth >= 0; depth--) {
      const candidate = [...container.slice(0, depth), name].join('.')
      if ((this.has(candidate) && kindOf(candidate) !== null) || computedRateAt(candidate, (p) => this.has(p)) !== null) return candidate
    }
    return null
  }

  private lookup(fromPath: string, name: string): Quantity {
    const target = this.findReference(fromPath, name)
    if (target !== null) {
      const refs = this.references.get(fromPath) ?? new Set<string>()
      this.references.set(fromPath, refs.add(target))
      const q = this.quantity(target)
      if (q === null) throw new Quiet()
      return q
    }
    const container = fromPath.split('.').slice(0, -1)
    const siblings = this.keys(container.join('.')).filter((k) => kindOf([...container, k].join('.')) !== null && [...container, k].join('.') !== fromPath)
    const kind = kindOf(fromPath)
    const expected = kind === null ? {what: 'a number', example: '`1`'} : KIND_WORDS[kind]
    const {message, hint} = explainUnknownName(fromPath, this.writtenText(fromPath), name, siblings, expected)
    this.report(fromPath, message, rateNameHint(fromPath, name, (p) => this.has(p)) ?? hint)
    throw new Quiet()
  }

  /**
   * Whether a field's value comes from another's, through its expression or
   * the expressions it refers to (once both are evaluated). A check of the
   * first that only fails because the second did is not worth a second message.
   */
  dependsOn(path: string, on: string): boolean {
    const seen = new Set<string>()
    const walk = (p: string): boolean => {
      if (seen.has(p)) return false
      seen.add(p)
      return [...(this.references.get(p) ?? [])].some((q) => q === on || walk(q))
    }
    return walk(path)
  }

  /** A field's text as written: `1e400` rather than Infinity. */
  writtenText(path: string): string {
    const raw = this.raw(path)
    if (typeof raw === 'string') return raw.trim()
    return sourceText(this.source, path.split('.')) ?? String(raw)
  }

  /** A range's median and its samples, from the field's own seeded stream. */
  private sampleRange(path: string, range: RangeLiteral): Quantity | null {
    const problem = invalidParameters(range.dist)
    if (problem) {
      this.report(path, `\`${path}\`: ${problem} (got \`${this.writtenText(path)}\`)`, 'e.g. `100M..300M` or `normal(800 B, 100 B)`')
      return null
    }
    const kind = kindOf(path)
    const bounds = 'high' in range.dist ? [range.dist.low, range.dist.high] : [range.dist.mean]
    if (kind === 'share' && bounds.some((b) => b > 1)) {
      this.report(path, `\`${path}\` is a share and its range cannot go over 100 % (got \`${this.writtenText(path)}\`)`, 'write the range with percentages between 0 and 100, e.g. `5%..15%`')
      return null
    }
    if (!this.withinSampleBudget(path)) return null
    const drawn = sample(range.dist, this.sampling.samples, streamSeed(this.sampling.seed, path))
    // A field the spec correlates with others keeps its samples in the order `correlations:` asks (spec/correlations.ts).
    const ranks = this.sampling.ranks?.get(path)
    return {value: median(range.dist), dim: range.dim, isShare: range.isShare, samples: ranks && ranks.length === drawn.length ? reorderToRanks(drawn, ranks) : drawn}
  }

  /**
   * Whether one more field's samples fit MAX_SAMPLED_VALUES, checked before
   * they are drawn: `--samples` times the ranged fields (and the fields
   * computed from them) is what the loader holds.
   */
  private withinSampleBudget(path: string): boolean {
    if (this.overBudget) return false
    const samples = this.sampling.samples
    if ((this.sampledFields + 1) * samples <= MAX_SAMPLED_VALUES) return true
    this.overBudget = true
    const {message, hint} = oversampled(path, this.sampledFields + 1, samples)
    this.report(path, message, hint)
    return false
  }

  private check(path: string, kind: FieldKind, written: Quantity, raw: unknown): Quantity | null {
    // A plain number of seconds may be written with count suffixes (`100K`); a throughput without a period is per second.
    const q = (kind === 'seconds' || kind === 'rate') && sameDimension(written.dim, DIMENSIONLESS) ? {...written, dim: KIND_DIMENSION[kind]} : written
    const found = fieldProblem(path, kind, q, this.writtenText(path), raw)
    if (found) {
      this.report(path, found.message, found.hint)
      return null
    }
    if (!q.samples) return q
    // Counted here, once per field: a range, or an expression computed from one, which holds samples too.
    if (!this.withinSampleBudget(path)) return null
    this.sampledFields++
    return {...q, samples: clampToDomain(q.samples, kind)}
  }
}

/** Monte Carlo settings for ranged fields: how many samples, and the seed of their streams. */
export interface Sampling {
  readonly samples: number
  readonly seed: number
  /** Target ranks of correlated fields' samples, by spec path (Iman–Conover: spec/correlations.ts). */
  readonly ranks?: ReadonlyMap<string, Int32Array>
}

/** 10,000 samples put a p5 or p95 within about ±1 % of its true value for the usual spreads; seed 1 by default. */
export const DEFAULT_SAMPLING: Sampling = {samples: 10_000, seed: 1}

/**
 * Point values only, for a run that reads no bands (the scenarios' headline
 * figures): ranges keep their medians and get an empty set of samples, so a
 * check that depends on a value being uncertain still applies, and the
 * Monte Carlo does no work.
 */
export const POINTS_ONLY: Sampling = {samples: 0, seed: 1}

/**
 * Samples outside a field's domain are clamped to it (a normal around 2 % can
 * dip below zero; a share cannot pass 100 %; a factor cannot fall below 1),
 * rather than rejected, so that every sample stays a valid input.
 */
function clampToDomain(samples: Float64Array, kind: FieldKind): Float64Array {
  const low = kind === 'factor' ? 1 : 0
  const high = kind === 'share' ? 1 : Infinity
  return samples.map((x) => Math.min(high, Math.max(low, x)))
}

/** A share times a count, sample by sample where either is uncertain. */
function scaled(share: Quantity, base: Quantity): Quantity {
  const value = share.value * base.value
  const sampled = share.samples ?? base.samples
  if (!sampled) return {value, dim: base.dim}
  const samples = new Float64Array(sampled.length)
  for (let i = 0; i < samples.length; i++) samples[i] = (share.samples ? share.samples[i]! : share.value) * (base.samples ? base.samples[i]! : base.value)
  return {value, dim: base.dim, samples}
}

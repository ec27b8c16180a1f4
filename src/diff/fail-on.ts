import {DIMENSIONLESS, type Dimension, sameDimension} from '../quantity/dimension.js'
import {scanLiteral} from '../quantity/literal.js'
import {overLength} from '../quantity/text-limit.js'
import {UNITS, type UnitConventions} from '../quantity/units.js'
import type {Diagnostic} from '../spec/diagnostic.js'
import {didYouMean} from '../spec/suggest.js'
import {FIXED_CALENDAR} from '../quantity/calendar.js'

/**
 * `--fail-on` expressions, syntax: `<metric> <op> <threshold>`, e.g.
 * `storage.total > +20%`, `qps.write.peak > +1000`, `cost.monthly > +$500`,
 * `availability.slo.downtime.year < -50%`, `findings.added > 0`.
 *
 * - `<op>` is `>`, `>=`, `<` or `<=`.
 * - A metric's threshold is a change from base to head, so it carries its sign
 *   (`+` a rise, `-` a fall; `0` needs none). With `%` it is relative:
 *   (head − base) ÷ |base|. Without, it is absolute, in the metric's unit:
 *   a bare number is in the base unit (requests/s, bytes, seconds, dollars),
 *   or a unit of the same dimension (`+2 PB`, `+1K/s`, `-5 min`, `+$500`).
 * - A count (`findings.added`, `decisions.changed` …) takes a plain number.
 *
 * Parsing is in two steps: the syntax now (so its errors are reported with
 * the specs' own), the metric and its unit once both versions are analysed.
 */

export type Operator = '>' | '>=' | '<' | '<='

/** Counts of the diff that a threshold can test, besides the metrics. */
export const COUNT_IDS = ['metrics.changed', 'decisions.changed', 'findings.added', 'findings.resolved', 'conventions.changed', 'workloads.added', 'workloads.removed'] as const
export type CountId = (typeof COUNT_IDS)[number]

/** A --fail-on expression whose syntax is valid. */
export interface ParsedThreshold {
  /** The expression as given, trimmed. */
  readonly expression: string
  /** Which --fail-on it is (1-based), for locating errors. */
  readonly index: number
  readonly metric: string
  readonly operator: Operator
  /** True for a percentage: compared with (head − base) ÷ |base|. */
  readonly relative: boolean
  /** True for dollars (`$` or `USD`). */
  readonly usd: boolean
  readonly negative: boolean
  /** The threshold as written (`+2 PB`), and where the metric and the number start (0-based). */
  readonly valueText: string
  readonly metricStart: number
  readonly valueStart: number
  readonly literalStart: number
}

const DEFAULT_UNITS: UnitConventions = FIXED_CALENDAR

export const FAIL_ON_EXAMPLES = '`storage.total > +20%`, `qps.write.peak > +1000`, `findings.added > 0`'

/** A problem in the `index`-th --fail-on, located at a 0-based offset: `--fail-on:<index>:<column>`. */
export function failOnProblem(index: number, offset: number, message: string, hint: string | null): Diagnostic {
  return {file: '--fail-on', line: index, column: offset + 1, path: '', message, hint}
}

/** Parses the syntax of one --fail-on expression; a problem is located in the argument. */
export function parseFailOn(raw: string, index: number): ParsedThreshold | Diagnostic {
  const expression = raw.trim()
  const quoted = `in \`${expression}\``
  const problem = (at: number, message: string, hint: string | null = `write \`<metric> <op> <threshold>\`, e.g. ${FAIL_ON_EXAMPLES}`): Diagnostic =>
    failOnProblem(index, at, `${message} ${quoted}`, hint)
  const skip = (from: number): number => from + (/^\s*/.exec(expression.slice(from))?.[0].length ?? 0)
  const token = (from: number): string => /^\S+/.exec(expression.slice(from))?.[0] ?? ''

  if (expression === '') return failOnProblem(index, 0, 'empty --fail-on expression', `write \`<metric> <op> <threshold>\`, e.g. ${FAIL_ON_EXAMPLES}`)
  // Checked before any pattern reads it, and so that no message quotes an unbounded text.
  const tooLong = overLength(expression)
  if (tooLong !== null) return failOnProblem(index, 0, `the --fail-on expression ${tooLong}`, `write \`<metric> <op> <threshold>\`, e.g. ${FAIL_ON_EXAMPLES}`)
  const metric = /^[A-Za-z][\w.-]*/.exec(expression)?.[0]
  if (metric === undefined) return problem(0, `expected a metric id such as \`storage.total\`, found \`${token(0)}\``)

  let pos = skip(metric.length)
  const op = /^(>=|<=|>|<)/.exec(expression.slice(pos))?.[0] as Operator | undefined
  if (op === undefined) {
    const wrong = /^(==|=>|=<|!=|<>|=|≥|≤)/.exec(expression.slice(pos))?.[0]
    if (wrong !== undefined) return problem(pos, `unknown operator \`${wrong}\``, 'use `>`, `>=`, `<` or `<=`')
    return problem(pos, pos === expression.length ? `expected an operator after \`${metric}\`` : `expected an operator after \`${metric}\`, found \`${token(pos)}\``, 'use `>`, `>=`, `<` or `<=`')
  }

  pos = skip(pos + op.length)
  const valueStart = pos
  if (pos === expression.length) return problem(pos, `expected a threshold after \`${op}\``)
  const sign = /^[+\-−]/.exec(expression.slice(pos))?.[0]
  if (sign !== undefined) pos = skip(pos + sign.length)
  const dollar = expression[pos] === '$'
  if (dollar) pos++
  const literalStart = pos
  const literal = scanLiteral(expression, pos, DEFAULT_UNITS)
  if (literal === null) return problem(pos, pos === expression.length ? `expected a number after \`${expression.slice(valueStart, pos)}\`` : `expected a number, found \`${token(pos)}\``)
  const relative = /%\s*$/.test(expression.slice(pos, literal.end))
  if (literal.quantity.isShare === true && !relative) return problem(pos, `\`${expression.slice(pos, literal.end)}\` is a ratio; a relative threshold is a percentage`, 'write e.g. `+20%`')
  pos = skip(literal.end)
  const usdWord = /^USD\b/.exec(expression.slice(pos))?.[0]
  if (usdWord !== undefined) pos = skip(pos + usdWord.length)
  const valueEnd = pos
  if (pos < expression.length) {
    const word = /^[A-Za-zµμ$][\w/$]*/.exec(expression.slice(pos))?.[0]
    if (word !== undefined && !relative && sameDimension(literal.quantity.dim, DIMENSIONLESS)) {
      return problem(pos, `unknown unit \`${word}\``, didYouMean(word, [...UNITS.keys(), 'USD']) ?? 'write a unit sizeup knows (`GB`, `K/s`, `ms`, `days` …), `$` for dollars, or `%` for a relative change')
    }
    return problem(pos, `unexpected \`${token(pos)}\` after the threshold`, 'one threshold per --fail-on; give --fail-on again for another')
  }
  if ((dollar || usdWord !== undefined) && (relative || !sameDimension(literal.quantity.dim, DIMENSIONLESS))) return problem(valueStart, `\`${expression.slice(valueStart, valueEnd).trim()}\` mixes dollars with another unit`, 'write dollars as `+$500` or `+500 USD`')

  const isCount = (COUNT_IDS as readonly string[]).includes(metric)
  if (sign === undefined && !isCount && literal.quantity.value !== 0) {
    const text = expression.slice(valueStart, valueEnd).trim()
    return problem(valueStart, `the threshold \`${text}\` has no sign`, `a threshold is a change from base to head, not a value: write \`+${text}\` for a rise or \`-${text}\` for a fall`)
  }
  return {
    expression,
    index,
    metric,
    operator: op,
    relative,
    usd: dollar || usdWord !== undefined,
    negative: sign === '-' || sign === '−',
    valueText: expression.slice(valueStart, valueEnd).trim(),
    metricStart: 0,
    valueStart,
    literalStart,
  }
}

/** The threshold's number in `conv` (head's conventions: a day, a month, binary or decimal KB), with its dimension. */
export function thresholdQuantity(t: ParsedThreshold, conv: UnitConventions): {value: number; dim: Dimension} {
  const q = scanLiteral(t.expression, t.literalStart, conv)!.quantity
  return {value: t.negative ? -q.value : q.value, dim: q.dim}
}

import {didYouMean} from '../spec/suggest.js'
import {overLength} from '../quantity/text-limit.js'
import {OPERATORS, type Operator} from './types.js'

/** A budget split into its parts, with the offset of each part in the text. */
export interface BudgetParts {
  readonly metric: string
  readonly metricOffset: number
  readonly operator: Operator
  readonly limit: string
  readonly limitOffset: number
}

export interface BudgetProblem {
  readonly problem: string
  readonly hint: string
  /** Offset in the text the problem is at. */
  readonly offset: number
}

const EXAMPLE = 'e.g. `storage.total <= 10 PB`'
const OPERATOR_CHARS = /[<>=!≤≥≦≧]+/
const LOOKALIKES: Readonly<Record<string, Operator>> = {'=<': '<=', '=>': '>=', '≤': '<=', '≦': '<=', '≥': '>=', '≧': '>=', '<<': '<', '>>': '>'}

/**
 * Splits `metric operator limit`. The operator is the first run of `<>=!`;
 * what is before it must be one metric id, what is after it the limit.
 */
export function splitBudget(text: string): BudgetParts | BudgetProblem {
  if (text.trim() === '') return {problem: 'a budget is empty', hint: `write \`metric <= limit\`, ${EXAMPLE}`, offset: 0}
  // A budget is a quantity text with a metric id in front: the same limit, before any pattern reads it.
  const tooLong = overLength(text.trim())
  if (tooLong !== null) return {problem: `the budget ${tooLong}`, hint: `a budget is one line, ${EXAMPLE}`, offset: text.length - text.trimStart().length}
  const op = OPERATOR_CHARS.exec(text)
  const shown = text.trim()
  if (!op) return {problem: `budget \`${shown}\` has no comparison`, hint: `write \`metric <= limit\`, ${EXAMPLE}; the operators are <, <=, > and >=`, offset: text.length - text.trimStart().length}
  const before = text.slice(0, op.index)
  const metric = before.trim()
  const metricOffset = before.length - before.trimStart().length
  const after = text.slice(op.index + op[0].length)
  const limit = after.trim()
  const limitOffset = op.index + op[0].length + (after.length - after.trimStart().length)
  if (!(OPERATORS as readonly string[]).includes(op[0])) {
    const lookalike = LOOKALIKES[op[0]]
    const hint = lookalike
      ? `did you mean \`${lookalike}\`?`
      : op[0] === '=' || op[0] === '=='
        ? 'a budget is a limit: use <, <=, > or >='
        : (didYouMean(op[0], OPERATORS) ?? 'the operators are <, <=, > and >=')
    return {problem: `unknown operator \`${op[0]}\` in budget \`${shown}\``, hint, offset: op.index}
  }
  if (metric === '') return {problem: `budget \`${shown}\` names no metric`, hint: `start with a metric id, ${EXAMPLE}`, offset: metricOffset}
  if (/\s/.test(metric)) return {problem: `\`${metric}\` in budget \`${shown}\` is not a metric id`, hint: `a metric id is one dotted name, ${EXAMPLE}`, offset: metricOffset}
  if (limit === '') return {problem: `budget \`${shown}\` has no limit`, hint: `write the limit after \`${op[0]}\`, ${EXAMPLE}`, offset: limitOffset}
  return {metric, metricOffset, operator: op[0] as Operator, limit, limitOffset}
}

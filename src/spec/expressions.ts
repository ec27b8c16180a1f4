import {scanLiteral} from '../quantity/literal.js'
import {parseRange} from '../quantity/range-literal.js'
import type {UnitConventions} from '../quantity/units.js'
import {kindOf} from './field-kinds.js'
import {FRESHNESS_WORDS} from './freshness-words.js'
import {FIXED_CALENDAR} from '../quantity/calendar.js'
import {overLength} from '../quantity/text-limit.js'

// Any calendar will do: the question is only whether the text is a literal.
const ANY_CONVENTIONS: UnitConventions = FIXED_CALENDAR

/**
 * Whether any quantity field is an expression rather than a plain literal, so
 * the loader knows whether to load the expression parser at all; and the
 * fields written as ranges, in file order, which the loader counts against
 * the sample budget before any is sampled.
 */
export function scanQuantityFields(data: unknown): {expressions: boolean; ranges: string[]} {
  let expressions = false
  const ranges: string[] = []
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      // `forever` is a word only for retention; anywhere else it is read (and refused) as a name.
      if (kindOf(path) === null || (node.trim() === 'forever' && path.endsWith('.retention'))) return
      // So are the words for how fresh analytics must be (src/spec/freshness-words.ts).
      if (path.endsWith('.analytics.freshness') && Object.hasOwn(FRESHNESS_WORDS, node.trim())) return
      const text = node.trim()
      // Too long to be read at all: the field itself is refused (fields.ts), with no parser needed.
      if (overLength(text) !== null) return
      const lit = scanLiteral(text, 0, ANY_CONVENTIONS)
      if (lit && lit.end === text.length) return
      if (parseRange(text, ANY_CONVENTIONS) === null) expressions = true
      else ranges.push(path)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [k, v] of Object.entries(node)) walk(v, path === '' ? k : `${path}.${k}`)
  }
  walk(data, '')
  return {expressions, ranges}
}

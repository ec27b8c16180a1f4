import {scanLiteral} from '../quantity/literal.js'
import {parseRange} from '../quantity/range-literal.js'
import type {UnitConventions} from '../quantity/units.js'
import {kindOf} from './field-kinds.js'
import {FIXED_CALENDAR} from '../quantity/calendar.js'
import {overLength} from '../quantity/text-limit.js'

// Any calendar will do: the question is only whether the text is a literal.
const ANY_CONVENTIONS: UnitConventions = FIXED_CALENDAR

/**
 * Whether any quantity field is an expression rather than a plain literal, so
 * the loader knows whether to load the expression parser at all.
 */
export function hasExpressions(data: unknown): boolean {
  const walk = (node: unknown, path: string): boolean => {
    if (typeof node === 'string') {
      // `forever` is a word only for retention; anywhere else it is read (and refused) as a name.
      if (kindOf(path) === null || (node.trim() === 'forever' && path.endsWith('.retention'))) return false
      const text = node.trim()
      // Too long to be read at all: the field itself is refused (fields.ts), with no parser needed.
      if (overLength(text) !== null) return false
      const lit = scanLiteral(text, 0, ANY_CONVENTIONS)
      if (lit && lit.end === text.length) return false
      return parseRange(text, ANY_CONVENTIONS) === null
    }
    if (node === null || typeof node !== 'object') return false
    return Object.entries(node).some(([k, v]) => walk(v, path === '' ? k : `${path}.${k}`))
  }
  return walk(data, '')
}

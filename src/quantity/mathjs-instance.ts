import {create, parseDependencies} from 'mathjs/number'
import type {MathParse} from './expression.js'

/**
 * A mathjs instance built from `parseDependencies` alone, on plain numbers:
 * it has `parse` and what parse needs, and no `evaluate`, `import`,
 * `createUnit` or function registry at all. The static import lets the bundler
 * keep only this subset.
 */
export function createMathParse(): MathParse {
  if (!parseDependencies) throw new Error('sizeup internal error: mathjs parser not found')
  const math = create({parseDependencies}, {})
  return (text: string) => math.parse(text)
}

import type {MathParse} from './expression.js'

/**
 * Loads the restricted mathjs parser on demand: only specs that contain
 * expressions pay for it. sizeup accepts only arithmetic nodes from the tree
 * it returns (see expression.ts).
 */
export async function loadMathParse(): Promise<MathParse> {
  const {createMathParse} = await import('./mathjs-instance.js')
  return createMathParse()
}

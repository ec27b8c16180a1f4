import {
  DIMENSIONLESS,
  type Dimension,
  describeDimension,
  multiplyDimensions,
  powerDimension,
  type Quantity,
  sameDimension,
} from './dimension.js'
import {scanLiteral} from './literal.js'
import {MAX_QUANTITY_TEXT, overLength} from './text-limit.js'
import type {UnitConventions} from './units.js'

/** The only expression shapes a spec may contain: numbers, references and arithmetic. */
export type Expr =
  | {readonly kind: 'literal'; readonly quantity: Quantity}
  | {readonly kind: 'ref'; readonly name: string}
  | {readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/' | '^'; readonly left: Expr; readonly right: Expr}
  | {readonly kind: 'neg'; readonly arg: Expr}
  /** Two values side by side (`1.2.3`, `2 mau`, `1 KBB`): refused when evaluated, after its names are checked. */
  | {readonly kind: 'juxtaposed'; readonly text: string; readonly left: Expr; readonly right: Expr}

/** The slice of a mathjs parse tree that sizeup reads. */
export interface MathNodeLike {
  readonly type: string
  readonly name?: string
  readonly fn?: string | {name?: string}
  readonly op?: string
  readonly args?: readonly MathNodeLike[]
  readonly content?: MathNodeLike
  readonly value?: unknown
  /** mathjs marks `2 x` (multiplication without an operator) as implicit. */
  readonly implicit?: boolean
}

/** A parser from mathjs (`parse`, from a restricted instance); injected so this file stays pure. */
export type MathParse = (text: string) => MathNodeLike

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message)
  }
}

/** An expression is a quantity text like any other (text-limit.ts). */
export const MAX_EXPRESSION_LENGTH = MAX_QUANTITY_TEXT
const MAX_DEPTH = 64
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/
const ALLOWED_OPS: Readonly<Record<string, '+' | '-' | '*' | '/' | '^'>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
}

/**
 * Parses a spec expression such as `50% * mau` or `20 * 800 B`. Quantity
 * literals and references are swapped for placeholders before mathjs sees the
 * text (mathjs knows neither `300M` nor `KB`), and the tree mathjs returns is
 * accepted only if every node is a number, a reference, parentheses or one of
 * + − × ÷ ^. Function calls, assignments, function definitions, property
 * access, matrices, strings and units are refused, so an expression can read
 * other spec fields and do arithmetic, and nothing else.
 */
export function parseExpression(text: string, conv: UnitConventions, parse: MathParse): Expr {
  const tooLong = expressionTooLong(text)
  if (tooLong) throw tooLong
  const literals: Quantity[] = []
  const names: string[] = []
  let masked = ''
  let pos = 0
  while (pos < text.length) {
    const ch = text[pos]!
    const lit = /[0-9.]/.test(ch) ? scanLiteral(text, pos, conv) : null
    if (lit) {
      masked += ` q${literals.length} `
      literals.push(lit.quantity)
      pos = lit.end
      continue
    }
    const ident = IDENTIFIER.exec(text.slice(pos))?.[0]
    if (ident) {
      masked += ` r${names.length} `
      names.push(ident)
      pos += ident.length
      continue
    }
    masked += ch
    pos++
  }
  let tree: MathNodeLike
  try {
    tree = parse(masked)
  } catch {
    throw new ExpressionError(
      `cannot read \`${text}\` as a quantity or an expression`,
      'write a number with an optional unit (`800 B`, `5 years`, `300M`, `10%`) or arithmetic on them and on other fields (`50% * mau`)',
    )
  }
  return convert(tree, literals, names, text, 0)
}

/** The refusal of a field text over the length limit, checked before anything reads it (a literal, a range or an expression). */
export function expressionTooLong(text: string): ExpressionError | null {
  const over = overLength(text)
  return over === null ? null : new ExpressionError(`expression ${over}`, 'split it into several fields that refer to each other')
}

function convert(node: MathNodeLike, literals: Quantity[], names: string[], text: string, depth: number): Expr {
  if (depth > MAX_DEPTH) {
    throw new ExpressionError(`expression nests deeper than ${MAX_DEPTH} levels`, 'simplify the expression')
  }
  const sub = (n: MathNodeLike): Expr => convert(n, literals, names, text, depth + 1)
  switch (node.type) {
    case 'ParenthesisNode':
      return sub(node.content!)
    case 'ConstantNode':
      if (typeof node.value === 'number') return {kind: 'literal', quantity: {value: node.value, dim: DIMENSIONLESS}}
      break
    case 'SymbolNode': {
      const m = /^([qr])(\d+)$/.exec(node.name ?? '')
      if (m?.[1] === 'q') return {kind: 'literal', quantity: literals[Number(m[2])]!}
      if (m?.[1] === 'r') return {kind: 'ref', name: names[Number(m[2])]!}
      break
    }
    case 'OperatorNode': {
      const args = node.args ?? []
      if ((node.fn === 'unaryMinus' || node.fn === 'unaryPlus') && args.length === 1) {
        const arg = sub(args[0]!)
        return node.fn === 'unaryMinus' ? {kind: 'neg', arg} : arg
      }
      if (node.implicit && args.length === 2) return {kind: 'juxtaposed', text, left: sub(args[0]!), right: sub(args[1]!)}
      const op = typeof node.fn === 'string' ? ALLOWED_OPS[node.fn] : undefined
      if (op && args.length === 2) return {kind: 'op', op, left: sub(args[0]!), right: sub(args[1]!)}
      throw new ExpressionError(
        `operator \`${node.op ?? String(node.fn)}\` is not allowed in \`${text}\``,
        'expressions may use + - * / ^ and parentheses',
      )
    }
    case 'FunctionNode':
    case 'FunctionAssignmentNode':
    case 'AssignmentNode':
      throw new ExpressionError(
        `\`${text}\` calls or defines a function or assigns a value; spec expressions cannot`,
        'expressions may only combine numbers, units and other fields with + - * / ^',
      )
    default:
      break
  }
  throw new ExpressionError(
    `\`${text}\` contains something other than numbers, units, field names and arithmetic`,
    'expressions may only combine numbers, units and other fields with + - * / ^',
  )
}

/** Evaluates an expression with dimensions checked: only like quantities add, exponents are plain numbers. */
export function evaluateExpression(expr: Expr, lookup: (name: string) => Quantity): Quantity {
  switch (expr.kind) {
    case 'literal':
      return expr.quantity
    case 'ref':
      return lookup(expr.name)
    case 'neg': {
      const q = evaluateExpression(expr.arg, lookup)
      return q.samples ? {value: -q.value, dim: q.dim, samples: q.samples.map((x) => -x)} : {value: -q.value, dim: q.dim}
    }
    case 'op':
      return applyOp(expr.op, evaluateExpression(expr.left, lookup), evaluateExpression(expr.right, lookup))
    case 'juxtaposed':
      // Evaluate both sides first, so that an unknown unit or name (`1 KBB`) is
      // reported as such; only then object to the missing operator.
      evaluateExpression(expr.left, lookup)
      evaluateExpression(expr.right, lookup)
      throw new ExpressionError(`\`${expr.text}\` has two values side by side`, 'write `*` between values you mean to multiply')
  }
}

function applyOp(op: '+' | '-' | '*' | '/' | '^', a: Quantity, b: Quantity): Quantity {
  const f = OPS[op]
  const share = (op === '+' || op === '-' || op === '*') && a.isShare === true && b.isShare === true
  let dim: Dimension
  switch (op) {
    case '+':
    case '-':
      requireSame(a.dim, b.dim, op)
      dim = a.dim
      break
    case '*':
    case '/':
      dim = multiplyDimensions(a.dim, b.dim, op === '*' ? 1 : -1)
      break
    case '^':
      if (!sameDimension(b.dim, DIMENSIONLESS)) {
        throw new ExpressionError(`an exponent must be a plain number, not ${describeDimension(b.dim)}`, 'write e.g. `2 ^ 10`')
      }
      if (b.samples && !sameDimension(a.dim, DIMENSIONLESS)) {
        throw new ExpressionError('an uncertain exponent needs a plain number as its base', 'give the exponent a single value')
      }
      // A unit raised to ∞ or NaN has no dimension to name (bytes^Infinity); only a plain number may be.
      if (!Number.isFinite(b.value) && !sameDimension(a.dim, DIMENSIONLESS)) {
        throw new ExpressionError(
          `the exponent of ${describeDimension(a.dim)} is ${Number.isNaN(b.value) ? 'not a number' : 'too large to compute with'}`,
          Number.isNaN(b.value) ? 'check the exponent for a division by zero' : 'raise a plain number instead, e.g. `1 KB * 2 ^ 10`',
        )
      }
      dim = powerDimension(a.dim, b.value)
      break
  }
  const result: Quantity = {value: kept(op, a.value, b.value, f(a.value, b.value)), dim, isShare: share}
  return a.samples || b.samples ? {...result, samples: elementwise(a, b, f)} : result
}

/**
 * A result that left the doubles stays out of them: `1 KB / 10 ^ 330` would
 * otherwise divide by Infinity and come out a plausible 0, and `1e-200 * 1e-200`
 * would underflow to 0. Infinity stays Infinity (reported as too large), and an
 * underflow becomes the smallest double (reported as too small).
 */
function kept(op: string, x: number, y: number, value: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.POSITIVE_INFINITY
  if (value === 0 && (op === '*' || op === '/' || op === '^') && x !== 0 && (op === '^' || y !== 0)) return Number.MIN_VALUE
  return value
}

const OPS: Readonly<Record<'+' | '-' | '*' | '/' | '^', (x: number, y: number) => number>> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
  '^': (x, y) => x ** y,
}

/** The operation sample by sample; a certain operand is the same in every sample. */
function elementwise(a: Quantity, b: Quantity, f: (x: number, y: number) => number): Float64Array {
  const n = (a.samples ?? b.samples)!.length
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = f(a.samples ? a.samples[i]! : a.value, b.samples ? b.samples[i]! : b.value)
  return out
}

function requireSame(a: Dimension, b: Dimension, op: string): void {
  if (!sameDimension(a, b)) {
    throw new ExpressionError(
      `cannot ${op === '+' ? 'add' : 'subtract'} ${describeDimension(b)} ${op === '+' ? 'to' : 'from'} ${describeDimension(a)}`,
      'both sides of + and - must have the same unit dimension',
    )
  }
}

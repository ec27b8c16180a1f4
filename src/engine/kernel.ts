import {HELD_YEARS_TERM, heldYears} from './held-years.js'

/**
 * A formula's text read as arithmetic, so that the compiled evaluator
 * (program.ts) can run it over whole sample arrays instead of calling the
 * formula's closure once per sample. Only the plain forms are read: symbols,
 * plain numbers (with s, min, h or %), + − × ÷ (and * /), parentheses, unary
 * minus, min(…) and max(…), and the named terms of TERMS (the storage
 * projection's Σ over years, held-years.ts), each a call of its function.
 * Anything else (other units, other Σ, named functions) gives null, and the
 * node keeps its closure. A kernel is used only after it gave the
 * closure's value exactly (program.ts checks): the text is what explain
 * prints, so a kernel that agrees also shows the text is the computation.
 */
export type Kernel =
  | {readonly k: 'symbol'; readonly slot: number}
  | {readonly k: 'number'; readonly value: number}
  | {readonly k: 'neg'; readonly arg: Kernel}
  | {readonly k: 'op'; readonly op: Op; readonly left: Kernel; readonly right: Kernel}
  | {readonly k: 'min' | 'max'; readonly args: readonly Kernel[]}
  /** A function of plain numbers applied sample by sample (once, when its arguments are constant). */
  | {readonly k: 'call'; readonly fn: (...args: number[]) => number; readonly args: readonly Kernel[]}

export type Op = '+' | '-' | '*' | '/'

/** Formula texts are short; a longer one (a generated sum) is left to its closure. */
const MAX_TOKENS = 400

const OPS: Readonly<Record<string, Op>> = {'+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/', '·': '*'}
const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+(?:\.\d+)?)(?:\s*(%|s|min|h)\b|\s*(%))?(?![A-Za-z0-9_.%])|([-+*/×÷·−(),]))/y

/**
 * Terms of a formula's text that name a computation of their own: where one
 * starts, its pattern (sticky) is tried before the plain tokens, and its
 * kernel is built from the match and the formula's symbols (null when a
 * symbol it needs is not one of them).
 */
interface NamedTerm {
  readonly pattern: RegExp
  readonly kernel: (match: RegExpExecArray, symbol: (name: string) => Kernel | null) => Kernel | null
}

const TERMS: readonly NamedTerm[] = [
  {
    // heldYears(year, retentionDays ÷ daysPerYear, growth), as storage.ts's closure calls it.
    pattern: HELD_YEARS_TERM,
    kernel: (m, symbol) => {
      const [retentionDays, daysPerYear, growth] = [symbol('retentionDays'), symbol('daysPerYear'), symbol('growth')]
      if (!retentionDays || !daysPerYear || !growth) return null
      return {k: 'call', fn: heldYears, args: [{k: 'number', value: Number(m[1])}, {k: 'op', op: '/', left: retentionDays, right: daysPerYear}, growth]}
    },
  },
]

/** A number's unit in a formula's text: durations in seconds, a percentage as a share. */
const UNIT_FACTOR: Readonly<Record<string, number>> = {s: 1, min: 60, h: 3600}

/** The kernel of `text` over `symbols` (slot = index in `symbols`), or null when the text is not plain arithmetic on them. */
export function parseKernel(text: string, symbols: readonly string[]): Kernel | null {
  const slots = new Map(symbols.map((s, i) => [s, i]))
  const symbol = (name: string): Kernel | null => {
    const slot = slots.get(name)
    return slot === undefined ? null : {k: 'symbol', slot}
  }
  // A named term is one token, its kernel.
  const tokens: Array<string | Kernel> = []
  TOKEN.lastIndex = 0
  scan: while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex
    let start = at
    while (start < text.length && text[start] === ' ') start++
    for (const named of TERMS) {
      named.pattern.lastIndex = start
      const match = named.pattern.exec(text)
      if (match === null) continue
      const kernel = named.kernel(match, symbol)
      if (kernel === null) return null
      tokens.push(kernel)
      TOKEN.lastIndex = named.pattern.lastIndex
      continue scan
    }
    const m = TOKEN.exec(text)
    if (m === null || m.index !== at) {
      if (/^\s*$/.test(text.slice(at))) break
      return null
    }
    const unit = m[3] ?? m[4]
    if (m[2] !== undefined) tokens.push(unit === undefined ? m[2] : unit === '%' ? String(Number(m[2]) / 100) : String(Number(m[2]) * UNIT_FACTOR[unit]!))
    else tokens.push(m[0].trim())
    if (tokens.length > MAX_TOKENS) return null
  }
  let pos = 0
  const peek = (): string | undefined => {
    const t = tokens[pos]
    return typeof t === 'string' ? t : undefined
  }
  const fail = (): never => {
    throw new NotPlain()
  }
  const expression = (): Kernel => {
    let left = term()
    while (OPS[peek() ?? ''] === '+' || OPS[peek() ?? ''] === '-') {
      const op = OPS[peek()!]!
      pos++
      left = {k: 'op', op, left, right: term()}
    }
    return left
  }
  const term = (): Kernel => {
    let left = unary()
    while (OPS[peek() ?? ''] === '*' || OPS[peek() ?? ''] === '/') {
      const op = OPS[peek()!]!
      pos++
      left = {k: 'op', op, left, right: unary()}
    }
    return left
  }
  const unary = (): Kernel => {
    if (OPS[peek() ?? ''] === '-') {
      pos++
      return {k: 'neg', arg: unary()}
    }
    return atom()
  }
  const atom = (): Kernel => {
    const t = tokens[pos++] ?? fail()
    if (typeof t !== 'string') return t
    if (t === '(') {
      const inner = expression()
      if (tokens[pos++] !== ')') fail()
      return inner
    }
    if (/^\d/.test(t)) return {k: 'number', value: Number(t)}
    if ((t === 'min' || t === 'max') && peek() === '(' && !slots.has(t)) {
      pos++
      const args = [expression()]
      while (peek() === ',') {
        pos++
        args.push(expression())
      }
      if (tokens[pos++] !== ')') fail()
      return {k: t, args}
    }
    const slot = slots.get(t)
    return slot === undefined ? fail() : {k: 'symbol', slot}
  }
  try {
    const kernel = expression()
    return pos === tokens.length ? kernel : null
  } catch (e) {
    if (e instanceof NotPlain) return null
    throw e
  }
}

class NotPlain extends Error {}

/** The kernel at one point: the same operations, in the same order, as over arrays. */
export function evaluateKernel(kernel: Kernel, values: ArrayLike<number>): number {
  switch (kernel.k) {
    case 'symbol':
      return values[kernel.slot]!
    case 'number':
      return kernel.value
    case 'neg':
      return -evaluateKernel(kernel.arg, values)
    case 'op':
      return apply(kernel.op, evaluateKernel(kernel.left, values), evaluateKernel(kernel.right, values))
    case 'min':
      return Math.min(...kernel.args.map((a) => evaluateKernel(a, values)))
    case 'max':
      return Math.max(...kernel.args.map((a) => evaluateKernel(a, values)))
    case 'call':
      return kernel.fn(...kernel.args.map((a) => evaluateKernel(a, values)))
  }
}

export function apply(op: Op, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      return a / b
  }
}

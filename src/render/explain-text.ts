import type {MetricNode, Unit} from '../engine/ledger.js'
import type {Explanation} from '../explain/tree.js'
import {uncertaintyLines} from '../explain/uncertainty.js'
import {formatValue, grouped, significant} from '../quantity/format.js'
import {terminal} from '../spec/sinks/terminal.js'

const SUPERSCRIPT: Readonly<Record<string, string>> = {'-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹'}

/** Unit words as a whiteboard shows them. */
const UNIT_WORDS: Readonly<Record<Unit, string>> = {users: 'users', req: 'req', 'req/s': 'req/s', B: 'B', 'B/s': 'B/s', s: 's', days: 'days', years: 'years', ratio: '', x: '', count: '', USD: 'USD', 'USD/B': 'USD/B', 'USD/req': 'USD/req'}

/** 3.0e8 → `3 × 10⁸`; small exponents stay plain (`86,400` is `8.64 × 10⁴`, `2` is `2`). */
export function powerOfTen(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return significant(value)
  // A share short of 1 keeps its nines, as plain() does: 0.9999 rounded to `1 × 10⁰` made `(1 − 1 × 10⁰)` of an SLO.
  if (Math.abs(value) >= 0.99 && Math.abs(value) < 1) return significant(value, 6)
  const exponent = Math.floor(Math.log10(Math.abs(value)))
  if (exponent >= 0 && exponent < 3) return significant(value)
  let mantissa = Number(significant(value / 10 ** exponent))
  let e = exponent
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10
    e += 1
  }
  const sup = String(e).split('').map((c) => SUPERSCRIPT[c]).join('')
  return `${significant(mantissa)} × 10${sup}`
}

/** A value in full: grouped digits, at most two decimals (`3,472.22`; below 1, six significant digits), or powers of ten past 10¹⁵. */
export function plain(exact: number): string {
  // Fifteen significant digits are all a double holds reliably: 91.98 T ÷ 0.7 is
  // 131,400,000,000,000.02 in floating point, and shows as the 131.4 T it is.
  const value = Number.isFinite(exact) ? Number(exact.toPrecision(15)) : exact
  if (Math.abs(value) >= 1e15) return powerOfTen(value)
  if (Number.isInteger(value)) return grouped(value)
  if (Math.abs(value) < 0.01) return significant(value, 4)
  // Shares near 1 keep their nines: 0.999 is not `1` (an availability SLO in a formula).
  if (Math.abs(value) < 1) return significant(value, 6)
  return grouped(value, 2).replace(/\.?0+$/, '')
}

function withUnit(text: string, unit: Unit): string {
  if (unit === 'x') return `${text}×`
  return UNIT_WORDS[unit] ? `${text} ${UNIT_WORDS[unit]}` : text
}

/** Sizes and durations also in the scale a person reads (`55.2 PB`, `52m 34s`). */
function human(node: MetricNode): string {
  if (node.unit !== 'B' && node.unit !== 'B/s' && node.unit !== 's') return ''
  const text = formatValue(node.value, node.unit)
  // `0 B` needs no `(0 B)`.
  return text === withUnit(plain(node.value), node.unit) ? '' : ` (${text})`
}

/** The formula with each symbol replaced by its value (`300,000,000 req ÷ 86,400 s`). */
export function substitute(node: MetricNode, inputs: Explanation['inputs'], show: (v: number) => string): string {
  let text = node.formula ?? ''
  // Longest symbols first, so `perDay` does not eat part of `perDayText`; names may contain hyphens.
  const symbols = [...inputs].sort((a, b) => b.symbol.length - a.symbol.length)
  const values = new Map<string, string>()
  symbols.forEach(({symbol, explanation}, i) => {
    const marker = `\u0000${i}\u0000`
    values.set(marker, withUnit(show(explanation.node.value), explanation.node.unit))
    text = text.replace(new RegExp(`(?<![\\w-])${symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), marker)
  })
  for (const [marker, value] of values) text = text.replaceAll(marker, value)
  return text
}

/**
 * The derivation as text: each metric with its formula, the values put in,
 * the same in powers of ten, and the conventions it rests on; inputs below,
 * indented, down to spec values and conventions. A node already shown (in
 * this tree, or in an earlier one sharing `shown`) is one line that refers
 * back to it by id; a term that is zero is not expanded below the values
 * line that shows why. A values or powers line that would only repeat the
 * result (`2× = 2×`, a formula that passes one input on) is left out. Ids,
 * labels, formulas and spec paths carry names from the spec: each line is
 * made safe for a terminal (it is never coloured).
 */
export function renderExplanation(e: Explanation, indent = '', shown: Set<string> = new Set()): string {
  return render(e, indent, shown, true)
}

function render(e: Explanation, indent: string, shown: Set<string>, root: boolean): string {
  const {node} = e
  const result = `${withUnit(plain(node.value), node.unit)}${human(node)}`
  if (shown.has(node.id)) return terminal(`${indent}${node.id} = ${result} (shown above)`)
  shown.add(node.id)
  const lines = [`${indent}${node.id} — ${node.label} = ${result}`]
  const pad = `${indent}    `
  if (node.kind === 'input') lines.push(`${pad}input: ${node.source ?? node.id}`)
  else if (node.kind === 'convention') lines.push(`${pad}convention: ${node.conventions.join(', ')} (${node.source ?? 'default'})`)
  else if (e.inputs.length === 0 && node.conventions.length === 0) lines[0] += `; formula: ${node.formula}`
  else {
    lines.push(`${pad}formula:  ${node.formula}`)
    // A formula that passes one input on (`peakFactor`, `writesPerDay`) has nothing to put in: the input below shows it.
    const passThrough = e.inputs.length === 1 && node.formula?.trim() === e.inputs[0]!.symbol
    if (e.inputs.length > 0 && !passThrough) {
      const total = withUnit(plain(node.value), node.unit)
      const values = substitute(node, e.inputs, plain)
      if (values !== total) lines.push(`${pad}values:   ${values} = ${total}`)
      const power = withUnit(powerOfTen(node.value), node.unit)
      const powers = substitute(node, e.inputs, powerOfTen)
      if (powers !== power && powers !== values) lines.push(`${pad}powers:   ${powers} ≈ ${power}`)
    }
    if (node.conventions.length > 0) lines.push(`${pad}conventions: ${node.conventions.join(', ')}`)
  }
  if (e.uncertainty) lines.push(...uncertaintyLines(e.uncertainty).map((line) => `${pad}${line}`))
  const own = lines.map(terminal)
  // A term that is zero inside a larger derivation (a workload with no writes in a sum) shows why in its
  // values line; its own inputs would be a chain of zeros. `sizeup explain FILE <id>` still shows them.
  if (node.value === 0 && !root && e.inputs.length > 0) return own.join('\n')
  for (const input of e.inputs) own.push(render(input.explanation, `${indent}  `, shown, false))
  return own.join('\n')
}

/** Several derivations (the headline metrics), each shared subtree shown once: later trees refer back to it by id. */
export function renderExplanations(trees: readonly Explanation[]): string {
  const shown = new Set<string>()
  return trees.map((t) => renderExplanation(t, '', shown)).join('\n\n')
}

import type {ReferenceNumber} from '../numbers/types.js'
import {grouped} from '../quantity/format.js'
import {PLAIN, type Style} from './style.js'

/** A figure as written in the catalog, with digits grouped (0.5 stays 0.5; 7525 reads 7,525). */
function figure(n: ReferenceNumber): string {
  const digits = Number.isInteger(n.value) ? grouped(n.value) : String(n.value)
  return `${digits} ${n.unit}`
}

/** Reference figures as a list: key and figure, then conditions and source, indented. */
export function renderNumbers(numbers: readonly ReferenceNumber[], style: Style = PLAIN): string {
  if (numbers.length === 0) return 'no reference numbers match\n'
  const width = Math.min(56, Math.max(...numbers.map((n) => n.key.length)))
  const lines: string[] = []
  let section = ''
  for (const n of numbers) {
    if (n.section !== section) {
      section = n.section
      lines.push(lines.length ? '' : '', style.heading(section))
    }
    lines.push(`${n.key.padEnd(width)}  ${figure(n)}`)
    if (n.note) lines.push(style.dim(`    ${n.note}`))
    lines.push(style.dim(`    source: ${n.source}`))
  }
  lines.push('', `${numbers.length} figure${numbers.length === 1 ? '' : 's'}`)
  return `${lines.join('\n').replace(/^\n+/, '')}\n`
}

import Table from 'cli-table3'
import {strlen} from 'cli-table3/src/utils.js'
import type {Style} from './style.js'

/** A titled terminal table (compact, no colour codes of cli-table3's own). */
export function section(style: Style, title: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${style.heading(title)}\n${drawTable(head.map((h) => style.dim(h)), rows)}`
}

/**
 * Rows cli-table3 lays out at once. Its layout looks, for every cell, through
 * every row above it, so a table's cost grows with the square of its rows:
 * the 100,000 metrics of `diff --all` over two specs of 1,000 workloads never
 * finished. A longer table is drawn in pieces of this many rows, all with the
 * column widths of the whole table, and the pieces joined where their borders
 * meet: the same text, in time linear in the rows.
 */
const ROWS_PER_PIECE = 50

type Align = 'left' | 'right'

/** A compact table with a header row, as cli-table3 draws it, whatever its length. */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], colAligns?: readonly Align[]): string {
  if (rows.length <= ROWS_PER_PIECE) return draw(head, rows, colAligns, undefined)
  const pieces: Array<readonly (readonly string[])[]> = []
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) pieces.push(rows.slice(i, i + ROWS_PER_PIECE))
  // The widths cli-table3 would give the whole table: per column, its widest cell (measured as cli-table3
  // measures, colour codes aside and the widest line) with a space of padding each side; at least 1.
  const widths: number[] = []
  for (const row of [head, ...rows]) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 1, strlen(cell) + 2)))
  // First piece: top border, header, rows; then each piece without its borders; the last one's bottom border.
  const lines = pieces.map((piece, i) => draw(i === 0 ? head : [], piece, colAligns, widths).split('\n'))
  return lines.map((piece, i) => piece.slice(i === 0 ? 0 : 1, i === lines.length - 1 ? piece.length : -1).join('\n')).join('\n')
}

function draw(head: readonly string[], rows: readonly (readonly string[])[], colAligns: readonly Align[] | undefined, widths: readonly number[] | undefined): string {
  const table = make(head, colAligns, widths)
  for (const row of rows) table.push([...row])
  return table.toString()
}

function make(head: readonly string[], colAligns: readonly Align[] | undefined, widths: readonly number[] | undefined): Table.Table {
  return new Table({head: [...head], style: {head: [], border: [], compact: true}, ...(colAligns ? {colAligns: [...colAligns]} : {}), ...(widths ? {colWidths: [...widths]} : {})})
}

import Table from 'cli-table3'
import type {Style} from './style.js'

/** A titled terminal table (compact, no colour codes of cli-table3's own). */
export function section(style: Style, title: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  const table = new Table({head: head.map((h) => style.dim(h)), style: {head: [], border: [], compact: true}})
  for (const row of rows) table.push([...row])
  return `${style.heading(title)}\n${table.toString()}`
}

/**
 * Hooks on the page's metric cells, for tests and for people who script the
 * page: in the appendix, where every number of the Report is listed by its
 * id, the value cell of a metric's row carries `data-metric="<id>"` and
 * `data-value="<value in base units>"` (`qps.read.peak`, `5787.037037037037`).
 * Read from the Report's metric nodes, never parsed back from the text.
 */
import type {MetricNode} from '../engine/ledger.js'
import type {Tokens} from 'marked'
import {html} from '../spec/sinks/html.js'

export type ReportMetrics = Readonly<Record<string, MetricNode>>

/** A cell written by the view as code alone (`` `qps.read.peak` ``): the id it holds. */
const CODE_CELL = /^`([^`]+)`$/

/**
 * The value cells of a table whose rows are metrics (the appendix's: first
 * column `id` or `metric`, a `value` column), each with the node it shows.
 * Other tables have none.
 */
export function metricCells(table: Tokens.Table, metrics: ReportMetrics | undefined): Map<Tokens.TableCell, MetricNode> {
  const cells = new Map<Tokens.TableCell, MetricNode>()
  if (metrics === undefined) return cells
  const first = table.header[0]?.text
  const value = table.header.findIndex((h) => h.text === 'value')
  if ((first !== 'id' && first !== 'metric') || value < 0) return cells
  for (const row of table.rows) {
    const id = CODE_CELL.exec(row[0]?.text ?? '')?.[1]
    const node = id === undefined ? undefined : Object.hasOwn(metrics, id) ? metrics[id] : undefined
    const cell = row[value]
    if (node !== undefined && cell !== undefined) cells.set(cell, node)
  }
  return cells
}

/** The attributes of a metric's value cell: its id and its value in base units (JavaScript's shortest round-trip form). */
export function metricAttributes(node: MetricNode): string {
  return ` data-metric="${html(node.id)}" data-value="${html(String(node.value))}"`
}
